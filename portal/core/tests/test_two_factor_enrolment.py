"""Enrolling a second factor: a password alone only for a new account's first enrolment;
afterwards a one-time code from an administrator, and every enrolment is logged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry, Site

from portal.core.models import EnrolmentCode, PortalSettings

pytestmark = pytest.mark.django_db
SETUP = "/quan-tri/xac-thuc-hai-buoc/thiet-lap/"


def _token(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


@pytest.fixture(autouse=True)
def mandatory_2fa() -> None:
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.require_staff_2fa = True
    settings.save()


def _enrol(client) -> TOTPDevice:
    client.get(SETUP)
    device = TOTPDevice.objects.filter(confirmed=False).latest("pk")
    response = client.post(SETUP, {"token": _token(device)})
    assert response.status_code == 302 and response["Location"] == "/quan-tri/"
    device.refresh_from_db()
    return device


def test_a_new_account_enrols_with_its_password_in_its_first_days(client, member):
    client.force_login(member)
    device = _enrol(client)
    assert device.confirmed
    member.refresh_from_db()
    assert member.two_factor_enrolled_at is not None
    entry = ModelLogEntry.objects.get(action="portal.two_factor.enrol")
    assert entry.data == {"with_code": False}


def test_an_older_account_needs_an_administrators_code(client, member):
    """Repro: whoever held the password enrolled the second factor before its owner."""
    member.date_joined = timezone.now() - timedelta(days=30)
    member.save()
    client.force_login(member)
    page = client.get(SETUP).content.decode()
    assert "Mã thiết lập do quản trị viên cấp" in page and "two-factor-qr" not in page
    assert not TOTPDevice.objects.filter(user=member).exists()
    wrong = client.post(SETUP, {"enrolment_code": "AAAAAA-BBBBBB-CCCCCC"})
    assert "không đúng, đã dùng hoặc đã hết hạn" in wrong.content.decode()


def test_a_lost_phone_is_replaced_with_a_code_issued_by_an_administrator(
    client, member, portal_admin
):
    old = TOTPDevice.objects.create(user=member, name="TOTP", confirmed=True)
    member.two_factor_enrolled_at = timezone.now() - timedelta(days=90)
    member.save()
    admin = client
    admin.force_login(portal_admin)
    issue = reverse("two_factor_issue_code", args=[member.pk])
    TOTPDevice.objects.create(user=portal_admin, name="TOTP", confirmed=True)
    assert admin.get(issue).status_code == 302  # the administrator must pass 2FA first
    session = admin.session
    from django_otp import DEVICE_ID_SESSION_KEY

    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=portal_admin).persistent_id
    session.save()
    page = admin.post(issue).content.decode()
    code = page.split('data-testid="enrolment-code"')[1].split(">")[1].split("<")[0]
    assert ModelLogEntry.objects.filter(action="portal.two_factor.code_issued").count() == 1
    admin.logout()

    client.force_login(member)
    assert client.get("/quan-tri/").status_code == 302  # asked for the old phone's code
    assert client.post(SETUP, {"enrolment_code": code}).status_code == 302
    new = _enrol(client)
    assert list(TOTPDevice.objects.filter(user=member)) == [new]  # the lost phone no longer works
    assert not TOTPDevice.objects.filter(pk=old.pk).exists()
    assert EnrolmentCode.objects.get().used_at is not None
    client.logout()
    client.force_login(member)
    assert client.post(SETUP, {"enrolment_code": code}).status_code == 200  # used once only


def test_only_administrators_issue_codes_and_never_to_themselves(
    client, member, unit_updater, portal_admin
):
    client.force_login(unit_updater)
    assert client.post(reverse("two_factor_issue_code", args=[member.pk])).status_code in {
        302,
        403,
    }
    assert not EnrolmentCode.objects.exists()
    client.force_login(portal_admin)
    assert client.post(reverse("two_factor_issue_code", args=[portal_admin.pk])).status_code in {
        302,
        403,
    }
    assert not EnrolmentCode.objects.exists()


def test_the_command_issues_a_code_for_the_last_administrator(member):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("issue_enrolment_code", member.username, stdout=out)
    code = out.getvalue().split(": ")[1].split(" ")[0]
    assert EnrolmentCode.find(member, code) is not None
