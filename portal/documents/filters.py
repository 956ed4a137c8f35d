"""The public document list's filters, read from query parameters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.nfc import NFCFormMixin
from portal.documents.models import DocumentType, Field, LegalDocument, Validity
from portal.text import search_key

SORTS = {"moi": "-ngay_ban_hanh", "cu": "ngay_ban_hanh"}


class DateInput(forms.DateField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            input_formats=["%d/%m/%Y", "%Y-%m-%d"],
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            error_messages={"invalid": _("Ngày không hợp lệ (dd/mm/yyyy).")},
            **kwargs,
        )


class DocumentFilterForm(NFCFormMixin, forms.Form):
    q = forms.CharField(label=_("Từ khóa hoặc số ký hiệu"), required=False, max_length=200)
    loai = forms.ModelChoiceField(
        DocumentType.objects.all(), label=_("Loại văn bản"), required=False
    )
    linh_vuc = forms.ModelChoiceField(Field.objects.all(), label=_("Lĩnh vực"), required=False)
    co_quan = forms.CharField(label=_("Cơ quan ban hành"), required=False, max_length=200)
    nam = forms.IntegerField(
        label=_("Năm ban hành"), required=False, min_value=1945, max_value=2100
    )
    nguoi_ky = forms.CharField(label=_("Người ký"), required=False, max_length=120)
    tinh_trang = forms.ChoiceField(
        label=_("Tình trạng hiệu lực"),
        required=False,
        choices=[("", _("Tất cả"))] + list(Validity.choices),
    )
    tu_ngay = DateInput(label=_("Ban hành từ ngày"), required=False)
    den_ngay = DateInput(label=_("đến ngày"), required=False)
    sap_xep = forms.ChoiceField(
        label=_("Sắp xếp"),
        required=False,
        choices=[("moi", _("Mới nhất trước")), ("cu", _("Cũ nhất trước"))],
    )

    def apply(self, qs: Any) -> Any:
        data = self.cleaned_data
        if data.get("q"):
            qs = qs.matching(data["q"])
        for field in ("loai", "linh_vuc"):
            if data.get(field):
                qs = qs.filter(**{field: data[field]})
        if data.get("co_quan"):
            qs = qs.filter(search_blob__contains=search_key(data["co_quan"]))
        if data.get("nguoi_ky"):
            qs = qs.filter(search_blob__contains=search_key(data["nguoi_ky"]))
        if data.get("nam"):
            qs = qs.filter(ngay_ban_hanh__year=data["nam"])
        if data.get("tinh_trang"):
            qs = qs.filter(validity=data["tinh_trang"])
        if data.get("tu_ngay"):
            qs = qs.filter(ngay_ban_hanh__gte=data["tu_ngay"])
        if data.get("den_ngay"):
            qs = qs.filter(ngay_ban_hanh__lte=data["den_ngay"])
        return qs.order_by(SORTS.get(data.get("sap_xep") or "moi", "-ngay_ban_hanh"), "-pk")


def public_documents() -> Any:
    return LegalDocument.objects.public().select_related("loai", "linh_vuc", "issuer")


def parse_date(value: str) -> date | None:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
