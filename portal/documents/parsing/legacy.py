"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI-Windows) to Unicode NFC.

Text typed in a ``.VnTime`` or ``VNI-Times`` font reaches us as the Windows-1252 /
Latin-1 reading of the font bytes (``QuyÕt ®Þnh``, ``Quyeát ñònh``), so the tables map
characters, not bytes.

* TCVN3 (TCVN 5712:1993 VN3): one character per letter. The 74 entries below are the
  0xA1-0xFF slots of glibc's ``TCVN5712-1`` charmap restricted to what VN3 keeps (the 67
  lowercase letters and the uppercase bases Ă Â Ê Ô Ơ Ư Đ). Uppercase toned letters do not
  exist: headings use the lowercase codes in an "H" font (``.VnTimeH``), hence
  ``uppercase=True``. Trap: ``ư`` is 0xAD, i.e. U+00AD SOFT HYPHEN; never strip invisible
  characters before converting.
* VNI: a base letter followed by a mark character (``ấ`` = ``a`` + ``á``); ơ ư đ ỉ ĩ ị ỵ are
  single characters. The table is generated from the composition rules (same as xvnkb).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

TCVN3 = "tcvn3"
VNI = "vni"

_TCVN3_CODES = "¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ"
_TCVN3_LETTERS = "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"

# Tone order used by the VNI tables: none, acute, grave, hook, tilde, dot below.
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_VNI_TONE_MARKS = ("", "ù", "ø", "û", "õ", "ï")
_VNI_CIRCUMFLEX_MARKS = ("â", "á", "à", "å", "ã", "ä")
_VNI_BREVE_MARKS = ("ê", "é", "è", "ú", "ü", "ë")
# Unicode base letter -> (VNI base character, mark series)
_VNI_SERIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "a": ("a", _VNI_TONE_MARKS),
    "â": ("a", _VNI_CIRCUMFLEX_MARKS),
    "ă": ("a", _VNI_BREVE_MARKS),
    "e": ("e", _VNI_TONE_MARKS),
    "ê": ("e", _VNI_CIRCUMFLEX_MARKS),
    "o": ("o", _VNI_TONE_MARKS),
    "ô": ("o", _VNI_CIRCUMFLEX_MARKS),
    "ơ": ("ô", _VNI_TONE_MARKS),
    "u": ("u", _VNI_TONE_MARKS),
    "ư": ("ö", _VNI_TONE_MARKS),
    "y": ("y", _VNI_TONE_MARKS[:5] + ("î",)),
}
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")

# Characters that never occur in Unicode Vietnamese text but are frequent in legacy text.
_TCVN3_STRONG = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾")
_VNI_MARK_CLASS = "øûïåäëüØÛÏÅÄËÜ"  # marks that no Unicode Vietnamese (or French) letter uses
_VNI_PAIR = re.compile(f"[aeouyAEOUYôöÔÖ][{_VNI_MARK_CLASS}]")


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


@cache
def vietnamese_letters() -> tuple[str, ...]:
    """The 134 Vietnamese letters with diacritics (67 lowercase + 67 uppercase), NFC."""
    lower: list[str] = []
    for base in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        lower.extend(_compose(base, tone) for tone in _TONES)
    lower = [c for c in lower if c not in "aeiouy"] + ["đ"]
    return tuple(lower + [c.upper() for c in lower])


@cache
def _vni_encode_table() -> dict[str, str]:
    table: dict[str, str] = {"đ": "ñ"}
    for base, (vni_base, marks) in _VNI_SERIES.items():
        for tone, mark in zip(_TONES, marks, strict=True):
            table[_compose(base, tone)] = mark if mark == "î" else vni_base + mark
    for tone, code in zip(_TONES, _VNI_I, strict=True):
        table[_compose("i", tone)] = code
    upper = {uni.upper(): code.upper() for uni, code in table.items()}
    table.update(upper)
    return {uni: code for uni, code in table.items() if uni != code}


