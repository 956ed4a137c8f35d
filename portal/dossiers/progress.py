"""Where an open dossier stands against its due date, in working days.

Shared by the back-office queue, the overdue list and the deadline warnings. A dossier paused
for a supplement is neither "due soon" nor "overdue": its due date moves when the supplement
arrives (`deadlines.extend_for_pause`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from portal.dossiers.models import Dossier, Status
from portal.lib.workdays import WorkCalendar

MAX_LOOKBACK_DAYS = 800


@dataclass(frozen=True)
class Flag:
    """A short label for a dossier's progress and whether it is late (for styling)."""

    label: str
    late: bool = False


def days_left(due: date, today: date, calendar: WorkCalendar) -> int:
    """Working days from `today` to `due`: 0 on the due date, negative once overdue."""
    return calendar.working_days_between(today, due)


def is_paused(dossier: Dossier) -> bool:
    return dossier.status == Status.SUPPLEMENT


def flag(dossier: Dossier, today: date, calendar: WorkCalendar) -> Flag:
    if dossier.is_finished:
        return Flag(
            dossier.get_timeliness_display() or "—",
            dossier.timeliness == Dossier.Timeliness.LATE,
        )
    if is_paused(dossier):
        return Flag(_("Tạm dừng, chờ bổ sung"))
    if dossier.due_date is None:
        return Flag("—")
    left = days_left(dossier.due_date, today, calendar)
    if dossier.due_date < today:
        return Flag(_("Quá hạn %(n)d ngày làm việc") % {"n": max(-left, 1)}, late=True)
    if left == 0:
        return Flag(_("Đến hạn hôm nay"))
    return Flag(_("Còn %(n)d ngày làm việc") % {"n": left})


def warning_window_start(due: date, lead: int, calendar: WorkCalendar) -> date:
    """The first day from which at most `lead` working days remain before `due`.

    It is the day after the (lead + 1)-th working day before `due`: with `due` on Friday
    4/9/2026 and lead 2 (Mon 31/8 to Wed 2/9 being days off), the window opens on Fri 28/8.
    """
    day, counted = due, 0
    for _step in range(MAX_LOOKBACK_DAYS):
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
            if counted == lead + 1:
                return day + timedelta(days=1)
    return day


def warning_kind(dossier: Dossier, today: date, lead: int, calendar: WorkCalendar) -> str | None:
    """ "overdue", "soon" or None: what to warn about today, at most once per phase.

    "soon" is sent once after the window of `lead` working days before the due date opens,
    "overdue" once after the due date has passed; a new due date (apology, supplement) opens
    new phases. `warned_on` (the last warning's date) makes repeated runs on a day harmless.
    """
    due, warned = dossier.due_date, dossier.warned_on
    if due is None or dossier.is_finished or is_paused(dossier) or warned == today:
        return None
    if due < today:
        return "overdue" if warned is None or warned <= due else None
    if days_left(due, today, calendar) > lead:
        return None
    opened = warning_window_start(due, lead, calendar)
    return "soon" if warned is None or warned < opened else None
