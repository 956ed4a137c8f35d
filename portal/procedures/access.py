"""Who may change which procedure: a unit's staff their own unit's; administrators all."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from portal.core import access as core_access
from portal.procedures.models import Procedure


def editable_procedures(user: Any) -> QuerySet[Procedure]:
    if core_access.is_portal_admin(user):
        return Procedure.objects.all()
    if user.unit_id and user.has_perm("procedures.change_procedure"):
        return Procedure.objects.filter(unit_id=user.unit_id)
    return Procedure.objects.none()
