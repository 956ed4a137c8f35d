"""Vietnamese text utilities: NFC normalisation, folding, collation, slugs."""

from __future__ import annotations

from portal.text.fold import fold, search_key
from portal.text.normalize import nfc, nfc_deep
from portal.text.slugs import vi_slugify
from portal.text.sorting import sort_key, vi_collate

__all__ = [
    "fold",
    "nfc",
    "nfc_deep",
    "search_key",
    "sort_key",
    "vi_collate",
    "vi_slugify",
]
