"""Wagtail's reports: the board and administrators only; the personal-data audit for
administrators only."""

from __future__ import annotations

import pytest

from portal.core import privacy, roles

pytestmark = pytest.mark.django_db

REPORTS = [
    "/quan-tri/reports/site-history/",
    "/quan-tri/reports/site-history/results/",
    "/quan-tri/reports/workflow/",
    "/quan-tri/reports/workflow_tasks/",
    "/quan-tri/reports/aging-pages/",
    "/quan-tri/reports/locked/",
    "/quan-tri/reports/page-types-usage/",
]


@pytest.mark.parametrize("role", [roles.UNIT_UPDATER, roles.UNIT_HEAD])
def test_unit_staff_cannot_open_the_reports(client, make_user, role):
    """Repro: capnhat read other units' unpublished questions and the personal-data log."""
    client.force_login(make_user("canbo", role))
    for url in REPORTS:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/quan-tri/", url
    menu = client.get("/quan-tri/").content.decode()
    assert "/quan-tri/reports/site-history/" not in menu


def test_the_board_and_administrators_open_the_site_history(client, head, portal_admin):
    for user in (head, portal_admin):
        client.force_login(user)
        assert client.get("/quan-tri/reports/site-history/").status_code == 200
        for url in REPORTS:  # the others keep Wagtail's own per-report rights
            assert client.get(url).status_code in {200, 302}, (user, url)


def test_the_personal_data_audit_is_for_administrators_only(client, head, portal_admin, unit):
    privacy.log_personal_data_view(portal_admin, unit, "detail")
    client.force_login(head)
    board_view = client.get("/quan-tri/reports/site-history/").content.decode()
    assert "Xem dữ liệu cá nhân của công dân" not in board_view
    client.force_login(portal_admin)
    admin_view = client.get("/quan-tri/reports/site-history/").content.decode()
    assert "Xem dữ liệu cá nhân của công dân" in admin_view
