"""Diacritic- and case-insensitive folding of Vietnamese text.

Use the same function for indexing and for querying. ``đ``/``Đ`` have no
Unicode decomposition, so they are mapped to ``d`` explicitly, together with
look-alikes that bad legacy converters emit instead (Icelandic eth, African D).
"""

from __future__ import annotations

import re
import unicodedata

_STROKE_D = str.maketrans(dict.fromkeys("đĐÐðƉɖ", "d"))
# Punctuation (including "_", which \w would keep) and whitespace runs.
_SEPARATORS = re.compile(r"[\W_]+")


def fold(s: str) -> str:
    """Strip tones and shape marks, map đ to d and casefold.

    >>> fold("Quyết định UBND")
    'quyet dinh ubnd'
    """
    decomposed = unicodedata.normalize("NFD", s)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_STROKE_D).casefold()


def search_key(s: str) -> str:
    """Fold, then turn each run of punctuation and whitespace into one space.

    Use it for both the indexed text and the query.

    >>> search_key("12/QĐ-UBND")
    '12 qd ubnd'
    """
    return _SEPARATORS.sub(" ", fold(s)).strip()
