"""Filters of the public procedure list (query parameters)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.core.models import Unit
from portal.core.nfc import NFCFormMixin
from portal.documents.models import Field
from portal.procedures.models import Procedure, ServiceLevel

LEVELS = {"tinh": "cap_tinh", "huyen": "cap_huyen", "xa": "cap_xa"}


class ProcedureFilterForm(NFCFormMixin, forms.Form):
    q = forms.CharField(label=_("Tên hoặc mã thủ tục"), required=False, max_length=200)
    linh_vuc = forms.ModelChoiceField(
        Field.objects.filter(procedures__isnull=False).distinct(),
        label=_("Lĩnh vực"),
        required=False,
    )
    co_quan = forms.ModelChoiceField(
        Unit.objects.filter(procedures__isnull=False).distinct(),
        label=_("Cơ quan thực hiện"),
        required=False,
    )
    cap = forms.ChoiceField(
        label=_("Cấp thực hiện"),
        required=False,
        choices=[
            ("", _("Tất cả")),
            ("tinh", _("Cấp tỉnh")),
            ("huyen", _("Cấp huyện")),
            ("xa", _("Cấp xã")),
        ],
    )
    muc_do = forms.ModelChoiceField(
        ServiceLevel.objects.all(), label=_("Mức độ dịch vụ công"), required=False
    )
    truc_tuyen = forms.BooleanField(label=_("Chỉ thủ tục nộp trực tuyến"), required=False)

    def apply(self, qs: Any) -> Any:
        data = self.cleaned_data
        if data.get("q"):
            qs = qs.matching(data["q"])
        if data.get("linh_vuc"):
            qs = qs.filter(linh_vuc=data["linh_vuc"])
        if data.get("co_quan"):
            qs = qs.filter(unit=data["co_quan"])
        if data.get("cap"):
            qs = qs.filter(**{LEVELS[data["cap"]]: True})
        if data.get("muc_do"):
            qs = qs.filter(service_level=data["muc_do"])
        if data.get("truc_tuyen"):
            qs = qs.filter(truc_tuyen=True, service_level__accepts_online=True)
        return qs


def public_procedures() -> Any:
    return Procedure.objects.public().select_related("linh_vuc", "unit", "service_level")
