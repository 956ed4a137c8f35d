"""Legal documents belong to the unit that maintains them (Điều 9), like procedures."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from portal.documents.tests.factories import make_document

pytestmark = pytest.mark.django_db


def _edit(pk: int) -> str:
    return reverse("wagtailsnippets_documents_legaldocument:edit", args=[pk])


def test_a_unit_clerk_opens_only_their_own_units_documents(client, unit_updater, unit, other_unit):
    """Repro: capnhat opened any document's edit form by its URL."""
    own = make_document(unit=unit)
    other = make_document(unit=other_unit, so_ky_hieu="99/QĐ-UBND")
    unowned = make_document(so_ky_hieu="98/QĐ-UBND")
    client.force_login(unit_updater)
    assert client.get(_edit(own.pk)).status_code == 200
    for document in (other, unowned):
        refused = client.get(_edit(document.pk))
        assert refused.status_code == 302 and refused["Location"] == "/quan-tri/"
    listing = client.get(reverse("wagtailsnippets_documents_legaldocument:list"))
    assert own.so_ky_hieu in listing.content.decode()
    assert "99/QĐ-UBND" not in listing.content.decode()


def test_a_unit_clerk_can_only_file_documents_under_their_unit(
    client, unit_updater, unit, other_unit
):
    client.force_login(unit_updater)
    page = client.get(reverse("wagtailsnippets_documents_legaldocument:add")).content.decode()
    choices = re.search(r'<select name="unit".*?</select>', page, re.S)[0]
    assert f'<option value="{other_unit.pk}"' not in choices
    assert f'<option value="{unit.pk}" selected>' in choices


def test_the_board_and_administrators_edit_every_units_documents(
    client, member, portal_admin, other_unit
):
    other = make_document(unit=other_unit)
    for user in (member, portal_admin):
        client.force_login(user)
        assert client.get(_edit(other.pk)).status_code == 200


def test_an_imported_document_is_maintained_by_the_unit_that_issued_it(unit):
    from portal.documents.importing import build_record

    record = build_record({"co_quan_ban_hanh": unit.name, "so_ky_hieu": "12/QĐ-UBND"})
    assert record.issuer == unit and record.unit == unit
    outside = build_record({"co_quan_ban_hanh": "Bộ Tư pháp", "so_ky_hieu": "1/TT-BTP"})
    assert outside.unit is None  # maintained by the board
