from __future__ import annotations

import random
import sqlite3
import unicodedata
from functools import cmp_to_key

from portal.text import sort_key, vi_collate

PROVINCES = ["An", "Ăn", "Ân", "Dak", "Đắk Lắk", "Ea Kly", "Ê Đê", "Krông Pắc"]
TONES = ["ba", "Ba", "bà", "bả", "bã", "bá", "bạ", "bác", "bắc", "bấc"]

# Expected order produced by the ICU 77.1 ``vi`` collator (PyICU 2.15).
ICU_ORDER = [
    "“Trích dẫn”", "(1)", "[2]", "100", "12/QĐ-TTg", "12/QĐ-UBND", "120/NĐ-CP",
    "2/QĐ", "99", "9a", "a b", "a_b", "a-b", "a,b", "An Giang", "Ăn uống",
    "Âm nhạc", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bạc Liêu", "Bắc Giang",
    "Bình Dương", "Bình Định", "Cà Mau", "Cao Bằng", "Cần Thơ", "dạ", "Dạ", "Đa",
    "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Điện Biên Phủ", "Ea Súp", "Ê Đê",
    "Fanpage", "Giá", "Gia Lai", "giấy", "ha", "Ha", "HA", "hạ", "Hạ",
    "Hà Giang", "Hạ Long", "Hà Nội", "Hà Tĩnh", "Hải Phòng", "Hậu Giang",
    "Hoà Bình", "Hòa Bình", "Hưng Yên", "Jun", "Khánh Hoà", "Khánh Hòa",
    "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "o", "Oản", "ô", "Ô tô", "Ơn",
    "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Sóc Trăng", "Sơn La",
    "Tp Hồ Chí Minh", "TP. Hồ Chí Minh", "Uy ban", "Uỷ ban", "Ủy ban", "Ưu đãi",
    "ưu tiên", "website", "Yên Bái", "Zalo",
]  # fmt: skip

# Independent oracle for strings made of Vietnamese letters and spaces.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VOWELS = "aăâeêioôơuưy"


def oracle_table() -> dict[str, tuple[int, int, int]]:
    """Letter -> (alphabet rank, tone 0..5, 0 lower / 1 upper)."""
    table = {" ": (-1, 0, 0)}
    for rank, base in enumerate(ALPHABET):
        tones = TONE_MARKS if base in VOWELS else ("",)
        for tone_index, tone in enumerate(tones):
            letter = unicodedata.normalize("NFC", base + tone)
            table[letter] = (rank, tone_index, 0)
            table[letter.upper()] = (rank, tone_index, 1)
    return table


ORACLE = oracle_table()


def oracle_key(text: str) -> tuple[tuple[int, ...], ...]:
    """ICU-style key: letters; then tones (unmarked = 0); then case."""
    letters = [ORACLE[char] for char in text]
    primary = tuple(rank for rank, _, _ in letters)
    secondary = tuple(w for _, tone, _ in letters for w in ([0, tone] if tone else [0]))
    tertiary = tuple(w for _, tone, case in letters for w in ([case, 0] if tone else [case]))
    return primary, secondary, tertiary


def random_phrase(rng: random.Random) -> str:
    letters = [char for char in ORACLE if char != " "]
    words = [
        "".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
        for _ in range(rng.randint(1, 3))
    ]
    return " ".join(words)


def shuffled(items: list[str], seed: int) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)  # noqa: S311 - reproducible test data
    return copy


def test_the_oracle_table_covers_the_whole_alphabet_with_tones_and_case():
    # 12 vowels x 6 tones + 17 consonants + f j w z, in both cases, + space.
    assert len(ORACLE) == 1 + 2 * (12 * 6 + 17 + 4)


def test_it_sorts_the_reference_province_names_in_vietnamese_order():
    for seed in range(5):
        assert sorted(shuffled(PROVINCES, seed), key=sort_key) == PROVINCES


def test_it_orders_tones_ngang_huyen_hoi_nga_sac_nang_after_letters():
    for seed in range(5):
        assert sorted(shuffled(TONES, seed), key=sort_key) == TONES


