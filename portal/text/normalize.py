"""Unicode NFC normalisation helpers for Vietnamese text.

Vietnamese text arriving from macOS file names, Word documents or some input
methods is often decomposed (NFD) or mixed; it must be stored as NFC so that
equality, ``LIKE`` and regex searches behave.
"""

from __future__ import annotations

import unicodedata


def nfc(value: str) -> str:
    """Return ``value`` in Unicode NFC form; non-strings are returned unchanged."""
    if not isinstance(value, str):
        return value
    return unicodedata.normalize("NFC", value)


def nfc_deep(value: object) -> object:
    """NFC-normalise every string inside nested dicts, lists and tuples.

    Dict keys are normalised too. Containers are rebuilt as plain ``dict`` and
    ``list``; tuples (including named tuples) keep their type. Other values are
    returned unchanged.
    """
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc_deep(k): nfc_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfc_deep(item) for item in value]
    if isinstance(value, tuple):
        return _rebuild_tuple(value, [nfc_deep(item) for item in value])
    return value


def _rebuild_tuple(original: tuple, items: list[object]) -> tuple:
    """Build a tuple of the same type as ``original`` from ``items``."""
    if hasattr(original, "_fields"):  # named tuple
        return type(original)(*items)
    return tuple(items)
