"""The working calendar in force: Vietnamese holidays plus the back-office overrides."""

from __future__ import annotations

from portal.core.models import CalendarOverride
from portal.lib.workdays import WorkCalendar


def work_calendar() -> WorkCalendar:
    overrides = list(CalendarOverride.objects.all())
    kinds = CalendarOverride.Kind
    return WorkCalendar(
        days_off={o.day: o.reason for o in overrides if o.kind == kinds.DAY_OFF},
        workdays=[o.day for o in overrides if o.kind == kinds.WORKDAY],
        cancelled_days_off=[o.day for o in overrides if o.kind == kinds.CANCELLED],
    )
