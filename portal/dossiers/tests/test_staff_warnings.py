"""Deadline warnings (`warn_dossier_deadlines`) and the overdue list, days computed by hand.

Due date Friday 4/9/2026. Around it: Sat 29/8 and Sun 30/8; Mon 31/8 (announced swap), Tue 1/9
and Wed 2/9 (National Day) are days off; Sat 5/9 and Sun 6/9. Working days left before the due
date: Wed 26/8 → 4, Thu 27/8 → 3, Fri 28/8 → 2 (and 2 on every day off up to 2/9), Thu 3/9
→ 1, Fri 4/9 → 0. Counting weekdays only, "3 working days before" would wrongly be Tue 1/9.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.dossiers import actions
from portal.dossiers.models import Status
from portal.dossiers.tests.factories import make_dossier

pytestmark = pytest.mark.django_db

DUE = date(2026, 9, 4)


def _lead(days: int) -> None:
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.reminder_working_days = days
    settings.save()


def _run_days(time_travel, mailoutbox, first: date, last: date) -> dict[date, list[str]]:
    """Run the command on every day (twice a day, each run committing as the real command
    does) and collect the subjects sent each day."""
    sent: dict[date, list[str]] = {}
    day = first
    while day <= last:
        with time_travel(day):
            before = len(mailoutbox)
            for _run in range(2):
                with TestCase.captureOnCommitCallbacks(execute=True):
                    call_command("warn_dossier_deadlines")
            subjects = [m.subject for m in mailoutbox[before:]]
            if subjects:
                sent[day] = subjects
        day += timedelta(days=1)
    return sent


@pytest.mark.parametrize(("lead", "soon_day"), [(2, date(2026, 8, 28)), (3, date(2026, 8, 27))])
def test_warnings_fire_once_before_the_due_date_and_once_when_overdue(
    procedure, unit_head, time_travel, mailoutbox, lead, soon_day
):
    _lead(lead)
    dossier = make_dossier(procedure, status=Status.PROCESSING, due_date=DUE)
    sent = _run_days(time_travel, mailoutbox, date(2026, 8, 24), date(2026, 9, 9))
    assert sent == {
        soon_day: [f"Hồ sơ sắp đến hạn: {dossier.code}"],
        date(2026, 9, 5): [f"Hồ sơ QUÁ HẠN: {dossier.code}"],
    }
    assert all(m.to == [unit_head.email] for m in mailoutbox)  # nobody assigned: the head
    dossier.refresh_from_db()
    assert dossier.warned_on == date(2026, 9, 5)


def test_the_assigned_officer_is_warned_instead_of_the_head(
    procedure, unit_head, unit_updater, time_travel, mailoutbox, committed
):
    _lead(2)
    make_dossier(procedure, status=Status.RECEIVED, due_date=DUE, assigned_to=unit_updater)
    with time_travel(date(2026, 8, 28)), committed():
        call_command("warn_dossier_deadlines")
    assert [m.to for m in mailoutbox] == [[unit_updater.email]]
    assert "Cán bộ xử lý: capnhat" in mailoutbox[0].body


def test_dossiers_waiting_for_a_supplement_or_finished_are_not_warned(
    procedure, unit_head, time_travel, mailoutbox, committed
):
    make_dossier(procedure, status=Status.SUPPLEMENT, due_date=DUE)
    make_dossier(procedure, status=Status.DONE, due_date=DUE)
    with time_travel(date(2026, 9, 7)), committed():
        call_command("warn_dossier_deadlines")
    assert mailoutbox == []


def test_a_new_date_after_an_apology_opens_new_warnings(
    procedure, unit_head, time_travel, mailoutbox, committed
):
    """New due Fri 11/9, lead 2: the window opens after Tue 8/9, the 3rd working day before."""
    _lead(2)
    dossier = make_dossier(procedure, status=Status.PROCESSING, due_date=DUE)
    with time_travel(date(2026, 9, 3)), committed():
        actions.apologise(dossier, unit_head, "Chờ ý kiến phối hợp.", date(2026, 9, 11))
    mailoutbox.clear()  # the applicant's notice of the new date
    sent = _run_days(time_travel, mailoutbox, date(2026, 9, 4), date(2026, 9, 14))
    assert sent == {
        date(2026, 9, 9): [f"Hồ sơ sắp đến hạn: {dossier.code}"],
        date(2026, 9, 12): [f"Hồ sơ QUÁ HẠN: {dossier.code}"],
    }


def test_without_a_head_the_units_address_is_used(
    procedure, unit, make_user, time_travel, mailoutbox, committed
):
    make_user("khongnhom")  # an account of the unit without any role is never warned
    unit.email = "tuphap@example.gov.vn"
    unit.save()
    make_dossier(procedure, status=Status.RECEIVED, due_date=DUE)
    with time_travel(date(2026, 9, 7)), committed():
        call_command("warn_dossier_deadlines")
    assert [m.to for m in mailoutbox] == [["tuphap@example.gov.vn"]]


def test_the_overdue_list_shows_late_and_soon_dossiers_but_not_paused_ones(
    client, procedure, unit_head, time_travel
):
    _lead(2)
    late = make_dossier(procedure, due_date=date(2026, 9, 3))
    soon = make_dossier(procedure, due_date=DUE)
    later = make_dossier(procedure, due_date=date(2026, 9, 30))
    paused = make_dossier(procedure, due_date=date(2026, 8, 20), status=Status.SUPPLEMENT)
    with time_travel(date(2026, 9, 4)):
        client.force_login(unit_head)
        page = client.get(reverse("dossiers_admin:overdue")).content.decode()
    late_part, soon_part = page.split('id="sap-den-han"')
    assert late.code in late_part and soon.code in soon_part
    assert later.code not in page and paused.code not in page
