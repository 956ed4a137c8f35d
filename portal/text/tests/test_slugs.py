from __future__ import annotations

import random
import re
import unicodedata

import pytest

from portal.text import vi_slugify

SLUG_SHAPE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
TITLE = "Tuyên truyền, phổ biến pháp luật"  # -> tuyen-truyen-pho-bien-phap-luat


def test_it_turns_d_with_stroke_into_d():
    assert vi_slugify("Đường Điện Biên Phủ") == "duong-dien-bien-phu"


def test_it_slugifies_titles_with_punctuation():
    assert vi_slugify(TITLE) == "tuyen-truyen-pho-bien-phap-luat"
    assert vi_slugify("Quyết định số 12/QĐ-UBND") == "quyet-dinh-so-12-qd-ubnd"


def test_it_collapses_separators_and_trims_hyphens_at_both_ends():
    assert vi_slugify("  --Thông báo__ (mới) !!  ") == "thong-bao-moi"


def test_it_gives_an_empty_slug_for_empty_or_symbol_only_input():
    assert vi_slugify("") == ""
    assert vi_slugify(" -- !! ") == ""


def test_it_slugifies_nfd_input_like_nfc_input():
    assert vi_slugify(unicodedata.normalize("NFD", TITLE)) == vi_slugify(TITLE)


def test_it_treats_non_ascii_symbols_as_separators():
    assert vi_slugify("Hà Nội—Hải Phòng") == "ha-noi-hai-phong"


def test_it_truncates_at_the_last_hyphen_that_fits():
    assert vi_slugify(TITLE, max_length=20) == "tuyen-truyen-pho"


def test_it_keeps_a_whole_word_that_ends_exactly_at_max_length():
    assert vi_slugify(TITLE, max_length=16) == "tuyen-truyen-pho"
    assert vi_slugify(TITLE, max_length=12) == "tuyen-truyen"


def test_it_hard_cuts_a_first_word_longer_than_max_length():
    assert vi_slugify("Nghiêng nghiêng", max_length=5) == "nghie"


def test_it_uses_eighty_characters_by_default():
    slug = vi_slugify("Cải cách hành chính " * 10)
    assert len(slug) <= 80
    assert slug.endswith("chinh")
    assert len(slug) > 70


def test_it_rejects_a_max_length_below_one():
    with pytest.raises(ValueError, match="max_length"):
        vi_slugify(TITLE, max_length=0)


def test_random_vietnamese_text_always_gives_a_well_formed_prefix_slug():
    rng = random.Random(20240501)  # noqa: S311 - reproducible test data
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢÃÁẠĐ0123456789 ,.-/–"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        max_length = rng.randint(1, 40)
        full, cut = vi_slugify(text, max_length=10_000), vi_slugify(text, max_length)
        assert len(cut) <= max_length
        assert full.startswith(cut)
        assert cut == "" or SLUG_SHAPE.fullmatch(cut), (text, cut)
        assert (cut == "") == (full == "")
