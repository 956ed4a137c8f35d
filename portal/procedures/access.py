"""Who may change which procedure: a unit's staff their own unit's; administrators all."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from portal.core import access as core_access
from portal.procedures.models import Procedure


def editable_procedures(user: Any) -> QuerySet[Procedure]:
    return core_access.unit_records(user, Procedure.objects.all(), "procedures.change_procedure")
