"""Password rules for staff accounts.

- ``CharacterClassValidator``: letters and digits, not letters alone.
- ``CommonBaseValidator``: the word a password is built on must not be guessable. Adding a
  year, digits or symbols around a common word, a keyboard run or the site's own name
  (``Krongpac2026``, ``Abcdefgh1234``, ``Matkhau2026!``) does not make it strong.

Everything is checked against bundled lists; nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.text import fold

VIETNAMESE_LIST_PATH = Path(__file__).resolve().parent / "data" / "common-password-bases-vi.txt"

# Digits, years and symbols around the base: "Krongpac2026!" -> "krongpac".
_EDGES = re.compile(r"^[\W\d_]+|[\W\d_]+$")
_SEPARATORS = re.compile(r"[\W_]+")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_RUNS = re.compile(r"[^\W\d_]+|\d+")
_YEAR = re.compile(r"(19|20)\d\d")
# Look-alike digits and symbols inside the base: "P@ssw0rd" -> "password".
_LEET = str.maketrans("@4310$5!7", "aaeiossit")
_LEET_L = str.maketrans("@4310$5!7|", "aaelossitl")
_NO_LEET: dict[int, int] = {}
# Keyboard rows and columns, alphabet and digits; a base inside one (or its reverse) is a walk.
_WALKS = (
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890",
    "!@#$%^&*()",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "qazwsxedcrfvtgbyhnujmikolp",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "zaq1xsw2cde3vfr4bgt5nhy6mju7ki8lo9p0",
    "1q2w3e4r5t6y7u8i9o0p",
    "q1w2e3r4t5y6u7i8o9p0",
    "a1b2c3d4e5f6g7h8i9j0",
)
MIN_LIST_LENGTH = 3  # shorter bases are too short to judge against the lists
MIN_WALK_LENGTH = 4  # "abc", "123" alone are not refused as walks
MIN_NAME_WORD = 4  # words of a name shorter than this ("Pắc", "Lắk") only count joined
MIN_LEFT_OVER = 4  # a password that is the site's name plus less than this is refused


@functools.cache
def common_bases() -> frozenset[str]:
    """Django's 20,000 common passwords plus the bundled Vietnamese bases, folded."""
    bases = set(CommonPasswordValidator().passwords)
    with VIETNAMESE_LIST_PATH.open(encoding="utf-8") as lines:
        for line in lines:
            word = _SEPARATORS.sub("", fold(line.strip()))
            if word and not line.startswith("#"):
                bases.add(word)
    return frozenset(bases)


def password_base(password: str) -> str:
    """Fold and strip leading/trailing digits and symbols: ``KrongPac@2026`` -> ``krongpac``."""
    return _EDGES.sub("", fold(password))


def base_forms(password: str) -> set[str]:
    """The password and its base, as written, without separators and with look-alikes undone."""
    base = password_base(password)
    forms = {fold(password), base} | {
        _SEPARATORS.sub("", base.translate(table)) for table in (_NO_LEET, _LEET, _LEET_L)
    }
    return {form for form in forms if len(form) >= MIN_LIST_LENGTH}


def _in_walk(text: str) -> bool:
    return any(text in walk or text in walk[::-1] for walk in _WALKS)


