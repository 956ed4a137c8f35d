"""Vietnamese working days: weekends, public holidays (lunar ones included) and announced swaps.

Holidays come from the `holidays` package (Tết, Giỗ Tổ Hùng Vương, 30/4, 1/5, 2/9 and the
government's announced swaps up to its release); a back-office table adds what is announced
later (extra days off, make-up working Saturdays, cancelled days off).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from holidays.countries import Vietnam


class _Calendar(Vietnam):
    """`holidays`' Vietnam calendar with the portal's own overrides applied per year."""

    def __init__(
        self,
        days_off: dict[date, str],
        workdays: set[date],
        cancelled: set[date],
        **kwargs: object,
    ) -> None:
        self._extra_days_off = days_off
        self._extra_workdays = workdays
        self._cancelled = cancelled
        super().__init__(language="vi", **kwargs)  # type: ignore[arg-type]

    def _populate(self, year: int) -> None:
        super()._populate(year)
        for day, name in self._extra_days_off.items():
            if day.year == year:
                self[day] = name
        for day in self._cancelled:
            if day.year == year and day in self:
                self.pop(day)
        self.weekend_workdays |= {d for d in self._extra_workdays if d.year == year}


class WorkCalendar:
    def __init__(
        self,
        days_off: dict[date, str] | None = None,
        workdays: Iterable[date] = (),
        cancelled_days_off: Iterable[date] = (),
    ) -> None:
        self._calendar = _Calendar(days_off or {}, set(workdays), set(cancelled_days_off))

    def is_working_day(self, day: date) -> bool:
        return bool(self._calendar.is_working_day(day))

    def holiday_name(self, day: date) -> str | None:
        return self._calendar.get(day)

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the next one."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (`start` itself is not counted)."""
        day = start
        while count > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]; negative when `end` is before `start`."""
        if end < start:
            return -self.working_days_between(end, start)
        return sum(
            self.is_working_day(start + timedelta(days=offset))
            for offset in range(1, (end - start).days + 1)
        )
