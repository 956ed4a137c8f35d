"""Back-office forms for dossiers: the queue filters and one form per staff action."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.core.models import User
from portal.core.nfc import NFCFormMixin
from portal.dossiers.models import Dossier, Status
from portal.dossiers.uploads import validate_upload

NOTE_REQUIRED = {"refuse", "request_supplement", "stop"}
NOTE_ROWS = 3


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Trạng thái"),
        required=False,
        choices=[("", gettext_lazy("Tất cả")), *Status.choices],
    )
    overdue = forms.BooleanField(label=gettext_lazy("Chỉ hồ sơ quá hạn"), required=False)
    mine = forms.BooleanField(label=gettext_lazy("Được phân công cho tôi"), required=False)
    code = forms.CharField(label=gettext_lazy("Mã hồ sơ"), required=False, max_length=60)

    def apply(self, dossiers: QuerySet[Dossier], user: Any, today: date) -> QuerySet[Dossier]:
        if not self.is_valid():
            return dossiers
        data = self.cleaned_data
        if data["status"]:
            dossiers = dossiers.filter(status=data["status"])
        if data["overdue"]:
            dossiers = dossiers.overdue(today).exclude(status=Status.SUPPLEMENT)
        if data["mine"]:
            dossiers = dossiers.filter(assigned_to=user)
        if data["code"].strip():
            dossiers = dossiers.filter(code__icontains=data["code"].strip())
        return dossiers


def _note_field(required: bool) -> forms.CharField:
    return forms.CharField(
        label=gettext_lazy("Lý do, nội dung") if required else gettext_lazy("Ghi chú"),
        required=required,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": NOTE_ROWS}),
        error_messages={"required": gettext_lazy("Phải ghi rõ lý do hoặc nội dung.")},
    )


class ActionForm(NFCFormMixin, forms.Form):
    """A note for a status change; refusing, asking for a supplement or stopping need one."""

    def __init__(self, *args: Any, action: str, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", action)
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields["note"] = _note_field(action in NOTE_REQUIRED)

    def note(self) -> str:
        return str(self.cleaned_data["note"]).strip()


class SupplementRequestForm(ActionForm):
    """Mẫu 02: everything that is missing, asked for once and completely."""

    def __init__(self, *args: Any, dossier: Dossier, **kwargs: Any) -> None:
        super().__init__(*args, action="request_supplement", **kwargs)
        papers = [(str(p.pk), p.name) for p in dossier.procedure.papers.all()]
        self.fields["papers"] = forms.MultipleChoiceField(
            label=gettext_lazy("Giấy tờ cần bổ sung, hoàn thiện"),
            choices=papers,
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["note"].label = gettext_lazy("Nội dung cần bổ sung, hướng dẫn, lý do")
        self.fields["note"].help_text = gettext_lazy(
            "Hướng dẫn một lần, đầy đủ (Nghị định 61/2018/NĐ-CP, Điều 15)."
        )
        self.order_fields(["papers", "note"])

    def note(self) -> str:
        names = dict(self.fields["papers"].choices)
        lines = [f"- {names[pk]}" for pk in self.cleaned_data["papers"]]
        text = str(self.cleaned_data["note"]).strip()
        if lines:
            return "\n".join([_("Giấy tờ cần bổ sung:"), *lines, text]).strip()
        return text


def officers_of(unit_id: int | None) -> QuerySet[User]:
    """Active accounts of the unit that hold the right to process dossiers."""
    perm = Permission.objects.filter(
        content_type__app_label="dossiers", codename="process_dossier"
    ).first()
    return (
        User.objects.filter(unit_id=unit_id, is_active=True)
        .filter(Q(groups__permissions=perm) | Q(user_permissions=perm) | Q(is_superuser=True))
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


class AssignForm(forms.Form):
    officer = forms.ModelChoiceField(
        label=gettext_lazy("Cán bộ xử lý"),
        queryset=User.objects.none(),
        error_messages={"invalid_choice": gettext_lazy("Chỉ phân công cán bộ của đơn vị.")},
    )

    def __init__(self, *args: Any, dossier: Dossier, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "assign")
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = officers_of(dossier.unit_id)
        self.fields["officer"].label_from_instance = _officer_label


def _officer_label(user: User) -> str:
    return user.get_full_name() or user.get_username()


class StepForm(NFCFormMixin, forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Ghi chú khi bàn giao"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "step")
        super().__init__(*args, **kwargs)


class ApologyForm(NFCFormMixin, forms.Form):
    """Mẫu 04: the reason for the delay and the new return date (only once)."""

    reason = forms.CharField(
        label=gettext_lazy("Lý do chậm trả kết quả"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": NOTE_ROWS}),
        error_messages={"required": gettext_lazy("Phải ghi lý do chậm trả kết quả.")},
    )
    new_date = forms.DateField(
        label=gettext_lazy("Ngày hẹn trả kết quả mới"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args: Any, dossier: Dossier, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "apology")
        super().__init__(*args, **kwargs)
        self.dossier = dossier

    def clean_new_date(self) -> date:
        new_date: date = self.cleaned_data["new_date"]
        if new_date <= timezone.localdate():
            raise forms.ValidationError(_("Ngày hẹn mới phải sau hôm nay."))
        if self.dossier.due_date and new_date <= self.dossier.due_date:
            raise forms.ValidationError(_("Ngày hẹn mới phải sau ngày hẹn cũ."))
        return new_date


class ResultForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp kết quả giải quyết"),
        validators=[validate_upload],
        help_text=gettext_lazy("PDF, JPG, PNG hoặc DOCX; người nộp tải về ở trang theo dõi."),
        error_messages={"required": gettext_lazy("Chọn tệp kết quả.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "result")
        super().__init__(*args, **kwargs)


class RegisterForm(forms.Form):
    """Mẫu 06: the unit's register for a date range (by date of submission)."""

    start = forms.DateField(
        label=gettext_lazy("Từ ngày"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=gettext_lazy("Đến ngày"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            raise forms.ValidationError(_("“Đến ngày” phải sau hoặc bằng “Từ ngày”."))
        if start and end and (end - start).days > 366:
            raise forms.ValidationError(_("Chỉ xuất sổ theo dõi tối đa một năm mỗi lần."))
        return data
