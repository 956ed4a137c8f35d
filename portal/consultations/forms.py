"""Public forms (comment on a draft, look a comment up) and the staff's rejection form."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.consultations.models import Consultation
from portal.core.antispam import ChallengeMixin, HoneypotMixin
from portal.core.forms import AccessibleFormMixin
from portal.core.nfc import NFCFormMixin
from portal.lib.codes import normalise_code

PHONE_RE = re.compile(r"^[0-9+().\s-]+$")
MAX_CONTENT = 10_000
SUMMARY_NAMES = {
    "consent": gettext_lazy("Đồng ý xử lý dữ liệu cá nhân"),
    "challenge_answer": gettext_lazy("Câu hỏi kiểm tra"),
    "phone": gettext_lazy("Điện thoại"),
    "organisation": gettext_lazy("Cơ quan, tổ chức"),
}


class CommentForm(AccessibleFormMixin, NFCFormMixin, HoneypotMixin, ChallengeMixin, forms.Form):
    article = forms.ModelChoiceField(
        label=gettext_lazy("Góp ý cho"),
        queryset=None,
        required=False,
        empty_label=gettext_lazy("Toàn bộ dự thảo"),
    )
    content = forms.CharField(
        label=gettext_lazy("Nội dung góp ý"),
        min_length=10,
        max_length=MAX_CONTENT,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    name = forms.CharField(label=gettext_lazy("Họ và tên"), max_length=120)
    email = forms.EmailField(
        label=gettext_lazy("Thư điện tử"),
        help_text=gettext_lazy("Để nhận mã góp ý và thông báo kết quả; không công khai."),
    )
    phone = forms.CharField(
        label=gettext_lazy("Điện thoại (không bắt buộc)"),
        required=False,
        max_length=20,
        help_text=gettext_lazy("Không công khai."),
    )
    organisation = forms.CharField(
        label=gettext_lazy("Cơ quan, tổ chức (không bắt buộc)"),
        required=False,
        max_length=255,
        help_text=gettext_lazy("Nếu bạn góp ý thay mặt cơ quan, tổ chức. Không công khai."),
    )
    show_name = forms.BooleanField(
        label=gettext_lazy("Tôi đồng ý công khai họ tên cùng nội dung góp ý."),
        required=False,
        help_text=gettext_lazy("Nếu không chọn, góp ý được công khai không kèm họ tên."),
    )
    consent = forms.BooleanField(
        label=gettext_lazy(
            "Tôi đã đọc thông báo trên và đồng ý cho cơ quan xử lý dữ liệu cá nhân của tôi "
            "để tiếp nhận, xem xét góp ý này."
        ),
        error_messages={
            "required": gettext_lazy(
                "Cần đồng ý với việc xử lý dữ liệu cá nhân thì mới gửi được góp ý."
            )
        },
    )
    summary_labels = SUMMARY_NAMES

    def __init__(self, *args: Any, consultation: Consultation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        article_field = self.fields["article"]
        article_field.queryset = consultation.articles.all()
        article_field.label_from_instance = lambda article: article.label
        self.setup_challenge()

    def clean_phone(self) -> str:
        phone = " ".join(self.cleaned_data.get("phone", "").split())
        digits = re.sub(r"\D", "", phone)
        if phone and (not PHONE_RE.match(phone) or not 8 <= len(digits) <= 15):
            raise ValidationError(
                _("Số điện thoại chỉ gồm chữ số (8 đến 15 số), dấu cách, + hoặc -.")
            )
        return phone

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data.get("name", "").split())
        if len(name) < 2:
            raise ValidationError(_("Vui lòng ghi họ và tên."))
        return name


class LookupForm(AccessibleFormMixin, forms.Form):
    ma = forms.CharField(
        label=gettext_lazy("Mã góp ý"),
        max_length=30,
        help_text=gettext_lazy("Ví dụ: GY-261129-7K3F9Q (in trên trang xác nhận và trong thư)."),
    )

    def clean_ma(self) -> str:
        return normalise_code(self.cleaned_data["ma"])


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do không công khai"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Ví dụ: nội dung không liên quan đến dự thảo, có lời lẽ xúc phạm, chứa thông tin "
            "cá nhân của người khác. Lý do được gửi cho người góp ý."
        ),
        error_messages={"required": gettext_lazy("Phải ghi lý do khi không công khai góp ý.")},
    )
