"""Who may use the back office of dossiers: own unit yes, other unit 404, others refused."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse
from wagtail.models import ModelLogEntry

from portal.core import privacy, roles
from portal.dossiers import wagtail_hooks
from portal.dossiers.models import DossierFile, Status
from portal.dossiers.tests.conftest import PDF
from portal.dossiers.tests.factories import make_dossier
from portal.dossiers.views import staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(procedure):
    return make_dossier(procedure, full_name="Trần Thị Riêng Tư")


@pytest.fixture
def stored_file(dossier):
    record = DossierFile(
        dossier=dossier,
        kind=DossierFile.Kind.APPLICATION,
        original_name="to-khai.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    record.file.save("to-khai.pdf", ContentFile(PDF), save=False)
    record.save()
    return record


@pytest.fixture
def stranger_officer(make_user, other_unit):
    """A unit head with the right to process dossiers, but of another unit."""
    return make_user("thutruongkhac", roles.UNIT_HEAD, unit=other_unit)


def _urls(dossier, stored_file):
    return [
        reverse("dossiers_admin:detail", args=[dossier.pk]),
        reverse("dossiers_admin:download", args=[dossier.pk, stored_file.pk]),
        reverse("dossiers_admin:form", args=[dossier.pk, "05"]),
    ]


def test_an_officer_of_the_unit_sees_the_queue_and_the_dossier(
    client, unit_updater, dossier, stored_file
):
    client.force_login(unit_updater)
    queue = client.get(reverse("dossiers_admin:queue"))
    assert queue.status_code == 200 and dossier.code in queue.content.decode()
    for url in _urls(dossier, stored_file):
        assert client.get(url).status_code == 200, url
    page = client.get(reverse("dossiers_admin:detail", args=[dossier.pk])).content.decode()
    assert "Trần Thị Riêng Tư" in page and "Tiếp nhận hồ sơ" not in page  # already received
    assert "Chuyển xử lý" in page and "Thẩm định, trình ký" in page


def test_another_units_officer_gets_404_everywhere(client, stranger_officer, dossier, stored_file):
    client.force_login(stranger_officer)
    for url in _urls(dossier, stored_file):
        assert client.get(url).status_code == 404, url
    action = reverse("dossiers_admin:action", args=[dossier.pk, "start"])
    assert client.post(action, {"start-note": ""}).status_code == 404
    assert dossier.code not in client.get(reverse("dossiers_admin:queue")).content.decode()
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED


def _refused(response) -> bool:
    """Wagtail turns PermissionDenied in the admin into a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_staff_without_the_right_are_refused(client, member, dossier, stored_file):
    client.force_login(member)  # has back-office access, not `process_dossier`
    for url in [reverse("dossiers_admin:queue"), *_urls(dossier, stored_file)]:
        assert _refused(client.get(url)), url
    action = reverse("dossiers_admin:action", args=[dossier.pk, "start"])
    assert _refused(client.post(action, {"start-note": ""}))
    assert _refused(client.get(reverse("dossiers_admin:register")))
    assert _refused(client.get(reverse("dossiers_admin:overdue")))
    dossier.refresh_from_db()
    assert dossier.status == Status.RECEIVED
    assert not ModelLogEntry.objects.filter(action=privacy.PERSONAL_DATA_VIEW).exists()


def test_the_anonymous_are_sent_to_the_login_page(client, dossier, stored_file):
    for url in [reverse("dossiers_admin:queue"), *_urls(dossier, stored_file)]:
        response = client.get(url)
        assert response.status_code == 302 and "/quan-tri/login/" in response["Location"]


def test_a_file_of_another_dossier_cannot_be_reached_through_this_one(
    client, unit_head, procedure, stored_file
):
    mine = make_dossier(procedure)
    client.force_login(unit_head)
    url = reverse("dossiers_admin:download", args=[mine.pk, stored_file.pk])
    assert client.get(url).status_code == 404


def test_viewing_personal_data_and_files_is_logged(client, unit_head, dossier, stored_file):
    client.force_login(unit_head)
    client.get(reverse("dossiers_admin:detail", args=[dossier.pk]))
    response = client.get(reverse("dossiers_admin:download", args=[dossier.pk, stored_file.pk]))
    assert b"".join(response.streaming_content) == PDF
    entries = ModelLogEntry.objects.filter(
        action=privacy.PERSONAL_DATA_VIEW, object_id=str(dossier.pk), user=unit_head
    ).order_by("timestamp", "pk")
    assert [e.data["screen"] for e in entries] == ["detail", "file"]
    assert entries[1].data["file"] == "to-khai.pdf"


def test_the_menu_is_shown_only_to_those_who_process_dossiers(unit_head, member, superuser_):
    menu = wagtail_hooks.dossier_menu()
    request = RequestFactory().get("/quan-tri/")
    for user, shown in [(unit_head, True), (member, False), (superuser_, True)]:
        request.user = user
        assert menu.is_shown(request) is shown, user


@pytest.fixture
def superuser_(django_user_model):
    return django_user_model.objects.create_superuser("sieuquantri", "s@example.vn", "x")


def test_the_queue_filters_by_status_overdue_and_assignment(
    client, unit_head, unit_updater, procedure, time_travel
):
    from datetime import date

    with time_travel(date(2026, 3, 10)):
        late = make_dossier(procedure, due_date=date(2026, 3, 9))
        paused = make_dossier(procedure, due_date=date(2026, 3, 9), status=Status.SUPPLEMENT)
        mine = make_dossier(procedure, due_date=date(2026, 3, 20), assigned_to=unit_updater)
        client.force_login(unit_updater)
        url = reverse("dossiers_admin:queue")

        def codes(**query):
            content = client.get(url, query).content.decode()
            return {d.code for d in (late, paused, mine) if d.code in content}

        assert codes() == {late.code, paused.code, mine.code}
        assert codes(overdue="on") == {late.code}
        assert codes(mine="on") == {mine.code}
        assert codes(status=Status.SUPPLEMENT) == {paused.code}
        page = client.get(url).content.decode()
        assert "Quá hạn 1 ngày làm việc" in page and "Tạm dừng, chờ bổ sung" in page


def test_the_queue_is_paginated(client, unit_head, procedure, monkeypatch):
    monkeypatch.setattr(staff, "PAGE_SIZE", 2)
    created = [make_dossier(procedure) for _n in range(3)]
    client.force_login(unit_head)
    first = client.get(reverse("dossiers_admin:queue")).content.decode()
    second = client.get(reverse("dossiers_admin:queue"), {"p": 2}).content.decode()
    assert "Trang 1/2" in first and "Trang 2/2" in second
    assert created[0].code in second and created[0].code not in first