def test_it_matches_the_icu_vi_order_on_names_numbers_and_punctuation():
    for seed in range(5):
        assert sorted(shuffled(ICU_ORDER, seed), key=sort_key) == ICU_ORDER


def test_it_compares_word_by_word_because_spaces_are_significant():
    assert sort_key("Hà Nội") < sort_key("Hải Phòng")
    assert sort_key("Hà Tĩnh") < sort_key("Hải Dương")


def test_it_puts_digits_before_letters():
    assert sorted(["b", "a", "9", "1"], key=sort_key) == ["1", "9", "a", "b"]


def test_it_keeps_f_j_w_z_in_their_latin_positions():
    letters = ["z", "y", "x", "w", "v", "k", "j", "i", "g", "f", "ê", "e"]
    assert sorted(letters, key=sort_key) == list(reversed(letters))


def test_it_sorts_lower_case_before_upper_case():
    assert sorted(["AN", "An", "an"], key=sort_key) == ["an", "An", "AN"]


def test_a_letter_difference_outweighs_a_tone_and_a_tone_outweighs_case():
    assert sort_key("bạc") < sort_key("bắc")
    assert sort_key("BA") < sort_key("bà")


def test_it_gives_nfd_input_the_same_key_as_nfc_input():
    for text in PROVINCES + TONES:
        assert sort_key(unicodedata.normalize("NFD", text)) == sort_key(text)


def test_it_handles_empty_strings_and_prefixes():
    assert sorted(["an", "", "a"], key=sort_key) == ["", "a", "an"]


def test_vi_collate_returns_minus_one_zero_or_one():
    assert vi_collate("An", "Ăn") == -1
    assert vi_collate("Ăn", "An") == 1
    assert vi_collate("Ăn", unicodedata.normalize("NFD", "Ăn")) == 0


def test_vi_collate_works_as_an_sqlite_collation():
    connection = sqlite3.connect(":memory:")
    connection.create_collation("vi", vi_collate)
    connection.execute("CREATE TABLE place (name TEXT)")
    connection.executemany("INSERT INTO place VALUES (?)", [(p,) for p in PROVINCES[::-1]])
    rows = connection.execute("SELECT name FROM place ORDER BY name COLLATE vi")
    assert [name for (name,) in rows] == PROVINCES
    connection.close()


def test_random_phrases_sort_the_same_by_key_and_by_comparison():
    rng = random.Random(7)  # noqa: S311 - reproducible test data
    phrases = [random_phrase(rng) for _ in range(400)]
    assert sorted(phrases, key=sort_key) == sorted(phrases, key=cmp_to_key(vi_collate))


def test_vi_collate_is_a_consistent_total_order_on_random_phrases():
    rng = random.Random(11)  # noqa: S311 - reproducible test data
    for _ in range(2000):
        a, b, c = (random_phrase(rng) for _ in range(3))
        assert vi_collate(a, b) == -vi_collate(b, a)
        assert vi_collate(a, a) == 0
        if vi_collate(a, b) <= 0 and vi_collate(b, c) <= 0:
            assert vi_collate(a, c) <= 0, (a, b, c)


def test_vi_collate_agrees_with_an_independent_letter_table_oracle():
    rng = random.Random(13)  # noqa: S311 - reproducible test data
    for _ in range(3000):
        a, b = random_phrase(rng), random_phrase(rng)
        if rng.random() < 0.5:  # near misses exercise the tone and case levels
            b = fold_case_or_tone(rng, a)
        want = (oracle_key(a) > oracle_key(b)) - (oracle_key(a) < oracle_key(b))
        assert vi_collate(a, b) == want, (a, b)


def fold_case_or_tone(rng: random.Random, text: str) -> str:
    """Return ``text`` with one letter swapped for a same-base variant."""
    index = rng.randrange(len(text))
    rank = ORACLE[text[index]][0]
    variants = [char for char, (r, _, _) in ORACLE.items() if r == rank]
    return text[:index] + rng.choice(variants) + text[index + 1 :]
