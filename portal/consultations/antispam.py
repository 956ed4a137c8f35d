"""Spam protection for public forms without outside services and without JavaScript.

A signed arithmetic question (django.core.signing, so no server state until it is used):
the token carries the two numbers, when it was issued and a nonce. A token is valid for
`MAX_AGE` seconds, not before `MIN_SECONDS` (robots post at once), and only once (the
nonce is remembered in the cache). The honeypot field and the rate limit live in the form
and the view.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext as _

SALT = "portal.consultations.challenge"
MAX_AGE = 2 * 60 * 60
MIN_SECONDS = 3


class ChallengeError(Exception):
    pass


@dataclass(frozen=True)
class Challenge:
    a: int
    b: int
    token: str

    @property
    def question(self) -> str:
        return _("%(a)s cộng %(b)s bằng bao nhiêu?") % {"a": self.a, "b": self.b}


def new_challenge(issued_at: float | None = None) -> Challenge:
    a, b = secrets.randbelow(9) + 1, secrets.randbelow(9) + 1
    payload = {
        "a": a,
        "b": b,
        "t": int(issued_at if issued_at is not None else time.time()),
        "n": secrets.token_hex(8),
    }
    return Challenge(a=a, b=b, token=signing.dumps(payload, salt=SALT))


def _payload(token: str) -> dict[str, int | str]:
    try:
        return signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise ChallengeError(_("Câu hỏi kiểm tra đã hết hạn, vui lòng trả lời câu mới.")) from error
    except signing.BadSignature as error:
        raise ChallengeError(
            _("Câu hỏi kiểm tra không hợp lệ, vui lòng trả lời câu mới.")
        ) from error


def read_challenge(token: str) -> Challenge:
    """The challenge a token carries; ChallengeError if forged or expired."""
    payload = _payload(token)
    return Challenge(a=int(payload["a"]), b=int(payload["b"]), token=token)


def check_answer(token: str, answer: str) -> None:
    """Raise ChallengeError unless `answer` solves the (genuine, fresh) challenge."""
    payload = _payload(token)
    age = time.time() - int(payload["t"])
    if age > MAX_AGE:
        raise ChallengeError(_("Câu hỏi kiểm tra đã hết hạn, vui lòng trả lời câu mới."))
    if age < MIN_SECONDS:
        raise ChallengeError(_("Bạn gửi quá nhanh. Vui lòng kiểm tra lại rồi gửi lần nữa."))
    if answer.strip() != str(int(payload["a"]) + int(payload["b"])):
        raise ChallengeError(_("Kết quả phép tính chưa đúng."))


def consume(token: str) -> None:
    """Mark a solved token as used; a second use is refused (ChallengeError)."""
    payload = _payload(token)
    if not cache.add(f"challenge-used:{payload['n']}", 1, timeout=MAX_AGE):
        raise ChallengeError(_("Câu hỏi kiểm tra này đã được dùng, vui lòng trả lời câu mới."))
