"""The online dossier form: applicant, the procedure's own fields, one upload per paper."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.forms.forms import FormBuilder

from portal.core.antispam import HoneypotMixin
from portal.core.nfc import NFCFormMixin
from portal.dossiers.models import Dossier, Rating
from portal.dossiers.uploads import validate_upload

# Province codes that open a citizen identity number (Thông tư 59/2021/TT-BCA, Phụ lục I).
PROVINCE_CODES = {
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
}  # fmt: skip
CENTURY_DIGITS = {"0": 1900, "1": 1900, "2": 2000, "3": 2000, "4": 2100, "5": 2100}


def validate_id_number(value: str, birth_date: date | None = None) -> None:
    """A 12-digit số định danh cá nhân: province code, century/sex digit, year of birth."""
    if not re.fullmatch(r"[0-9]{12}", value):
        raise forms.ValidationError(_("Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."))
    if value[:3] not in PROVINCE_CODES:
        raise forms.ValidationError(_("Ba chữ số đầu không phải mã tỉnh, thành phố hợp lệ."))
    if value[3] not in CENTURY_DIGITS:
        raise forms.ValidationError(_("Chữ số thứ tư (thế kỷ, giới tính) không hợp lệ."))
    if birth_date is not None:
        year = CENTURY_DIGITS[value[3]] + int(value[4:6])
        if year != birth_date.year:
            raise forms.ValidationError(
                _("Số định danh không khớp năm sinh %(year)d.") % {"year": birth_date.year}
            )


# What the applicant agrees to (stored with the dossier as the consent given).
CONSENT_TEXT = gettext_lazy(
    "Tôi đồng ý để cơ quan nhà nước xử lý dữ liệu cá nhân nêu trên nhằm giải quyết thủ "
    "tục hành chính này (Nghị định 13/2023/NĐ-CP)."
)


class ApplicantForm(NFCFormMixin, HoneypotMixin, forms.ModelForm):
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": gettext_lazy("Cần đồng ý xử lý dữ liệu cá nhân để nộp hồ sơ.")},
    )

    class Meta:
        model = Dossier
        fields = [
            "applicant_kind",
            "full_name",
            "id_number",
            "birth_date",
            "address",
            "phone",
            "email",
            "organisation",
            "tax_code",
        ]
        widgets = {
            "birth_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "applicant_kind": forms.RadioSelect,
        }
        help_texts = {
            "id_number": gettext_lazy("12 chữ số trên thẻ căn cước / căn cước công dân."),
            "phone": gettext_lazy("Ví dụ: 0912345678."),
            "tax_code": gettext_lazy("Với tổ chức: 10 hoặc 13 chữ số (dạng 0123456789-001)."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["website"].widget = forms.HiddenInput()  # the form renders every field

    def clean_phone(self) -> str:
        phone = re.sub(r"[\s.\-]", "", self.cleaned_data["phone"])
        if phone.startswith("+84"):
            phone = "0" + phone[3:]
        if not re.fullmatch(r"0[0-9]{9}", phone):
            raise forms.ValidationError(_("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0."))
        return phone

    def clean_tax_code(self) -> str:
        code = self.cleaned_data.get("tax_code", "").strip()
        if code and not re.fullmatch(r"[0-9]{10}(-[0-9]{3})?", code):
            raise forms.ValidationError(_("Mã số thuế gồm 10 chữ số, hoặc 13 dạng 0123456789-001."))
        return code

    def clean_birth_date(self) -> date | None:
        born = self.cleaned_data.get("birth_date")
        if born and born > timezone.localdate():
            raise forms.ValidationError(_("Ngày sinh không thể ở tương lai."))
        return born

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        person = data.get("applicant_kind") == Dossier.ApplicantKind.PERSON
        if person and not data.get("id_number"):
            self.add_error("id_number", _("Cá nhân phải khai số định danh cá nhân."))
        elif data.get("id_number"):
            try:
                validate_id_number(data["id_number"], data.get("birth_date"))
            except forms.ValidationError as error:
                self.add_error("id_number", error)
        if not person and data.get("applicant_kind"):
            for field in ("organisation", "tax_code"):
                if not data.get(field):
                    self.add_error(field, _("Tổ chức phải khai tên và mã số thuế."))
        return data


def procedure_fields_form(procedure: Any) -> type[forms.Form]:
    """The procedure's own fields (defined in the back office) as a Django form class."""
    builder = FormBuilder(procedure.form_fields.all())
    return type("ProcedureFieldsForm", (NFCFormMixin, builder.get_form_class()), {})


class PapersForm(forms.Form):
    """One upload per paper of the procedure; papers already received are not asked again."""

    def __init__(self, *args: Any, papers: list[Any], kept: set[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.papers = papers
        for paper in papers:
            self.fields[f"paper_{paper.pk}"] = forms.FileField(
                label=paper.name,
                required=paper.upload_required and paper.pk not in kept,
                help_text=_("PDF, JPG, PNG hoặc DOCX.")
                + (_(" Đã nhận tệp; chỉ chọn lại nếu muốn thay.") if paper.pk in kept else ""),
                validators=[validate_upload],
                error_messages={"required": _("Cần tải lên giấy tờ này.")},
            )

    def uploads(self) -> list[tuple[Any, Any]]:
        return [
            (paper, self.cleaned_data[f"paper_{paper.pk}"])
            for paper in self.papers
            if self.cleaned_data.get(f"paper_{paper.pk}")
        ]


class TrackForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Mã hồ sơ"), max_length=60)
    secret = forms.CharField(
        label=gettext_lazy("Mã tra cứu"),
        max_length=120,
        help_text=gettext_lazy("In trên giấy tiếp nhận hồ sơ và trong thư điện tử xác nhận."),
        widget=forms.PasswordInput(render_value=True, attrs={"autocomplete": "off"}),
    )


class ResendSecretForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Mã hồ sơ"), max_length=60)
    contact = forms.CharField(
        label=gettext_lazy("Thư điện tử hoặc số điện thoại đã khai khi nộp"),
        max_length=120,
    )


class SupplementForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Giấy tờ bổ sung"),
        validators=[validate_upload],
        help_text=gettext_lazy("PDF, JPG, PNG hoặc DOCX."),
    )
    note = forms.CharField(
        label=gettext_lazy("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class RatingForm(forms.Form):
    overall = forms.ChoiceField(
        label=gettext_lazy("Đánh giá chung"), choices=Rating.choices, widget=forms.RadioSelect
    )
    ease = forms.ChoiceField(
        label=gettext_lazy("Mức độ dễ sử dụng, thời gian phản hồi"),
        choices=Rating.choices,
        widget=forms.RadioSelect,
    )
    timeliness = forms.ChoiceField(
        label=gettext_lazy("Tiến độ giải quyết"), choices=Rating.choices, widget=forms.RadioSelect
    )
    attitude = forms.ChoiceField(
        label=gettext_lazy("Thái độ của cán bộ"), choices=Rating.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=gettext_lazy("Ý kiến thêm"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
