"""ASCII slugs for Vietnamese titles (Django's slugify() drops đ)."""

from __future__ import annotations

import re
import unicodedata

from portal.text.fold import fold

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def vi_slugify(s: str, max_length: int = 80) -> str:
    """Return an ASCII slug: ``"Đường Điện Biên Phủ"`` -> ``"duong-dien-bien-phu"``.

    Runs of anything other than ASCII letters and digits become one hyphen.
    Slugs longer than ``max_length`` are cut at the last hyphen that fits, or
    hard-cut when a single word is longer than ``max_length``.
    """
    if max_length < 1:
        raise ValueError("max_length must be at least 1")
    folded = fold(unicodedata.normalize("NFKC", s))
    slug = _NON_ALNUM.sub("-", folded).strip("-")
    return _truncate(slug, max_length)


def _truncate(slug: str, max_length: int) -> str:
    """Cut ``slug`` to ``max_length`` characters, preferring a hyphen boundary."""
    if len(slug) <= max_length:
        return slug
    if slug[max_length] == "-":
        return slug[:max_length]
    head = slug[:max_length]
    boundary = head.rfind("-")
    return head[:boundary] if boundary > 0 else head
