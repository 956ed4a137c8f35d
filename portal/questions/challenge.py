"""A small arithmetic question in Vietnamese, checked without a session or outside service.

The form carries a token signed with `django.core.signing`: a one-time nonce and a keyed hash
of the expected answer (never the answer itself, which a bot could read). Each token may be
tried once: the nonce is marked used in the cache on the first attempt, right or wrong, so a
bot cannot try every answer against the same question.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache
from django.utils.crypto import constant_time_compare, salted_hmac

from portal.text import fold

SALT = "portal.questions.challenge"
MAX_AGE = 2 * 3600  # seconds a rendered form stays valid
NUMBERS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_FOLDED_NUMBERS = {fold(word): value for value, word in enumerate(NUMBERS)}


@dataclass(frozen=True)
class Challenge:
    question: str
    token: str
    answer: int  # known to the server (and to tests); never sent to the browser


class ChallengeError(Exception):
    pass


def _digest(nonce: str, answer: int) -> str:
    return salted_hmac(SALT, f"{nonce}:{answer}").hexdigest()


def issue(a: int | None = None, b: int | None = None) -> Challenge:
    a = secrets.randbelow(9) + 1 if a is None else a
    b = secrets.randbelow(9) + 1 if b is None else b
    nonce = secrets.token_urlsafe(12)
    token = signing.dumps({"n": nonce, "h": _digest(nonce, a + b)}, salt=SALT)
    question = f"{NUMBERS[a].capitalize()} cộng {NUMBERS[b]} bằng bao nhiêu?"
    return Challenge(question=question, token=token, answer=a + b)


def parse_answer(value: str) -> int | None:
    """Digits ("7") or a Vietnamese number word ("bảy", "bay")."""
    cleaned = value.strip()
    if cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= 3:
        return int(cleaned)
    return _FOLDED_NUMBERS.get(fold(cleaned))


def nonce(token: str) -> str:
    """The token's nonce (names the form that was sent), or "" for a token not ours."""
    try:
        return str(signing.loads(token, salt=SALT, max_age=MAX_AGE)["n"])
    except (signing.BadSignature, KeyError, TypeError):
        return ""


def check(token: str, answer: str) -> None:
    """Raise ChallengeError unless `answer` is right for this (unused, unexpired) token."""
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        nonce, expected = str(payload["n"]), str(payload["h"])
    except (signing.BadSignature, KeyError, TypeError) as exc:
        raise ChallengeError("expired") from exc
    if not cache.add(f"questions:challenge:{nonce}", 1, timeout=MAX_AGE):
        raise ChallengeError("used")
    value = parse_answer(answer)
    if value is None or not constant_time_compare(_digest(nonce, value), expected):
        raise ChallengeError("wrong")
