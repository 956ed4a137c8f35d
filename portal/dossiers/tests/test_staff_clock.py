"""End to end through the views: a supplement request stops the clock until the citizen answers.

Hand-computed (March 2026 has no holiday): submitted Mon 2/3 at 10:00, 3 working days → due
Thu 5/3. The officer asks for a supplement on Tue 3/3; the citizen sends it on Mon 9/3. The
working days paused are 4/3, 5/3, 6/3 and 9/3 (four), so the due date moves to Wed 11/3.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from portal.dossiers.models import Dossier, Status
from portal.dossiers.tests.conftest import applicant_data, pdf, png

pytestmark = pytest.mark.django_db


def _submit(citizen: Client, procedure) -> tuple[Dossier, str]:
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    assert citizen.post(reverse("dossiers:submit", args=[procedure.pk]), data).status_code == 302
    receipt = citizen.post(reverse("dossiers:review", args=[procedure.pk]), follow=True)
    secret = re.search(r'data-testid="ma-tra-cuu">([^<]+)<', receipt.content.decode()).group(1)
    return Dossier.objects.get(), secret


def _officer_does(officer: Client, dossier: Dossier, action: str, note: str = "") -> None:
    url = reverse("dossiers_admin:action", args=[dossier.pk, action])
    response = officer.post(url, {f"{action}-note": note})
    assert response.status_code == 302, response.content.decode()[:1000]


def test_a_supplement_pauses_the_clock_from_request_to_answer(
    procedure, unit_head, time_travel, mailoutbox, committed
):
    citizen, officer = Client(), Client()
    with time_travel(date(2026, 3, 2)):
        dossier, secret = _submit(citizen, procedure)
        assert dossier.due_date == date(2026, 3, 5)
    with time_travel(date(2026, 3, 3)):
        officer.force_login(unit_head)
        _officer_does(officer, dossier, "receive")
        _officer_does(officer, dossier, "request_supplement", "Bổ sung giấy chứng sinh bản rõ.")
    with time_travel(date(2026, 3, 6)):  # past the old due date, but paused
        officer.force_login(unit_head)
        queue = officer.get(reverse("dossiers_admin:queue"), {"overdue": "on"}).content.decode()
        assert dossier.code not in queue
        page = officer.get(reverse("dossiers_admin:detail", args=[dossier.pk])).content.decode()
        assert "Tạm dừng, chờ bổ sung" in page
        sent = len(mailoutbox)
        with committed():
            call_command("warn_dossier_deadlines")
        assert len(mailoutbox) == sent  # paused dossiers are not warned
    with time_travel(date(2026, 3, 9)):  # a new visit: the citizen looks the dossier up again
        citizen.post(reverse("dossiers:track"), {"code": dossier.code, "secret": secret})
        url = reverse("dossiers:supplement", args=[dossier.code])
        response = citizen.post(url, {"file": pdf("giay-chung-sinh.pdf"), "note": "Đã bổ sung"})
        assert response.status_code == 302
        dossier.refresh_from_db()
        assert dossier.status == Status.PROCESSING
        assert dossier.due_date == date(2026, 3, 11)
        assert dossier.paused_since is None
        officer.force_login(unit_head)
        page = officer.get(reverse("dossiers_admin:detail", args=[dossier.pk])).content.decode()
        assert "11/03/2026" in page and "Còn 2 ngày làm việc" in page
        assert "giay-chung-sinh.pdf" in page


def test_without_a_supplement_the_same_dossier_would_be_overdue(procedure, unit_head, time_travel):
    citizen, officer = Client(), Client()
    with time_travel(date(2026, 3, 2)):
        dossier, _secret = _submit(citizen, procedure)
    with time_travel(date(2026, 3, 6)):
        officer.force_login(unit_head)
        queue = officer.get(reverse("dossiers_admin:queue"), {"overdue": "on"}).content.decode()
        assert dossier.code in queue and "Quá hạn 1 ngày làm việc" in queue
