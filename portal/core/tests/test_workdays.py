"""Working-day arithmetic, with expected dates computed by hand from the 2025–2027 calendars."""

from __future__ import annotations

from datetime import date

import pytest

from portal.core.calendar import work_calendar
from portal.core.models import CalendarOverride
from portal.lib.workdays import WorkCalendar


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        # Fri 24/01/2025 + 5: Mon 27/1 to Sat 1/2 is Tết; next working days 3,4,5,6,7 Feb.
        (date(2025, 1, 24), 5, date(2025, 2, 7)),
        # Fri 25/4/2025 + 3: Sat 26/4 is a make-up working day, Mon 28/4, Tue 29/4.
        (date(2025, 4, 25), 3, date(2025, 4, 29)),
        # Fri 29/8/2025 + 2: Mon 1/9 and Tue 2/9 are National Day; Wed 3/9, Thu 4/9.
        (date(2025, 8, 29), 2, date(2025, 9, 4)),
        # Fri 13/2/2026 + 1: 16–20/2/2026 is Tết Bính Ngọ; Mon 23/2.
        (date(2026, 2, 13), 1, date(2026, 2, 23)),
        # Fri 24/4/2026 + 1: Sun 26/4 Giỗ Tổ, Mon 27/4 its compensation day; Tue 28/4.
        (date(2026, 4, 24), 1, date(2026, 4, 28)),
        # Mon 2/11/2026 + 15: 3–6, 9–13, 16–20, 23 Nov.
        (date(2026, 11, 2), 15, date(2026, 11, 23)),
        # Mon 9/11/2026 + 15 crosses Tue 24/11, Ngày Văn hóa Việt Nam: ends Tue 1/12.
        (date(2026, 11, 9), 15, date(2026, 12, 1)),
    ],
)
def test_it_adds_working_days_across_holidays(start, days, expected):
    assert WorkCalendar().add_working_days(start, days) == expected


def test_weekends_and_holidays_are_not_working_days():
    calendar = WorkCalendar()
    assert not calendar.is_working_day(date(2026, 11, 28))  # Saturday
    assert not calendar.is_working_day(date(2026, 9, 2))
    assert calendar.is_working_day(date(2026, 8, 22))  # announced make-up Saturday
    assert calendar.holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"


def test_counting_working_days_between_two_dates():
    calendar = WorkCalendar()
    assert calendar.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert calendar.working_days_between(date(2026, 2, 23), date(2026, 2, 13)) == -1
    assert calendar.next_working_day(date(2026, 2, 14)) == date(2026, 2, 23)


@pytest.mark.django_db
def test_back_office_overrides_change_the_calendar():
    base = work_calendar().add_working_days(date(2027, 2, 3), 5)
    CalendarOverride.objects.create(day=date(2027, 2, 11), kind="nghi", reason="Thông báo nghỉ bù")
    CalendarOverride.objects.create(day=date(2027, 2, 20), kind="lam_bu", reason="Làm bù")
    assert base == date(2027, 2, 17)
    assert work_calendar().add_working_days(date(2027, 2, 3), 5) == date(2027, 2, 18)
    assert not work_calendar().is_working_day(date(2027, 2, 11))
    assert work_calendar().is_working_day(date(2027, 2, 20))
