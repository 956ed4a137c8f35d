"""Deadlines in Vietnamese working days: receipt after the cut-off hour, supplement pauses,
and whether a dossier finished early, on time or late."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from portal.lib.workdays import WorkCalendar


def cutoff() -> time:
    hours, minutes = settings.DOSSIER_CUTOFF.split(":")
    return time(int(hours), int(minutes))


def effective_receipt_day(received_at: datetime, calendar: WorkCalendar) -> date:
    """The working day from which the deadline counts.

    A dossier received on a working day before the cut-off counts from that day; one received
    later, or on a weekend or holiday, counts from the next working day.
    """
    local = timezone.localtime(received_at)
    day = local.date()
    if calendar.is_working_day(day) and local.time() < cutoff():
        return day
    return calendar.next_working_day(day + timedelta(days=1))


def due_date(received_at: datetime, working_days: int, calendar: WorkCalendar) -> date:
    """The appointment date: `working_days` after the effective receipt day (0 = same day)."""
    start = effective_receipt_day(received_at, calendar)
    return calendar.add_working_days(start, working_days) if working_days > 0 else start


def extend_for_pause(
    due: date, paused_from: date, resumed_on: date, calendar: WorkCalendar
) -> date:
    """The clock stops while a supplement is awaited: push the due date by the working days
    elapsed between the request and the supplement."""
    paused = max(calendar.working_days_between(paused_from, resumed_on), 0)
    return calendar.add_working_days(due, paused) if paused else due


def timeliness(due: date | None, finished_on: date) -> str:
    from portal.dossiers.models import Dossier

    if due is None or finished_on == due:
        return Dossier.Timeliness.ON_TIME
    return Dossier.Timeliness.EARLY if finished_on < due else Dossier.Timeliness.LATE
