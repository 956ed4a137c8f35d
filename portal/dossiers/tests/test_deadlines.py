"""Deadline arithmetic for dossiers, expected dates computed by hand."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from portal.dossiers import deadlines
from portal.dossiers.models import Dossier
from portal.lib.workdays import WorkCalendar

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CAL = WorkCalendar()


def at(y: int, m: int, d: int, h: int = 9, minute: int = 0) -> datetime:
    return datetime(y, m, d, h, minute, tzinfo=VN)


@pytest.mark.parametrize(
    ("received", "days", "expected"),
    [
        # Tue 10/2/2026 09:00 + 5: 11, 12, 13 Feb, then Tết 16–20, then 23, 24 Feb.
        (at(2026, 2, 10), 5, date(2026, 2, 24)),
        # Same day 15:30 (after the 15:00 cut-off): counts from Wed 11/2 → 12, 13, 23, 24, 25.
        (at(2026, 2, 10, 15, 30), 5, date(2026, 2, 25)),
        # Sat 14/2/2026: counts from the next working day, Mon 23/2 → 24, 25, 26.
        (at(2026, 2, 14), 3, date(2026, 2, 26)),
        # Fri 21/8/2026 + 1: Sat 22/8 is an announced make-up working day.
        (at(2026, 8, 21), 1, date(2026, 8, 22)),
        # Fri 28/8/2026 + 2: Mon 31/8 (swap), Tue 1/9, Wed 2/9 off → Thu 3/9, Fri 4/9.
        (at(2026, 8, 28), 2, date(2026, 9, 4)),
        # "Trong ngày": 0 working days = the effective receipt day itself.
        (at(2026, 3, 3, 16, 0), 0, date(2026, 3, 4)),
    ],
)
def test_the_due_date_counts_working_days_from_the_effective_receipt(received, days, expected):
    assert deadlines.due_date(received, days, CAL) == expected


def test_the_clock_stops_while_a_supplement_is_awaited():
    due = date(2026, 2, 24)
    # Supplement asked Wed 11/2, received Tue 24/2: working days paused 12, 13, 23, 24 = 4.
    assert deadlines.extend_for_pause(due, date(2026, 2, 11), date(2026, 2, 24), CAL) == date(
        2026, 3, 2
    )
    assert deadlines.extend_for_pause(due, date(2026, 2, 11), date(2026, 2, 11), CAL) == due


@pytest.mark.parametrize(
    ("finished", "expected"),
    [
        (date(2026, 2, 23), Dossier.Timeliness.EARLY),
        (date(2026, 2, 24), Dossier.Timeliness.ON_TIME),
        (date(2026, 2, 25), Dossier.Timeliness.LATE),
    ],
)
def test_timeliness(finished, expected):
    assert deadlines.timeliness(date(2026, 2, 24), finished) == expected
