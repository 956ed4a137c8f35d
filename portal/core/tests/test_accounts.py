"""Staff accounts: the unit is set on screen, and nobody grants more than they may."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from conftest import PASSWORD
from portal.core import roles
from portal.core.models import User

pytestmark = pytest.mark.django_db
STRONG = "Ea-Kly-mua-ca-phe-chin-47"


def _account_data(user: User | None = None, **overrides):
    data = {
        "username": user.username if user else "canbo_moi",
        "email": user.email if user else "canbo.moi@example.gov.vn",
        "first_name": "Hà",
        "last_name": "Nguyễn Thu",
        "is_active": "on",
        "password1": "" if user else STRONG,
        "password2": "" if user else STRONG,
    }
    data.update(overrides)
    return data


@pytest.fixture
def admin_client(client, portal_admin):
    client.force_login(portal_admin)
    return client


def test_the_create_and_edit_screens_set_the_unit(admin_client, unit, other_unit):
    page = admin_client.get("/quan-tri/users/new/").content.decode()
    assert 'name="unit"' in page and "Đơn vị công tác" in page
    updater = Group.objects.get(name=roles.UNIT_UPDATER)
    data = _account_data(unit=str(unit.pk), position="Chuyên viên", groups=[str(updater.pk)])
    assert admin_client.post("/quan-tri/users/new/", data).status_code == 302
    created = User.objects.get(username="canbo_moi")
    assert created.unit == unit and created.position == "Chuyên viên"
    assert list(created.groups.values_list("name", flat=True)) == [roles.UNIT_UPDATER]
    edit = f"/quan-tri/users/edit/{created.pk}/"
    assert 'name="unit"' in admin_client.get(edit).content.decode()
    data = _account_data(created, unit=str(other_unit.pk), groups=[str(updater.pk)])
    assert admin_client.post(edit, data).status_code == 302
    created.refresh_from_db()
    assert created.unit == other_unit


def test_the_users_list_shows_unit_and_role(admin_client, unit_updater):
    page = admin_client.get("/quan-tri/users/").content.decode()
    assert "Đơn vị" in page and "Vai trò" in page
    assert unit_updater.unit.name in page and roles.UNIT_UPDATER in page


def test_an_administrator_cannot_make_anyone_a_superuser(admin_client, unit_updater):
    """Repro: quantri ticked "Quản trị viên" on another account and made it a superuser."""
    updater = Group.objects.get(name=roles.UNIT_UPDATER)
    edit = f"/quan-tri/users/edit/{unit_updater.pk}/"
    assert 'name="is_superuser"' not in admin_client.get(edit).content.decode()
    data = _account_data(unit_updater, is_superuser="on", groups=[str(updater.pk)])
    admin_client.post(edit, data)
    unit_updater.refresh_from_db()
    assert not unit_updater.is_superuser


def test_an_administrator_cannot_grant_the_administrators_role(admin_client, unit_updater):
    admins = Group.objects.get(name=roles.ADMIN)
    edit = f"/quan-tri/users/edit/{unit_updater.pk}/"
    response = admin_client.post(edit, _account_data(unit_updater, groups=[str(admins.pk)]))
    assert response.status_code == 200  # the form refuses the choice
    assert not unit_updater.groups.filter(name=roles.ADMIN).exists()
    response = admin_client.post(
        "/quan-tri/users/new/", _account_data(groups=[str(admins.pk)], is_superuser="on")
    )
    assert not User.objects.filter(username="canbo_moi").exists()


def test_superuser_and_administrator_accounts_are_out_of_an_administrators_reach(
    admin_client, make_user
):
    boss = User.objects.create_superuser("sieuquantri", "boss@example.gov.vn", PASSWORD)
    colleague = make_user("quantri2", roles.ADMIN)
    for account in (boss, colleague):
        edit = f"/quan-tri/users/edit/{account.pk}/"
        refused = admin_client.get(edit)
        assert refused.status_code == 302 and refused["Location"] == "/quan-tri/"
        admin_client.post(edit, _account_data(account, password1=STRONG, password2=STRONG))
        account.refresh_from_db()
        assert account.check_password(PASSWORD)  # nobody took the account over


def test_an_administrator_editing_their_own_account_keeps_their_role(admin_client, portal_admin):
    edit = f"/quan-tri/users/edit/{portal_admin.pk}/"
    assert admin_client.get(edit).status_code == 200
    admin_client.post(edit, _account_data(portal_admin, groups=[]))
    assert portal_admin.groups.filter(name=roles.ADMIN).exists()


def test_bulk_role_assignment_follows_the_same_rules(admin_client, unit_updater):
    admins = Group.objects.get(name=roles.ADMIN)
    url = f"/quan-tri/bulk/core/user/assign_role/?id={unit_updater.pk}"
    response = admin_client.post(url, {"role": str(admins.pk)})
    assert response.status_code == 302 and response["Location"] == "/quan-tri/"
    assert not unit_updater.groups.filter(name=roles.ADMIN).exists()
    head = Group.objects.get(name=roles.UNIT_HEAD)
    admin_client.post(url, {"role": str(head.pk)})
    assert unit_updater.groups.filter(name=roles.UNIT_HEAD).exists()


def test_a_superuser_grants_anything(client, unit_updater):
    boss = User.objects.create_superuser("sieuquantri", "boss@example.gov.vn", PASSWORD)
    client.force_login(boss)
    admins = Group.objects.get(name=roles.ADMIN)
    edit = f"/quan-tri/users/edit/{unit_updater.pk}/"
    data = _account_data(unit_updater, groups=[str(admins.pk)], is_superuser="on")
    assert client.post(edit, data).status_code == 302
    unit_updater.refresh_from_db()
    assert unit_updater.is_superuser and unit_updater.groups.filter(name=roles.ADMIN).exists()


@pytest.mark.parametrize("role", [r for r in roles.ALL if r != roles.ADMIN])
def test_other_roles_have_no_account_or_group_screens(client, make_user, role):
    user = make_user("nguoidung", role)
    client.force_login(user)
    for url in ("/quan-tri/users/", "/quan-tri/users/new/", "/quan-tri/groups/"):
        assert client.get(url).status_code in {302, 403}, url
