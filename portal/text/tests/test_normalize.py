from __future__ import annotations

import unicodedata
from typing import NamedTuple

from portal.text import nfc, nfc_deep

NFC_TEXT = "Quyết định số 12/QĐ-UBND"
NFD_TEXT = unicodedata.normalize("NFD", NFC_TEXT)


class Row(NamedTuple):
    title: str
    year: int


def test_the_nfd_fixture_really_differs_from_nfc():
    assert NFD_TEXT != NFC_TEXT


def test_nfc_composes_nfd_text():
    assert nfc(NFD_TEXT) == NFC_TEXT
    assert unicodedata.is_normalized("NFC", nfc(NFD_TEXT))


def test_nfc_composes_mixed_precomposed_and_combining_text():
    assert nfc("Quy\u00ea\u0301t") == "Quyết"


def test_nfc_returns_non_strings_unchanged():
    payload = b"Quy\xe1\xba\xbft"
    assert nfc(None) is None
    assert nfc(42) == 42
    assert nfc(payload) is payload


def test_nfc_deep_normalises_keys_and_values_in_nested_containers():
    value = {NFD_TEXT: [NFD_TEXT, (NFD_TEXT, 1)], "n": {"k": NFD_TEXT}}
    assert nfc_deep(value) == {
        NFC_TEXT: [NFC_TEXT, (NFC_TEXT, 1)],
        "n": {"k": NFC_TEXT},
    }


def test_nfc_deep_keeps_container_types():
    result = nfc_deep([(NFD_TEXT,), [NFD_TEXT], {NFD_TEXT: NFD_TEXT}])
    assert [type(item) for item in result] == [tuple, list, dict]


def test_nfc_deep_keeps_named_tuples():
    result = nfc_deep(Row(NFD_TEXT, 2024))
    assert isinstance(result, Row)
    assert result == Row(NFC_TEXT, 2024)


def test_nfc_deep_leaves_other_types_untouched():
    payload = b"bytes"
    items = {NFD_TEXT}
    result = nfc_deep([None, 3, 2.5, True, payload, items])
    assert result == [None, 3, 2.5, True, payload, items]
    assert result[4] is payload
    assert result[5] is items


def test_nfc_deep_does_not_mutate_its_input():
    value = {"k": [NFD_TEXT]}
    nfc_deep(value)
    assert value == {"k": [NFD_TEXT]}


def test_nfc_deep_normalises_a_bare_string():
    assert nfc_deep(NFD_TEXT) == NFC_TEXT
