"""Small Vietnamese text helpers shared by the parser modules."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_WS = re.compile(r"\s+")
_OLD_TONE = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])(?!\w)")
_WORD_START = re.compile(r"(^|[\s\-(\"“'])(\w)")


def collapse(text: str) -> str:
    """Collapse whitespace runs to one space and strip."""
    return _WS.sub(" ", text).strip()


@cache
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
    for block in ranges:
        for code in block:
            ch = chr(code)
            base = unicodedata.normalize("NFD", ch)[0].lower()
            if len(base) == 1 and base != ch:
                table[code] = base
    for ch in "đĐðÐ":
        table[ord(ch)] = "d"
    table[0x01CE] = "a"  # "ǎ", emitted by old fonts for "ă"
    return table


def fold_same_length(text: str) -> str:
    """Strip diacritics and lowercase, one output character per input character.

    Offsets in the folded string are offsets in the original, so regexes can run on the
    folded text and slice the original.
    """
    return text.translate(_fold_table())


def is_upper_token(token: str) -> bool:
    """True for a token whose letters are all capitals (``TM.``, ``ĐMDN``, ``HUYỆN,``)."""
    return token.isupper()


def mostly_upper(text: str, share: float = 0.8) -> bool:
    """True when at least ``share`` of the cased letters are capitals (and there are some)."""
    letters = [c for c in text if c.isalpha() and (c.isupper() or c.islower())]
    if not letters:
        return False
    return sum(c.isupper() for c in letters) >= share * len(letters)


def modern_tone(text: str) -> str:
    """Move old-style tones to the first vowel of open oa/oe/uy syllables (hoà → hòa, Uỷ → Ủy)."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_TONE.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], decomposed)
    return unicodedata.normalize("NFC", moved)


def title_words(text: str) -> str:
    """Capitalise every word of an uppercase proper name (``PHAN RANG-THÁP CHÀM``)."""
    lowered = text.lower()
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)


def capitalize_first(text: str) -> str:
    """Uppercase the first letter only."""
    for index, ch in enumerate(text):
        if ch.isalpha():
            return text[:index] + ch.upper() + text[index + 1 :]
    return text


def strip_combining_runs(text: str) -> str:
    """Drop combining marks detached from their letters (PDF layers put them after a space)."""
    return re.sub(r"[ \t]*(?<=\s)[\u0300-\u036f]+", "", text)


def has_detached_marks(text: str) -> bool:
    return re.search(r"(?:^|\s)[\u0300-\u036f]", text) is not None