def is_walk_or_repeat(text: str) -> bool:
    """``abcdefgh``, ``qwerty``, ``654321``, ``aaaa``, ``abab``, ``qwertyqwerty``."""
    if len(text) < MIN_WALK_LENGTH:
        return False
    if _in_walk(text):
        return True
    for size in range(1, len(text) // 2 + 1):
        unit = text[:size]
        if len(text) % size == 0 and unit * (len(text) // size) == text:
            return size <= 3 or is_walk_or_repeat(unit) or unit in common_bases()
    return False


def _only_walks_and_years(password: str) -> bool:
    """``abcd1234efgh``, ``abc-123456``: every run of letters or digits is a walk or a year."""
    runs = _RUNS.findall(fold(password))
    has_letters = any(run.isalpha() and len(run) >= 3 for run in runs)

    def trivial(run: str) -> bool:
        if run.isdigit():
            return len(run) <= 2 or bool(_YEAR.fullmatch(run)) or is_walk_or_repeat(run)
        return len(run) >= 3 and (_in_walk(run) or is_walk_or_repeat(run))

    return has_letters and all(trivial(run) for run in runs)


def site_names() -> list[str]:
    """The names the portal is known by: government, portal, place, province, site name."""
    names = [getattr(settings, "WAGTAIL_SITE_NAME", "")]
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        # Read without creating: a password check must not write a settings row.
        saved = PortalSettings.objects.filter(site=site).first()
        portal_settings = saved or PortalSettings(site=site)
        names += [
            portal_settings.government_name,
            portal_settings.portal_name,
            portal_settings.place,
            portal_settings.province,
        ]
    return [name for name in names if name]


def name_tokens(names: Iterable[str]) -> set[str]:
    """Each name folded without spaces, and every run of its words of 4 letters or more.

    ``tỉnh Đắk Lắk`` gives ``tinhdaklak``, ``tinhdak``, ``daklak`` and ``tinh``.
    """
    tokens: set[str] = set()
    for name in names:
        words = [w for w in (_NON_LETTERS.sub("", w) for w in fold(name).split()) if w]
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                joined = "".join(words[start:end])
                if len(joined) >= MIN_NAME_WORD:
                    tokens.add(joined)
    return tokens


def is_built_on_names(password: str, tokens: set[str]) -> bool:
    """True when the base is made of the names plus little else, or plus a common word."""
    letters = _NON_LETTERS.sub("", password_base(password).translate(_LEET))
    left = letters
    for token in sorted(tokens, key=len, reverse=True):
        left = left.replace(token, "")
    if left == letters:
        return False
    return len(left) < MIN_LEFT_OVER or left in common_bases() or is_walk_or_repeat(left)


class CharacterClassValidator:
    """Require at least one letter and one digit or symbol."""

    def validate(self, password: str, user: Any = None) -> None:
        has_letter = any(c.isalpha() for c in password)
        has_other = any(not c.isalpha() for c in password)
        if not (has_letter and has_other):
            raise ValidationError(
                _("Mật khẩu phải có cả chữ cái và chữ số hoặc ký hiệu."),
                code="password_character_classes",
            )

    def get_help_text(self) -> str:
        return _("Mật khẩu phải có cả chữ cái và chữ số hoặc ký hiệu.")


class CommonBaseValidator:
    """Refuse passwords built on a common word, a keyboard walk or the site's own name.

    The base is the password folded (no accents, ``đ`` -> ``d``, lower case) with digits,
    years and symbols stripped from both ends: ``KrongPac@2026`` -> ``krongpac``.
    """

    def validate(self, password: str, user: Any = None) -> None:
        if is_built_on_names(password, name_tokens(site_names())):
            raise ValidationError(
                _(
                    "Mật khẩu không được dựa trên tên cơ quan, tên cổng thông tin hoặc địa danh "
                    "của đơn vị, kể cả khi thêm số, năm hay ký hiệu."
                ),
                code="password_site_name",
            )
        forms = base_forms(password)
        if _only_walks_and_years(password) or any(is_walk_or_repeat(f) for f in forms):
            raise ValidationError(
                _(
                    "Mật khẩu này dựa trên một dãy ký tự dễ đoán: phím liền nhau trên bàn phím, "
                    "chữ cái hoặc chữ số liên tiếp, hay ký tự lặp lại."
                ),
                code="password_sequence",
            )
        if forms & common_bases():
            raise ValidationError(
                _(
                    "Mật khẩu này dựa trên một mật khẩu hoặc từ quá phổ biến; thêm số, năm hay "
                    "ký hiệu vào đầu hoặc cuối không làm nó an toàn hơn."
                ),
                code="password_common_base",
            )

    def get_help_text(self) -> str:
        return _(
            "Mật khẩu không được dựa trên mật khẩu hoặc từ phổ biến (như “matkhau”, “admin”), "
            "dãy phím hay dãy ký tự liên tiếp (như “qwerty”, “abcdefgh”), ký tự lặp lại, "
            "hoặc tên cơ quan, cổng thông tin, địa danh; thêm số, năm hay ký hiệu vào đầu "
            "hoặc cuối không làm mật khẩu an toàn hơn."
        )
