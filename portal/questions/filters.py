"""Filters of the public archive (and of the API), read from query parameters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from portal.core.forms import AccessibleFormMixin
from portal.core.models import Unit
from portal.core.nfc import NFCFormMixin
from portal.documents.models import Field
from portal.questions.models import PublishedQuestion

SORTS = {"moi": ("-answered_on", "-pk"), "cu": ("answered_on", "pk")}


def public_records(kind: str | None = None) -> QuerySet[PublishedQuestion]:
    """Published Q&A records, with only the columns that are public anyway."""
    qs = PublishedQuestion.objects.public().select_related("linh_vuc", "unit")
    return qs.of_kind(kind) if kind else qs


class ArchiveFilterForm(NFCFormMixin, AccessibleFormMixin, forms.Form):
    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=200)
    linh_vuc = forms.ModelChoiceField(
        Field.objects.all(), label=_("Lĩnh vực"), required=False, empty_label=_("Tất cả")
    )
    don_vi = forms.ModelChoiceField(
        Unit.objects.none(), label=_("Đơn vị trả lời"), required=False, empty_label=_("Tất cả")
    )
    nam = forms.IntegerField(label=_("Năm trả lời"), required=False, min_value=2000, max_value=2100)
    thuong_gap = forms.BooleanField(label=_("Chỉ câu hỏi thường gặp"), required=False)
    sap_xep = forms.ChoiceField(
        label=_("Sắp xếp"),
        required=False,
        choices=[("moi", _("Mới nhất trước")), ("cu", _("Cũ nhất trước"))],
    )

    def __init__(self, *args: Any, kind: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        answering = public_records(kind).values("unit")
        self.fields["don_vi"].queryset = Unit.objects.filter(pk__in=answering).order_by("name")
        for name in ("linh_vuc", "don_vi", "nam"):
            self.fields[name].error_messages["invalid_choice"] = _("Giá trị không hợp lệ.")
        self.fields["nam"].error_messages["invalid"] = _("Năm không hợp lệ.")
        self.describe_fields()

    def apply(self, qs: QuerySet[PublishedQuestion]) -> QuerySet[PublishedQuestion]:
        data = self.cleaned_data
        if data.get("q"):
            qs = qs.matching(data["q"])
        if data.get("linh_vuc"):
            qs = qs.filter(linh_vuc=data["linh_vuc"])
        if data.get("don_vi"):
            qs = qs.filter(unit=data["don_vi"])
        if data.get("nam"):
            qs = qs.filter(answered_on__year=data["nam"])
        if data.get("thuong_gap"):
            qs = qs.filter(is_faq=True)
        return qs.order_by(*SORTS.get(data.get("sap_xep") or "moi", SORTS["moi"]))
