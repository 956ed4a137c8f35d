"""Security baseline: lock-out, password strength, TOTP for staff, headers."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Site

from conftest import PASSWORD
from portal.core.models import PortalSettings

pytestmark = pytest.mark.django_db

LOGIN = "/quan-tri/login/"


def _token(device: TOTPDevice) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def test_repeated_failed_logins_lock_the_account(client, member):
    for _attempt in range(5):
        client.post(LOGIN, {"username": member.username, "password": "sai-mat-khau"})
        assert "_auth_user_id" not in client.session
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "tạm thời bị khóa" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_correct_login_works_before_the_limit(client, member):
    client.post(LOGIN, {"username": member.username, "password": "sai-mat-khau"})
    response = client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


@pytest.mark.parametrize("password", ["abc", "12345678901234", "matkhaumatkhau", "password123456"])
def test_weak_passwords_are_refused(password, member):
    with pytest.raises(ValidationError):
        validate_password(password, member)


def test_a_strong_password_is_accepted(member):
    validate_password("Cà-phê-Buôn-Ma-Thuột-2026", member)


def _require_2fa() -> None:
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.require_staff_2fa = True
    settings.save()


def test_staff_without_a_device_must_set_one_up_when_required(client, member):
    _require_2fa()
    client.force_login(member)
    response = client.get("/quan-tri/")
    assert response.status_code == 302
    assert response["Location"] == reverse("two_factor_setup")


def test_staff_may_work_without_2fa_when_not_required(client, member):
    client.force_login(member)
    assert client.get("/quan-tri/").status_code == 200


def test_setting_up_a_device_with_a_valid_code_opens_the_back_office(client, member):
    _require_2fa()
    client.force_login(member)
    page = client.get(reverse("two_factor_setup"))
    assert "<svg" in page.content.decode()
    device = TOTPDevice.objects.get(user=member, confirmed=False)
    response = client.post(reverse("two_factor_setup"), {"token": _token(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/quan-tri/").status_code == 200


def test_a_wrong_code_is_refused_with_a_vietnamese_message(client, member):
    device = TOTPDevice.objects.create(user=member, name="TOTP", confirmed=True)
    client.force_login(member)
    wrong = "000000" if _token(device) != "000000" else "111111"
    response = client.post(reverse("two_factor_verify"), {"token": wrong})
    assert response.status_code == 200
    assert "không đúng" in response.content.decode()
    assert client.get("/quan-tri/").status_code == 302


def test_staff_with_a_device_must_enter_a_code_after_login(client, member):
    device = TOTPDevice.objects.create(user=member, name="TOTP", confirmed=True)
    client.post(LOGIN, {"username": member.username, "password": PASSWORD})
    response = client.get("/quan-tri/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_verify"))
    bad = client.post(reverse("two_factor_verify"), {"token": "12"})
    assert "6 chữ số" in bad.content.decode()
    response = client.post(
        reverse("two_factor_verify"), {"token": _token(device), "next": "/quan-tri/"}
    )
    assert response["Location"] == "/quan-tri/"
    assert client.get("/quan-tri/").status_code == 200


def test_the_verify_step_does_not_redirect_off_site(client, member):
    device = TOTPDevice.objects.create(user=member, name="TOTP", confirmed=True)
    client.force_login(member)
    response = client.post(
        reverse("two_factor_verify"), {"token": _token(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/quan-tri/"


@pytest.mark.parametrize("url", ["/", "/tin-tuc/", "/khong-ton-tai/", "/robots.txt"])
def test_public_responses_carry_a_csp_without_inline_scripts(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_back_office_also_sends_a_policy(client):
    policy = client.get("/quan-tri/login/")["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy


def test_an_administrator_can_make_2fa_mandatory_on_the_settings_screen(client, portal_admin):
    client.force_login(portal_admin)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "portalsettings", site.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert "bắt buộc xác thực hai bước" in form.content.decode().lower()
