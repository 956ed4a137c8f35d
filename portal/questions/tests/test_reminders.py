"""Deadlines in working days (holidays skipped), reminders before the deadline, overdue notices,
and the board's overdue list."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from portal.core.models import CalendarOverride
from portal.questions import actions
from portal.questions.deadlines import portal_settings
from portal.questions.models import EventKind

pytestmark = pytest.mark.django_db

# Friday 24/04/2026; then Giỗ Tổ Hùng Vương (Sunday 26/4, made up on Monday 27/4), 30/4 and
# 1/5 are days off: 15 working days end on Wednesday 20/05/2026.
FORWARDED_ON = date(2026, 4, 24)
DUE = date(2026, 5, 20)


def run() -> str:
    from io import StringIO

    out = StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):  # a command: it commits
        call_command("send_question_reminders", stdout=out)
    return out.getvalue()


def reminders_to(mailoutbox, user, word: str) -> list:
    return [m for m in mailoutbox if user.email in m.to and word in m.subject]


@pytest.fixture
def late_item(time_travel, received, member, unit, unit_head):
    with time_travel(FORWARDED_ON):
        actions.forward(received, member, unit)
    return received


def test_the_due_date_skips_weekends_and_public_holidays(late_item):
    assert late_item.due_date == DUE


def test_the_due_date_skips_tet(time_travel, received, member, unit):
    # Tuesday 02/02/2027; Tết Đinh Mùi is off from Thursday 04/02 to Wednesday 10/02.
    with time_travel(date(2027, 2, 2)):
        actions.forward(received, member, unit)
    # 1 working day before Tết (3/2), then 11, 12, 15–19, 22–26 February, 1 and 2 March.
    assert received.due_date == date(2027, 3, 2)


def test_the_due_date_follows_the_settings_and_the_back_office_calendar(
    time_travel, received, member, unit
):
    settings = portal_settings()
    settings.answer_working_days = 3
    settings.save()
    CalendarOverride.objects.create(day=date(2026, 6, 2), kind="nghi", reason="Nghỉ đột xuất")
    with time_travel(date(2026, 6, 1)):  # Monday
        actions.forward(received, member, unit)
    assert received.due_date == date(2026, 6, 5)  # 3, 4 and 5 June: 2 June is now off
    assert "3 ngày làm việc" in received.events.get(kind=EventKind.FORWARDED).note


def test_the_unit_head_is_reminded_once_shortly_before_the_deadline(
    time_travel, late_item, unit_head, unit_updater, mailoutbox
):
    start = len(mailoutbox)
    with time_travel(date(2026, 5, 14)):  # 4 working days left: too early
        assert "Đã nhắc hạn 0 mục" in run()
    with time_travel(date(2026, 5, 15)):  # 3 working days left (18, 19, 20)
        assert "Đã nhắc hạn 1 mục" in run()
        assert "Đã nhắc hạn 0 mục" in run()  # idempotent: running again sends nothing
    with time_travel(date(2026, 5, 19)):
        assert "Đã nhắc hạn 0 mục" in run()
    [mail] = reminders_to(mailoutbox[start:], unit_head, "Sắp đến hạn")
    assert "còn 3 ngày làm việc" in mail.body and "20/05/2026" in mail.body
    assert reminders_to(mailoutbox[start:], unit_updater, "Sắp đến hạn") == []  # head only


def test_an_overdue_item_is_reported_once_and_listed_for_the_board(
    client, time_travel, late_item, unit_head, member, mailoutbox
):
    with time_travel(DUE):  # the last day is not late yet
        assert "báo quá hạn 0 mục" in run()
    with time_travel(date(2026, 5, 22)):  # Friday: 2 working days late
        assert "báo quá hạn 1 mục" in run()
        assert "báo quá hạn 0 mục" in run()
        client.force_login(member)
        page = client.get(reverse("questions_admin:overdue")).content.decode()
    [mail] = reminders_to(mailoutbox, unit_head, "Quá hạn")
    assert "quá 2 ngày làm việc" in mail.body
    assert late_item.code in page and "2 ngày làm việc" in page
    assert late_item.events.filter(kind=EventKind.OVERDUE).count() == 1


def test_an_answered_item_is_no_longer_chased(time_travel, late_item, unit_head, mailoutbox):
    actions.submit_answer(late_item, unit_head, "Trả lời đúng hạn.", False)
    with time_travel(date(2026, 5, 25)):
        assert "Đã nhắc hạn 0 mục; đã báo quá hạn 0 mục." in run()


def test_forwarding_again_restarts_the_deadline_and_the_reminders(
    time_travel, late_item, member, other_unit
):
    with time_travel(date(2026, 5, 15)):
        run()
    with time_travel(date(2026, 5, 18)):
        actions.forward(late_item, member, other_unit)
    late_item.refresh_from_db()
    assert late_item.reminder_sent_on is None and late_item.due_date == date(2026, 6, 8)
