"""`seed_demo` builds the Krông Pắc demo once: units, one account per role, 30+ articles."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import WorkflowState

from portal.core import roles
from portal.core.models import Delegation, PortalSettings, Unit, User
from portal.news.models import ArticlePage, CategoryAssignment

pytestmark = pytest.mark.django_db


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_it_builds_the_demo_site_once(client, mailoutbox, committed):
    with committed():  # whatever the demo queued for after its commits would be sent here
        first = _seed()
    counts = (Unit.objects.count(), User.objects.count(), ArticlePage.objects.count())
    second = _seed()
    assert (Unit.objects.count(), User.objects.count(), ArticlePage.objects.count()) == counts
    assert "Mật khẩu chỉ in một lần" in first
    assert "--reset-passwords" in second

    assert ArticlePage.objects.count() >= 30
    assert ArticlePage.objects.live().count() >= 20
    assert Unit.objects.filter(kind=Unit.Kind.COMMUNE).count() >= 10
    assert Unit.objects.filter(name="Văn phòng HĐND và UBND huyện").exists()
    for role in roles.ALL:
        assert User.objects.filter(groups__name=role).exists(), role
    settings = PortalSettings.objects.get()
    assert settings.government_name == "Ủy ban nhân dân huyện Krông Pắc"
    assert CategoryAssignment.objects.count() >= 8
    assert Delegation.objects.active().exists()
    assert mailoutbox == []  # demo workflow e-mails are not sent

    _assert_every_workflow_state()
    _assert_printed_password_logs_in(client, first)
    _assert_every_receiving_unit_has_its_own_code()


def _assert_every_receiving_unit_has_its_own_code() -> None:
    import re

    from portal.procedures.models import Procedure

    online = [
        p for p in Procedure.objects.select_related("unit", "service_level") if p.accepts_online
    ]
    codes = [procedure.unit.agency_code for procedure in online]
    assert codes and all(re.fullmatch(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}", c) for c in codes)
    for unit in Unit.objects.exclude(agency_code=""):
        unit.full_clean()


def _assert_every_workflow_state() -> None:
    statuses = set(WorkflowState.objects.values_list("status", flat=True))
    assert {"in_progress", "approved", "needs_changes"} <= statuses
    steps = {
        state.current_task_state.task.specific.step
        for state in WorkflowState.objects.filter(status="in_progress")
    }
    assert steps == {"bien_tap", "duyet"}
    never_submitted = ArticlePage.objects.exclude(
        pk__in=[int(s.object_id) for s in WorkflowState.objects.all()]
    )
    assert never_submitted.exists()
    assert any(page.approval_blockers() for page in never_submitted)
    assert all(not page.approval_blockers() for page in ArticlePage.objects.live())


def _assert_printed_password_logs_in(client, output: str) -> None:
    line = next(line for line in output.splitlines() if line.strip().startswith("bientapvien "))
    username, password = line.split()[:2]
    response = client.post("/quan-tri/login/", {"username": username, "password": password})
    assert response.status_code == 302
    assert client.get("/quan-tri/").status_code == 200
