"""Every text is stored NFC (TCVN 6909:2001), whatever form it arrives in."""

from __future__ import annotations

import unicodedata

import pytest
from django.urls import reverse

from portal.core.models import Unit
from portal.news.models import ArticlePage

pytestmark = pytest.mark.django_db

NFC_NAME = "Phòng Tài nguyên và Môi trường huyện Krông Pắc"
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)


def test_the_input_really_is_decomposed():
    assert NFD_NAME != NFC_NAME
    assert not unicodedata.is_normalized("NFC", NFD_NAME)


def test_a_model_save_stores_nfc():
    unit = Unit.objects.create(code="tnmt", name=NFD_NAME, kind="phong_ban", address=NFD_NAME)
    stored = Unit.objects.get(pk=unit.pk)
    assert stored.name == NFC_NAME
    assert stored.address == NFC_NAME
    assert Unit.objects.filter(name=NFC_NAME).exists()


def test_an_article_stores_title_sapo_and_body_as_nfc(make_article):
    nfd_body = unicodedata.normalize("NFD", "<p>Quyết định của Ủy ban nhân dân</p>")
    page = make_article(
        title=unicodedata.normalize("NFD", "Đắk Lắk đón mùa cà phê"),
        sapo=NFD_NAME,
        body=[("paragraph", nfd_body)],
    )
    stored = ArticlePage.objects.get(pk=page.pk)
    assert stored.title == "Đắk Lắk đón mùa cà phê"
    assert stored.sapo == NFC_NAME
    assert "Quyết định của Ủy ban nhân dân" in str(stored.body[0].value)


def test_the_back_office_form_stores_nfc(client, portal_admin):
    client.force_login(portal_admin)
    response = client.post(
        reverse("wagtailsnippets_core_unit:add"),
        {"name": NFD_NAME, "code": "tnmt", "kind": "phong_ban", "is_active": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Unit.objects.get(code="tnmt").name == NFC_NAME