@cache
def _vni_decoder() -> tuple[re.Pattern[str], dict[str, str]]:
    decode = {code: uni for uni, code in _vni_encode_table().items()}
    keys = sorted(decode, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys)), decode


@cache
def _tcvn3_tables() -> tuple[dict[int, str], dict[int, str]]:
    decode = {ord(code): uni for code, uni in zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True)}
    encode = {ord(uni): code for code, uni in zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True)}
    for letter in vietnamese_letters():
        lower = letter.lower()
        if ord(letter) not in encode and ord(lower) in encode:
            encode[ord(letter)] = encode[ord(lower)]  # "H" font style: lowercase code
    return decode, encode


@cache
def unicode_only_letters() -> frozenset[str]:
    """Vietnamese letters outside Latin-1: proof that a text is already Unicode."""
    return frozenset(c for c in vietnamese_letters() if ord(c) > 0xFF)


@cache
def _legacy_only() -> frozenset[str]:
    """Characters of the legacy tables that are not Vietnamese Unicode letters."""
    letters = set(vietnamese_letters())
    vni_chars = {ch for code in _vni_encode_table().values() for ch in code}
    return frozenset((set(_TCVN3_CODES) | vni_chars) - letters - set("aeiouyAEIOUY"))


def detect_legacy(text: str) -> str | None:
    """Return ``"tcvn3"`` or ``"vni"`` when ``text`` looks like legacy-encoded Vietnamese.

    Conservative: proper Unicode Vietnamese (any amount of ơ, ư, đ, ạ …) is never
    reported, nor are German or Spanish words with ö, ü, ñ.
    """
    legacy_only = _legacy_only()
    unicode_only = unicode_only_letters()
    evidence = strong = native = 0
    for ch in text:
        if ch in legacy_only:
            evidence += 1
            strong += ch in _TCVN3_STRONG
        elif ch in unicode_only:
            native += 1
    if evidence < 2 or native * 2 >= evidence:
        return None
    if strong and strong * 10 >= evidence:
        return TCVN3
    if len(_VNI_PAIR.findall(text)) >= 2:
        return VNI
    return None


def convert_legacy(text: str, encoding: str, *, uppercase: bool = False) -> str:
    """Convert TCVN3 or VNI text (as Latin-1 characters) to Unicode NFC.

    ``uppercase`` is for TCVN3 "H" fonts (``.VnTimeH``) that show lowercase codes as
    capitals. Characters outside the tables are kept as they are.
    """
    if encoding == TCVN3:
        decode, _encode = _tcvn3_tables()
        result = text.translate(decode)
        if uppercase:
            result = result.upper()
    elif encoding == VNI:
        pattern, decode_vni = _vni_decoder()
        result = pattern.sub(lambda m: decode_vni[m.group(0)], text)
    else:
        raise ValueError(f"Bảng mã không hỗ trợ: {encoding}")
    return unicodedata.normalize("NFC", result)


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode to TCVN3 or VNI (as Latin-1 characters); used to build test data.

    TCVN3 has no uppercase toned letters: they get the lowercase code, as in "H" fonts.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        return text.translate(_tcvn3_tables()[1])
    if encoding == VNI:
        table = _vni_encode_table()
        return "".join(table.get(ch, ch) for ch in text)
    raise ValueError(f"Bảng mã không hỗ trợ: {encoding}")


def legacy_font_encoding(font_name: str | None) -> tuple[str | None, bool]:
    """Encoding implied by a font name and whether it is an uppercase ("H") font.

    ``.VnTime``, ``.VnArial``, ``.VnTimeH`` … are TCVN3; ``VNI-Times``, ``VNI-Helve`` … VNI.
    """
    if not font_name:
        return None, False
    name = font_name.strip()
    lowered = name.lower()
    if lowered.startswith(".vn") or lowered.startswith("vn3"):
        return TCVN3, name.endswith("H")
    if lowered.startswith("vni-") or lowered.startswith("vni "):
        return VNI, False
    return None, False
