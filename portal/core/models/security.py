"""One-time codes that let a staff member enrol a second factor after their first days."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CODE_HOURS = 24


def _digest(code: str) -> str:
    return hashlib.sha256(code.strip().upper().encode()).hexdigest()


class EnrolmentCodeQuerySet(models.QuerySet["EnrolmentCode"]):
    def usable(self) -> EnrolmentCodeQuerySet:
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class EnrolmentCode(models.Model):
    """Issued by an administrator, shown to them once, used once, within a day."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="enrolment_codes",
    )
    digest = models.CharField(max_length=64, editable=False)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người cấp"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("cấp lúc"), default=timezone.now)
    expires_at = models.DateTimeField(_("hết hạn lúc"))
    used_at = models.DateTimeField(_("đã dùng lúc"), null=True, blank=True)

    objects = EnrolmentCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("mã thiết lập xác thực hai bước")
        verbose_name_plural = _("mã thiết lập xác thực hai bước")

    def __str__(self) -> str:
        return f"{self.user} {self.issued_at:%d/%m/%Y %H:%M}"

    @classmethod
    def issue(cls, user: models.Model, by: models.Model) -> tuple[EnrolmentCode, str]:
        """A new code for `user` (earlier unused ones stop working); returns it in clear."""
        cls.objects.usable().filter(user=user).update(expires_at=timezone.now())
        code = "-".join(secrets.token_hex(3).upper() for _ in range(3))
        record = cls.objects.create(
            user=user,
            digest=_digest(code),
            issued_by=by,
            expires_at=timezone.now() + timedelta(hours=CODE_HOURS),
        )
        return record, code

    @classmethod
    def find(cls, user: models.Model, code: str) -> EnrolmentCode | None:
        return cls.objects.usable().filter(user=user, digest=_digest(code)).first()
