"""Staff passwords built on a common word, a keyboard walk or the site's own name are refused."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest
from django.contrib.auth.password_validation import (
    password_validators_help_texts,
    validate_password,
)
from django.core.exceptions import ValidationError
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.core.passwords import CommonBaseValidator, password_base

pytestmark = pytest.mark.django_db

DEMO_NAMES = {
    "government_name": "Ủy ban nhân dân huyện Krông Pắc",
    "portal_name": "Trang thông tin điện tử huyện Krông Pắc",
    "place": "Krông Pắc",
    "province": "tỉnh Đắk Lắk",
}

# Refused by the new validator; each passes the length, numeric and character-class rules.
REFUSED = {
    "Krongpac2026": "password_site_name",
    "Abcdefgh1234": "password_sequence",
    "Krongpac@2026": "password_site_name",
    "KrongPac@2026": "password_site_name",
    "Krông-Pắc-2026!": "password_site_name",
    "Kr0ngp@c20262026": "password_site_name",
    "2026Daklak2026!": "password_site_name",
    "Krongpac@Daklak": "password_site_name",
    "AdminKrongpac2026": "password_site_name",
    "abcdefgh1234": "password_sequence",
    "Qwerty123456": "password_sequence",
    "1qaz2wsx3edc!": "password_sequence",
    "Aaaaaaaa1111": "password_sequence",
    "abcd1234efgh": "password_sequence",
    "Matkhau2026!": "password_common_base",
    "Mật-khẩu@2026": "password_common_base",
    "Anhyeuem123456": "password_common_base",
    "P@ssw0rd20262026": "password_common_base",
    "Iloveyou2026@@": "password_common_base",
    "Quantri@2026": "password_common_base",
}

ACCEPTED = [
    "x9$Kp2#m7Qw!Lz",
    "Tq7-vLm2-Rz8k",
    "Cà-phê-Buôn-Ma-Thuột-2026",
    "Mật-khẩu-rất-mạnh-2026",
    "Krongpac-mùa-cà-phê-chín",
    "gT4!hoa-Vx92-Lan",
]


@pytest.fixture
def demo_settings() -> PortalSettings:
    site = Site.objects.get(is_default_site=True)
    portal_settings = PortalSettings.for_site(site)
    for field, value in DEMO_NAMES.items():
        setattr(portal_settings, field, value)
    portal_settings.save()
    return portal_settings


def _codes(password: str, user: Any = None) -> list[str]:
    try:
        validate_password(password, user)
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


@pytest.mark.parametrize(("password", "code"), REFUSED.items())
def test_it_refuses_passwords_built_on_a_guessable_base(demo_settings, password, code):
    with pytest.raises(ValidationError) as caught:
        CommonBaseValidator().validate(password)
    assert caught.value.code == code


@pytest.mark.parametrize(("password", "code"), REFUSED.items())
def test_validate_password_refuses_them_through_the_settings(demo_settings, member, password, code):
    assert code in _codes(password, member)


@pytest.mark.parametrize("password", ACCEPTED)
def test_it_accepts_strong_passwords(demo_settings, member, password):
    validate_password(password, member)


def test_it_strips_digits_years_and_symbols_around_the_base():
    assert password_base("Krongpac2026!") == "krongpac"
    assert password_base("KrongPac@2026") == "krongpac"
    assert password_base("2026@@Đắk Lắk!!") == "dak lak"


def test_the_site_name_comes_from_the_portal_settings(demo_settings):
    validator = CommonBaseValidator()
    validator.validate("Cumgar@2026x")

    demo_settings.place = "Cư M'gar"
    demo_settings.save()

    with pytest.raises(ValidationError) as caught:
        validator.validate("Cumgar@2026x")
    assert caught.value.code == "password_site_name"


def test_significant_words_of_the_names_are_refused(demo_settings):
    demo_settings.government_name = "Ủy ban nhân dân thị xã Buôn Hồ"
    demo_settings.save()
    validator = CommonBaseValidator()
    for password in ("Buonho2026!!", "Nhandan@2026", "Thixabuonho1"):
        with pytest.raises(ValidationError):
            validator.validate(password)


def test_it_reads_the_wagtail_site_name(settings):
    validator = CommonBaseValidator()
    validator.validate("Eakar-2026-!!")
    settings.WAGTAIL_SITE_NAME = "Cổng thông tin điện tử huyện Ea Kar"
    with pytest.raises(ValidationError):
        validator.validate("Eakar-2026-!!")


def test_it_works_without_a_default_site(settings):
    Site.objects.update(is_default_site=False)
    settings.WAGTAIL_SITE_NAME = "Cổng thông tin điện tử huyện Krông Pắc"
    with pytest.raises(ValidationError):
        CommonBaseValidator().validate("Krongpac2026")
    CommonBaseValidator().validate("x9$Kp2#m7Qw!Lz")


def test_checking_a_password_does_not_create_settings():
    CommonBaseValidator().validate("x9$Kp2#m7Qw!Lz")
    assert not PortalSettings.objects.exists()


def test_messages_and_help_text_are_in_vietnamese(demo_settings):
    expected = {
        "Krongpac2026": "tên cơ quan, tên cổng thông tin hoặc địa danh",
        "Abcdefgh1234": "dãy ký tự dễ đoán",
        "Matkhau2026!": "mật khẩu hoặc từ quá phổ biến",
    }
    for password, words in expected.items():
        with pytest.raises(ValidationError) as caught:
            CommonBaseValidator().validate(password)
        assert words in caught.value.messages[0]
    help_text = CommonBaseValidator().get_help_text()
    assert "dãy phím" in help_text
    assert "tên cơ quan, cổng thông tin, địa danh" in help_text
    assert help_text in password_validators_help_texts()


def _seed_demo_style_password(index: int) -> str:
    """The format of `seed_demo`: token_urlsafe(9), "-Vn" and two digits (deterministic)."""
    digest = hashlib.sha256(f"seed-demo-{index}".encode()).digest()
    token = base64.urlsafe_b64encode(digest[:9]).decode()
    return f"{token}-Vn{digest[9] % 90 + 10}"


def test_seed_demo_style_passwords_pass(demo_settings, member):
    for index in range(300):
        validate_password(_seed_demo_style_password(index), member)
