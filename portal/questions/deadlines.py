"""Answer deadlines in working days (NĐ 43/2011 Điều 17: 15 ngày làm việc by default)."""

from __future__ import annotations

from datetime import date

from wagtail.models import Site

from portal.core.calendar import work_calendar
from portal.core.models import PortalSettings


def portal_settings() -> PortalSettings:
    site = Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site) if site else PortalSettings()


def due_date(start: date, working_days: int | None = None) -> date:
    """The answer deadline for an item forwarded on `start` (which is not counted)."""
    days = portal_settings().answer_working_days if working_days is None else working_days
    return work_calendar().add_working_days(start, days)


def working_days_left(due: date, today: date) -> int:
    """Working days from `today` to `due`: 0 on the due date, negative once overdue."""
    return work_calendar().working_days_between(today, due)
