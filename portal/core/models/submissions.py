"""What every citizen's submission (a dossier, a question, a comment on a draft) has in
common: a tracking code, a secret kept only as a digest, the consent given, and a key that
makes a submission sent twice store one record.

Codes are unique by constraint. `save_with_code()` (a new record) and `assign_code()` (a record
stored under a temporary code) draw a code with `new_code()` and, when a concurrent submission
took the same one meanwhile, draw again in a fresh savepoint; any other integrity error is
not hidden.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import date
from typing import ClassVar

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.nfc import NFCModelMixin
from portal.lib.codes import new_secret, tracking_code

CODE_ATTEMPTS = 8


def secret_digest(secret: str) -> str:
    """The stored form of a tracking secret (≈72 random bits, so a plain hash suffices)."""
    return hashlib.sha256(secret.strip().encode("utf-8")).hexdigest()


class TrackedSubmission(NFCModelMixin, models.Model):
    code = models.CharField(_("mã tra cứu"), max_length=60, unique=True, editable=False)
    secret_digest = models.CharField(max_length=64, blank=True, editable=False)
    submission_key = models.CharField(
        max_length=40, unique=True, null=True, blank=True, editable=False
    )  # names the form or draft it came from: sent twice, it stores one record
    consent_at = models.DateTimeField(_("đồng ý xử lý dữ liệu cá nhân lúc"), default=timezone.now)
    consent_text = models.TextField(
        _("nội dung đã đồng ý"),
        blank=True,
        help_text=_("Thông báo xử lý dữ liệu cá nhân mà người gửi đã đọc và đồng ý."),
    )
    submitted_at = models.DateTimeField(_("ngày gửi"), default=timezone.now, db_index=True)

    # `GY-261208-7K3F9Q`: the prefix of the kind of submission (no I, L, O or U in it).
    code_prefix: ClassVar[str] = ""

    class Meta:
        abstract = True

    def new_code(self, day: date) -> str:
        """A fresh tracking code for a submission received on `day`."""
        return tracking_code(self.code_prefix, day)

    def set_secret(self) -> str:
        """Give the submission a new secret; returns it in clear (shown or sent once)."""
        secret = new_secret()
        self.secret_digest = secret_digest(secret)
        return secret

    def check_secret(self, secret: str) -> bool:
        return bool(self.secret_digest) and hmac.compare_digest(
            self.secret_digest, secret_digest(secret)
        )

    def save_with_code(self) -> None:
        """Save a new submission under a unique code (draws again on a collision)."""
        self._draw_code(self.save)

    def assign_code(self) -> None:
        """Give a stored submission its code, as the last step before the commit."""
        manager = type(self)._default_manager
        self._draw_code(lambda: manager.filter(pk=self.pk).update(code=self.code))

    def _draw_code(self, store: Callable[[], object]) -> None:
        day = timezone.localdate(self.submitted_at)
        for attempt in range(CODE_ATTEMPTS):
            self.code = self.new_code(day)
            try:
                with transaction.atomic():
                    store()
                return
            except IntegrityError:
                taken = type(self)._default_manager.filter(code=self.code).exists()
                if not taken or attempt == CODE_ATTEMPTS - 1:
                    raise
