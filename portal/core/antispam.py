"""Spam protection for the public forms, without outside services or JavaScript.

- A honeypot field (`HoneypotMixin`): hidden from people and screen readers, filled in by
  naive robots.
- A signed arithmetic question (`ChallengeMixin`): the token (django.core.signing, so no
  server state until it is used) carries the two numbers, when it was issued and a nonce. It
  is valid for MAX_AGE seconds, not before MIN_SECONDS (robots post at once), and its nonce is
  spent in the cache by a wrong answer or by an accepted form, so it can be neither guessed
  by trying every answer nor replayed.
- One behaviour for any failed check: the form comes back with a new question and with
  everything else the person typed.
Rate limits are `portal.lib.ratelimit.Limit`s, declared by each form's view.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from django import forms
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.text import fold

SALT = "portal.antispam"
MAX_AGE = 2 * 60 * 60
MIN_SECONDS = 3
NUMBERS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
_FOLDED_NUMBERS = {fold(word): value for value, word in enumerate(NUMBERS)}
MESSAGES = {
    "expired": gettext_lazy("Câu hỏi kiểm tra đã hết hạn; vui lòng trả lời câu hỏi mới."),
    "too_fast": gettext_lazy("Bạn gửi quá nhanh. Vui lòng kiểm tra lại rồi trả lời câu hỏi mới."),
    "wrong": gettext_lazy("Kết quả phép tính chưa đúng; vui lòng trả lời câu hỏi mới."),
    "used": gettext_lazy("Câu hỏi kiểm tra đã được dùng; vui lòng trả lời câu hỏi mới."),
}


class ChallengeError(Exception):
    """`str(error)` is one of the keys of MESSAGES."""


@dataclass(frozen=True)
class Challenge:
    a: int
    b: int
    token: str
    nonce: str

    @property
    def question(self) -> str:
        return f"{NUMBERS[self.a].capitalize()} cộng {NUMBERS[self.b]} bằng bao nhiêu?"

    @property
    def answer(self) -> int:  # known to the server (and to tests); never sent to the browser
        return self.a + self.b


def issue(issued_at: float | None = None, a: int | None = None, b: int | None = None) -> Challenge:
    a = secrets.randbelow(9) + 1 if a is None else a
    b = secrets.randbelow(9) + 1 if b is None else b
    nonce = secrets.token_urlsafe(12)
    moment = int(time.time() if issued_at is None else issued_at)
    token = signing.dumps({"a": a, "b": b, "t": moment, "n": nonce}, salt=SALT)
    return Challenge(a=a, b=b, token=token, nonce=nonce)


def _payload(token: str) -> dict[str, Any]:
    try:
        payload = signing.loads(token, salt=SALT, max_age=MAX_AGE)
        int(payload["a"]), int(payload["b"]), int(payload["t"]), str(payload["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise ChallengeError("expired") from error
    return dict(payload)


def read(token: str) -> Challenge:
    """The challenge a token carries; ChallengeError("expired") if forged or expired."""
    payload = _payload(token)
    return Challenge(int(payload["a"]), int(payload["b"]), token, str(payload["n"]))


def nonce(token: str) -> str:
    """The token's nonce (names the form that was sent), or "" for a token not ours."""
    try:
        return read(token).nonce
    except ChallengeError:
        return ""


def parse_answer(value: str) -> int | None:
    """Digits ("7") or a Vietnamese number word ("bảy", "bay")."""
    cleaned = value.strip()
    if cleaned.isascii() and cleaned.isdigit() and len(cleaned) <= 3:
        return int(cleaned)
    return _FOLDED_NUMBERS.get(fold(cleaned))


def _spent(nonce_value: str) -> bool:
    """Mark the nonce used; True if it already was."""
    return not cache.add(f"antispam:used:{nonce_value}", 1, timeout=MAX_AGE)


def check(token: str, answer: str) -> None:
    """Raise ChallengeError unless `answer` solves this genuine, fresh, unused challenge.
    A wrong answer spends the token."""
    payload = _payload(token)
    if cache.get(f"antispam:used:{payload['n']}"):
        raise ChallengeError("used")
    age = time.time() - int(payload["t"])
    if age > MAX_AGE:
        raise ChallengeError("expired")
    if age < MIN_SECONDS:
        raise ChallengeError("too_fast")
    if parse_answer(answer) != int(payload["a"]) + int(payload["b"]):
        _spent(str(payload["n"]))
        raise ChallengeError("wrong")


def consume(token: str) -> None:
    """Spend a solved token when its form is accepted; ChallengeError("used") if it was."""
    if _spent(str(_payload(token)["n"])):
        raise ChallengeError("used")


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        label=gettext_lazy("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                _("Không gửi được: biểu mẫu có dấu hiệu được điền tự động."), code="honeypot"
            )
        return ""

    @property
    def honeypot_tripped(self) -> bool:
        return any(e.code == "honeypot" for e in self.errors.as_data().get("website", []))


class ChallengeMixin(forms.Form):
    """The arithmetic question. Call `setup_challenge()` at the end of the form's __init__."""

    challenge_token = forms.CharField(required=False, widget=forms.HiddenInput)
    challenge_answer = forms.CharField(
        label=gettext_lazy("Câu hỏi kiểm tra"),
        max_length=10,
        help_text=gettext_lazy("Trả lời bằng chữ số, ví dụ: 7."),
        error_messages={"required": gettext_lazy("Vui lòng trả lời câu hỏi kiểm tra.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 4}),
    )
    challenge: Challenge | None

    def setup_challenge(self) -> None:
        if self.is_bound:
            try:
                self.challenge = read(self.data.get("challenge_token", ""))
            except ChallengeError:
                self.challenge = None
        else:
            self.challenge = issue()
            self.initial["challenge_token"] = self.challenge.token
        self._label_challenge()

    def _label_challenge(self) -> None:
        if self.challenge is not None:
            self.fields["challenge_answer"].label = _("Câu hỏi kiểm tra: %(question)s") % {
                "question": self.challenge.question
            }

    def clean_challenge_answer(self) -> str:
        answer = self.cleaned_data.get("challenge_answer", "")
        try:
            check(self.data.get("challenge_token", ""), answer)
        except ChallengeError as error:
            raise forms.ValidationError(MESSAGES[str(error)], code="challenge") from error
        return answer

    def full_clean(self) -> None:
        super().full_clean()
        if not self.is_bound:
            return
        if not self.errors:
            try:
                consume(self.data.get("challenge_token", ""))
            except ChallengeError as error:
                self.add_error("challenge_answer", str(MESSAGES[str(error)]))
        if "challenge_answer" in self.errors:
            self.renew_challenge()

    def renew_challenge(self) -> None:
        """A new question after a failed check; everything else typed stays."""
        self.challenge = issue()
        self.data = self.data.copy()
        self.data["challenge_token"] = self.challenge.token
        self.data["challenge_answer"] = ""
        self._label_challenge()
        # Bound fields are cached with the label they had: the page must show the new question.
        for name in ("challenge_answer", "challenge_token"):
            self._bound_fields_cache.pop(name, None)
