"""Citizens' forms: ask a question or send feedback, track it, ask for deletion."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from portal.core import uploads
from portal.core.antispam import ChallengeMixin, HoneypotMixin
from portal.core.forms import AccessibleFormMixin
from portal.core.models import Unit
from portal.core.nfc import NFCFormMixin
from portal.documents.models import Field
from portal.lib.codes import normalise_code
from portal.questions.models import Kind

# What the asker agrees to (stored with the question as the consent given).
CONSENT_TEXT = _(
    "Tôi đồng ý để cơ quan quản lý cổng thông tin xử lý các dữ liệu cá nhân nêu trên "
    "cho mục đích tiếp nhận, chuyển xử lý và trả lời câu hỏi, phản ánh của tôi, theo "
    "Nghị định 13/2023/NĐ-CP."
)
ATTACHMENT_MAX_MB = 10
_PHONE = re.compile(r"^(?:\+?84|0)[0-9]{9,10}$")


def required(message: str) -> dict[str, Any]:
    return {"required": message}


class SubmissionForm(NFCFormMixin, AccessibleFormMixin, HoneypotMixin, ChallengeMixin, forms.Form):
    """A question (hỏi đáp) or feedback (phản ánh, kiến nghị), with its spam protections."""

    name = forms.CharField(
        label=_("Họ và tên"),
        max_length=120,
        error_messages=required(_("Vui lòng nhập họ và tên.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử (email)"),
        required=False,
        help_text=_("Để nhận mã tra cứu, thông báo và câu trả lời qua thư."),
        error_messages={"invalid": _("Địa chỉ thư điện tử không hợp lệ.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Số điện thoại"),
        required=False,
        max_length=20,
        help_text=_("Nhập thư điện tử hoặc số điện thoại (ít nhất một)."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    address = forms.CharField(
        label=_("Địa chỉ"),
        max_length=255,
        error_messages=required(_("Vui lòng nhập địa chỉ.")),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    linh_vuc = forms.ModelChoiceField(
        Field.objects.all(),
        label=_("Lĩnh vực"),
        empty_label=_("— Chọn lĩnh vực —"),
        error_messages={
            "required": _("Vui lòng chọn lĩnh vực."),
            "invalid_choice": _("Lĩnh vực đã chọn không có trong danh sách."),
        },
    )
    suggested_unit = forms.ModelChoiceField(
        Unit.objects.active(),
        label=_("Cơ quan, đơn vị liên quan (nếu biết)"),
        required=False,
        empty_label=_("— Chưa rõ —"),
        error_messages={"invalid_choice": _("Đơn vị đã chọn không có trong danh sách.")},
    )
    title = forms.CharField(
        label=_("Tiêu đề"),
        max_length=200,
        error_messages={
            "required": _("Vui lòng nhập tiêu đề."),
            "max_length": _("Tiêu đề dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."),
        },
    )
    content = forms.CharField(
        label=_("Nội dung câu hỏi"),
        max_length=5000,
        min_length=20,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Vui lòng nhập nội dung."),
            "min_length": _("Nội dung quá ngắn: cần ít nhất %(limit_value)d ký tự."),
            "max_length": _("Nội dung dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."),
        },
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm (không bắt buộc)"),
        required=False,
        help_text=_("Một tệp PDF, JPG, PNG hoặc DOCX, tối đa 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": uploads.ACCEPT}),
        error_messages={"invalid": _("Tệp tải lên không hợp lệ."), "empty": _("Tệp rỗng.")},
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages=required(
            _("Bạn cần đồng ý cho xử lý dữ liệu cá nhân thì mới gửi được câu hỏi, phản ánh.")
        ),
    )
    summary_labels = {
        "consent": _("Đồng ý xử lý dữ liệu cá nhân"),
        "challenge_answer": _("Câu hỏi kiểm tra"),
        "website": _("Biểu mẫu"),
    }

    def __init__(self, *args: Any, kind: str = Kind.QUESTION, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind == Kind.FEEDBACK:
            self.fields["content"].label = _("Nội dung phản ánh, kiến nghị")
        else:
            del self.fields["suggested_unit"]
        self.setup_challenge()
        self.describe_fields()

    def clean_phone(self) -> str:
        value = self.cleaned_data.get("phone", "")
        compact = re.sub(r"[\s.\-()]", "", value)
        if compact and not _PHONE.match(compact):
            raise ValidationError(
                _("Số điện thoại không hợp lệ (ví dụ: 0912 345 678)."), code="invalid"
            )
        return compact

    def clean_attachment(self) -> Any:
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        upload.sniffed_kind = uploads.EXTENSIONS[uploads.check_upload(upload, ATTACHMENT_MAX_MB)]
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("email") and not data.get("phone") and "email" not in self.errors:
            self.add_error(
                "email",
                ValidationError(
                    _("Vui lòng nhập thư điện tử hoặc số điện thoại (ít nhất một)."),
                    code="contact",
                ),
            )
        return data


class TrackForm(NFCFormMixin, AccessibleFormMixin, forms.Form):
    code = forms.CharField(
        label=_("Mã tra cứu"),
        max_length=30,
        help_text=_("Ví dụ: HD-261129-7K3F9Q."),
        error_messages=required(_("Vui lòng nhập mã tra cứu.")),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    secret = forms.CharField(
        label=_("Mật khẩu tra cứu"),
        max_length=40,
        error_messages=required(_("Vui lòng nhập mật khẩu tra cứu.")),
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def clean_code(self) -> str:
        return normalise_code(self.cleaned_data["code"])

    def clean_secret(self) -> str:
        return self.cleaned_data["secret"].strip()


class EraseForm(forms.Form):
    token = forms.CharField(widget=forms.HiddenInput)
    confirm = forms.BooleanField(
        label=_(
            "Tôi yêu cầu xóa họ tên, thư điện tử, số điện thoại, địa chỉ và tệp đính kèm "
            "của tôi khỏi hệ thống."
        ),
        error_messages=required(_("Vui lòng đánh dấu xác nhận yêu cầu xóa.")),
    )
