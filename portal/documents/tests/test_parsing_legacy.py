"""Legacy encodings TCVN3 (ABC) and VNI: tables, detection, and never touching Unicode."""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

import pytest

from portal.documents.parsing import convert_legacy, detect_legacy, encode_legacy
from portal.documents.parsing.legacy import legacy_font_encoding, vietnamese_letters

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
GLIBC_TCVN = Path("/usr/share/i18n/charmaps/TCVN5712-1.gz")

TCVN3_SAMPLES = [
    ("QuyÕt ®Þnh", "Quyết định"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("C¨n cø NghÞ ®Þnh sè 15/2020/N§-CP", "Căn cứ Nghị định số 15/2020/NĐ-CP"),
    ("Hµ Néi, ngµy 15 th¸ng 3 n¨m 2004", "Hà Nội, ngày 15 tháng 3 năm 2004"),
    ("M\u00adêng Kh\u00ad¬ng", "Mường Khương"),
]
VNI_SAMPLES = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Quyeát ñònh", "Quyết định"),
]


def test_there_are_134_vietnamese_letters_half_of_them_uppercase() -> None:
    letters = vietnamese_letters()
    assert len(letters) == len(set(letters)) == 134
    assert sum(ch.isupper() for ch in letters) == 67


def test_every_lowercase_letter_and_the_seven_uppercase_bases_round_trip_through_tcvn3() -> None:
    for letter in vietnamese_letters():
        encoded = encode_legacy(letter, "tcvn3")
        assert len(encoded) == 1 and ord(encoded) <= 0xFF
        if letter.islower() or letter in "ĂÂÊÔƠƯĐ":
            assert convert_legacy(encoded, "tcvn3") == letter


def test_uppercase_toned_letters_round_trip_through_the_tcvn3_uppercase_font() -> None:
    for letter in vietnamese_letters():
        encoded = encode_legacy(letter, "tcvn3")
        assert convert_legacy(encoded, "tcvn3", uppercase=True) == letter.upper()


def test_all_134_letters_round_trip_through_vni() -> None:
    for letter in vietnamese_letters():
        encoded = encode_legacy(letter, "vni")
        assert all(ord(ch) <= 0xFF for ch in encoded)
        assert convert_legacy(encoded, "vni") == letter
    text = " ".join(vietnamese_letters())
    assert convert_legacy(encode_legacy(text, "vni"), "vni") == text


@pytest.mark.parametrize(("legacy", "unicode"), TCVN3_SAMPLES)
def test_tcvn3_reference_strings_convert_to_unicode(legacy: str, unicode: str) -> None:
    assert convert_legacy(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(("legacy", "unicode"), VNI_SAMPLES)
def test_vni_reference_strings_convert_to_unicode(legacy: str, unicode: str) -> None:
    assert convert_legacy(legacy, "vni") == unicode


def test_the_tcvn3_soft_hyphen_is_the_letter_u_horn() -> None:
    assert convert_legacy("Tr\u00adêng", "tcvn3") == "Trường"


def test_tcvn3_table_agrees_with_glibc_where_present() -> None:
    if not GLIBC_TCVN.exists():
        pytest.skip("glibc charmap TCVN5712-1 is not installed on this machine")
    for line in gzip.open(GLIBC_TCVN, "rt", encoding="ascii", errors="replace"):
        parts = line.split()
        if len(parts) < 2 or not parts[0].startswith("<U") or len(parts[1]) != 4:
            continue
        byte = int(parts[1][2:], 16)
        char = chr(int(parts[0][2:-1], 16))
        if byte >= 0xA1 and char in vietnamese_letters() and (char.islower() or char in "ĂÂÊÔƠƯĐ"):
            assert convert_legacy(chr(byte), "tcvn3") == char


def test_a_whole_tcvn3_document_is_detected_as_tcvn3() -> None:
    text = "\n".join(legacy for legacy, _ in TCVN3_SAMPLES)
    assert detect_legacy(text) == "tcvn3"
    unicode = encode_legacy("Ủy ban nhân dân huyện Krông Pắc quyết định", "tcvn3")
    assert detect_legacy(unicode) == "tcvn3"


def test_a_whole_vni_document_is_detected_as_vni() -> None:
    text = encode_legacy("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6", "vni")
    assert detect_legacy(text) == "vni"


def test_unicode_vietnamese_and_other_languages_are_not_reported_as_legacy() -> None:
    assert detect_legacy("Ủy ban nhân dân huyện Krông Pắc; Hoà Bình; thuỷ lợi") is None
    assert detect_legacy("Größe über Mädchen; año señor; où est-il") is None
    assert detect_legacy("QuyÕt") is None  # too short to be sure: left alone


def test_no_corpus_text_is_detected_or_altered_by_the_legacy_converters() -> None:
    folder = CORPUS / "demo"
    if not folder.is_dir():
        pytest.skip(f"corpus folder {folder} is absent (shared/ is beside the repository)")
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert detect_legacy(text) is None, path.name
        assert detect_legacy(unicodedata.normalize("NFC", text)) is None, path.name


def test_font_names_tell_the_legacy_encoding() -> None:
    assert legacy_font_encoding(".VnTime") == ("tcvn3", False)
    assert legacy_font_encoding(".VnTimeH") == ("tcvn3", True)
    assert legacy_font_encoding(".VnArial NarrowH") == ("tcvn3", True)
    assert legacy_font_encoding("VNI-Times") == ("vni", False)
    assert legacy_font_encoding("Times New Roman") == (None, False)
    assert legacy_font_encoding(None) == (None, False)


def test_an_unknown_encoding_name_is_refused() -> None:
    with pytest.raises(ValueError, match="không hỗ trợ"):
        convert_legacy("abc", "viqr")
