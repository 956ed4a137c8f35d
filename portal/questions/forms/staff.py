"""Back-office forms: moderation by the board, answers by the unit."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.core.models import Unit
from portal.core.nfc import NFCFormMixin
from portal.lib.codes import normalise_code
from portal.questions.models import Kind, Question, RejectReason, Status


class RejectForm(NFCFormMixin, forms.Form):
    reason = forms.ChoiceField(label=_("Lý do"), choices=RejectReason.choices)
    note = forms.CharField(
        label=_("Giải thích gửi công dân"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
        help_text=_("Nội dung này được gửi qua thư cho công dân và hiện khi tra cứu."),
    )


class MergeForm(NFCFormMixin, forms.Form):
    original = forms.CharField(
        label=_("Mã tra cứu của câu hỏi gốc"),
        max_length=30,
        help_text=_("Câu hỏi này sẽ được đóng và trỏ tới câu hỏi gốc; công dân được thông báo."),
    )

    def __init__(self, *args: Any, question: Question, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.question = question

    def clean_original(self) -> Question:
        code = normalise_code(self.cleaned_data["original"])
        original = Question.objects.filter(code=code).first()
        if original is None:
            raise ValidationError(_("Không có câu hỏi nào mang mã %(code)s.") % {"code": code})
        if original.pk == self.question.pk:
            raise ValidationError(_("Không thể gộp một câu hỏi vào chính nó."))
        if original.status in (Status.MERGED, Status.REJECTED):
            raise ValidationError(
                _("Câu hỏi %(code)s đã bị gộp hoặc không được tiếp nhận; hãy chọn câu hỏi gốc.")
                % {"code": code}
            )
        return original


class ForwardForm(NFCFormMixin, forms.Form):
    unit = forms.ModelChoiceField(
        Unit.objects.active(), label=_("Chuyển đến đơn vị"), empty_label=_("— Chọn đơn vị —")
    )
    note = forms.CharField(
        label=_("Ghi chú cho đơn vị (nội bộ)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args: Any, question: Question | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.active().order_by("kind", "name")
        if question is not None and not self.is_bound:
            self.fields["unit"].initial = question.unit_id or question.suggested_unit_id


class AnswerForm(NFCFormMixin, forms.Form):
    answer_text = forms.CharField(
        label=_("Nội dung trả lời"),
        widget=forms.Textarea(attrs={"rows": 12}),
        required=False,
        max_length=20000,
    )
    is_personal = forms.BooleanField(
        label=_("Câu hỏi về trường hợp riêng: đề nghị trả lời riêng cho công dân, không công bố"),
        required=False,
    )

    def __init__(self, *args: Any, submitting: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.submitting = submitting

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.submitting and not (data.get("answer_text") or "").strip():
            self.add_error("answer_text", _("Phải có nội dung trả lời trước khi gửi."))
        return data


class ReturnForm(NFCFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("Lý do trả lại đơn vị"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": _("Phải ghi rõ lý do trả lại.")},
    )


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Trạng thái"), choices=[("", _("Đang xử lý"))] + list(Status.choices)
    )
    kind = forms.ChoiceField(label=_("Loại"), choices=[("", _("Tất cả"))] + list(Kind.choices))
    q = forms.CharField(label=_("Mã tra cứu hoặc tiêu đề"), max_length=100)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False

    def apply(self, qs: Any) -> Any:
        data = self.cleaned_data if self.is_valid() else {}
        status = data.get("status")
        qs = qs.filter(status=status) if status else qs.open()
        if data.get("kind"):
            qs = qs.filter(kind=data["kind"])
        if data.get("q"):
            term = data["q"].strip()
            qs = qs.filter(code=normalise_code(term)) | qs.filter(title__icontains=term)
        return qs
