"""Units: administrators manage every unit; a unit's staff update only their own (Điều 9)."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def _edit_url(unit) -> str:
    return reverse("wagtailsnippets_core_unit:edit", args=[unit.pk])


def test_a_unit_updater_edits_their_own_unit(client, unit_updater, unit):
    client.force_login(unit_updater)
    response = client.post(
        _edit_url(unit),
        {
            "name": unit.name,
            "code": unit.code,
            "kind": unit.kind,
            "phone": "0262.3500.111",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.phone == "0262.3500.111"


def test_a_unit_updater_cannot_edit_another_unit(client, unit_updater, other_unit):
    client.force_login(unit_updater)
    response = client.get(_edit_url(other_unit))
    assert response.status_code in (302, 403)
    response = client.post(
        _edit_url(other_unit),
        {"name": "Bị sửa", "code": other_unit.code, "kind": other_unit.kind, "is_active": "on"},
    )
    other_unit.refresh_from_db()
    assert other_unit.name != "Bị sửa"


def test_the_unit_list_shows_only_the_own_unit_to_its_staff(client, unit_head, unit, other_unit):
    client.force_login(unit_head)
    content = client.get(reverse("wagtailsnippets_core_unit:list")).content.decode()
    assert unit.name in content
    assert other_unit.name not in content


def test_an_administrator_edits_any_unit(client, portal_admin, other_unit):
    client.force_login(portal_admin)
    assert client.get(_edit_url(other_unit)).status_code == 200


def test_a_board_member_cannot_manage_units(client, member, unit):
    client.force_login(member)
    assert client.get(_edit_url(unit)).status_code in (302, 403)


def test_staff_accounts_belong_to_a_unit(client, portal_admin, unit):
    client.force_login(portal_admin)
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "canbo.moi",
            "email": "canbo.moi@example.gov.vn",
            "first_name": "An",
            "last_name": "Nguyễn Văn",
            "unit": unit.pk,
            "position": "Chuyên viên",
            "password1": "Mật-khẩu-rất-mạnh-2026",
            "password2": "Mật-khẩu-rất-mạnh-2026",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    from portal.core.models import User

    created = User.objects.get(username="canbo.moi")
    assert created.unit == unit
    assert created.position == "Chuyên viên"
    assert str(created) == "Nguyễn Văn An"
