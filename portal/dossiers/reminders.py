"""Deadline warnings to officers: N working days before the due date, and once overdue.

N is `PortalSettings.reminder_working_days`. The e-mail goes to the assigned officer, or,
while nobody is assigned, to the unit's heads (falling back to the unit's own address).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wagtail.models import Site

from portal.core import roles
from portal.core.calendar import work_calendar
from portal.core.models import PortalSettings
from portal.dossiers import notifications, progress
from portal.dossiers.models import FINISHED, Dossier, Status


def lead_days() -> int:
    site = Site.objects.filter(is_default_site=True).first()
    settings = PortalSettings.for_site(site) if site else PortalSettings()
    return int(settings.reminder_working_days)


@dataclass
class Outcome:
    soon: int = 0
    overdue: int = 0


def recipients(dossier: Dossier) -> list[str]:
    officer = dossier.assigned_to
    if officer is not None and officer.is_active and officer.email:
        return [officer.email]
    heads = roles.holders(roles.HEAD_OF_UNIT).filter(unit_id=dossier.unit_id).exclude(email="")
    emails = list(heads.order_by("pk").values_list("email", flat=True))
    return emails or ([dossier.unit.email] if dossier.unit.email else [])


def candidates(today: date) -> list[Dossier]:
    return list(
        Dossier.objects.exclude(status__in=[*FINISHED, Status.SUPPLEMENT])
        .filter(due_date__isnull=False)
        .exclude(warned_on=today)
        .select_related("unit", "procedure", "assigned_to")
        .order_by("due_date", "pk")
    )


def warn(dossier: Dossier, today: date, overdue: bool) -> bool:
    """Send one warning and remember the day; False when there is nobody to send it to."""
    to = recipients(dossier)
    if not to:
        return False
    notifications.deadline_warning(dossier, to, overdue)
    dossier.warned_on = today
    dossier.save(update_fields=["warned_on"])
    return True


def warn_all(today: date) -> Outcome:
    lead = lead_days()
    calendar = work_calendar()
    outcome = Outcome()
    for dossier in candidates(today):
        kind = progress.warning_kind(dossier, today, lead, calendar)
        if kind == "soon" and warn(dossier, today, overdue=False):
            outcome.soon += 1
        elif kind == "overdue" and warn(dossier, today, overdue=True):
            outcome.overdue += 1
    return outcome
