"""Compare parsed metadata with hand-read ground truth (rule of the corpus README).

NFC-normalise, collapse whitespace, and compare ``trich_yeu`` and ``chuc_vu_ky``
case-insensitively; lists are compared item by item, in order.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from portal.documents.parsing.extract import FIELDS
from portal.documents.parsing.vntext import collapse

CASE_INSENSITIVE = frozenset({"trich_yeu", "chuc_vu_ky"})


def normalise(field: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [normalise(field, item) for item in value]
    text = collapse(unicodedata.normalize("NFC", str(value)))
    return text.casefold() if field in CASE_INSENSITIVE else text


def field_matches(field: str, expected: Any, got: Any) -> bool:
    return normalise(field, expected) == normalise(field, got)


def compare(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, bool]:
    """Per-field verdict for one document."""
    return {field: field_matches(field, expected.get(field), got.get(field)) for field in FIELDS}


def corpus_pairs(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(text file, ground truth) pairs of a corpus folder (``NN.txt`` + ``NN.json``)."""
    pairs = []
    for text_path in sorted(folder.glob("*.txt")):
        truth = text_path.with_suffix(".json")
        if truth.exists():
            pairs.append((text_path, json.loads(truth.read_text(encoding="utf-8"))))
    return pairs
