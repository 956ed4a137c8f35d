from __future__ import annotations

import unicodedata

from portal.text import fold, search_key

# Vowel base -> the ASCII letter it must fold to.
VOWEL_BASES = {
    "a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "i": "i",
    "o": "o", "ô": "o", "ơ": "o", "u": "u", "ư": "u", "y": "y",
}  # fmt: skip
SHAPED_BASES = "ăâêôơư"
# huyền, hỏi, ngã, sắc, nặng
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def vietnamese_letters() -> dict[str, str]:
    """All 134 non-ASCII Vietnamese letters, mapped to their expected fold."""
    letters: dict[str, str] = {"đ": "d", "Đ": "d"}
    for base, ascii_letter in VOWEL_BASES.items():
        for tone in TONE_MARKS:
            lower = unicodedata.normalize("NFC", base + tone)
            letters[lower] = ascii_letter
            letters[lower.upper()] = ascii_letter
    for base in SHAPED_BASES:
        letters[base] = VOWEL_BASES[base]
        letters[base.upper()] = VOWEL_BASES[base]
    return letters


def test_the_generated_alphabet_has_134_distinct_precomposed_non_ascii_letters():
    letters = vietnamese_letters()
    assert len(letters) == 134
    assert all(len(letter) == 1 and not letter.isascii() for letter in letters)


def test_it_folds_all_vietnamese_letters_to_a_single_ascii_letter():
    wrong = {
        letter: fold(letter)
        for letter, expected in vietnamese_letters().items()
        if fold(letter) != expected
    }
    assert wrong == {}


def test_it_folds_nfd_input_exactly_like_nfc_input():
    for letter, expected in vietnamese_letters().items():
        decomposed = unicodedata.normalize("NFD", letter)
        assert fold(decomposed) == expected, ascii(decomposed)


def test_it_folds_mixed_composition_unicode_to_hop_input():
    # ê precomposed followed by a combining acute, as some input methods emit.
    assert fold("Quy\u00ea\u0301t \u0111i\u0323nh") == "quyet dinh"


def test_it_folds_whole_phrases_and_lowercases_them():
    assert fold("Quyết định UBND") == "quyet dinh ubnd"
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("Nghị định số 15/2020/NĐ-CP") == "nghi dinh so 15/2020/nd-cp"
    assert fold("ẮC QUY ĐIỆN TỰ ĐỘNG") == "ac quy dien tu dong"


def test_it_maps_d_look_alikes_from_bad_converters_to_d():
    assert fold("ÐðƉɖ") == "dddd"


def test_it_leaves_plain_ascii_digits_and_punctuation_alone():
    assert fold("abc-123/xyz") == "abc-123/xyz"


def test_search_key_splits_document_numbers_on_punctuation():
    assert search_key("12/QĐ-UBND") == "12 qd ubnd"
    assert search_key("Nghị định số 15/2020/NĐ-CP") == "nghi dinh so 15 2020 nd cp"
    assert search_key("Số: 01/2024/TT-BTC.") == "so 01 2024 tt btc"


def test_search_key_collapses_whitespace_underscores_and_strips_the_ends():
    assert search_key("  Quyết \t định\n\nsố__12  ") == "quyet dinh so 12"


def test_search_key_makes_index_text_and_user_query_meet():
    indexed = search_key("Quyết định số 12/QĐ-UBND của UBND tỉnh Đắk Lắk")
    for query in ("qd ubnd", "QĐ-UBND", "dak lak", "quyết định"):
        assert search_key(query) in indexed


def test_search_key_of_empty_or_punctuation_only_text_is_empty():
    assert search_key("") == ""
    assert search_key(" -/- ") == ""
