"""Announced changes to the working calendar (nghỉ bù, làm bù), kept in the back office."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.nfc import NFCModelMixin


class CalendarOverride(NFCModelMixin, models.Model):
    class Kind(models.TextChoices):
        DAY_OFF = "nghi", _("Ngày nghỉ thêm (nghỉ bù, nghỉ theo thông báo)")
        WORKDAY = "lam_bu", _("Ngày làm việc bù (thứ Bảy, Chủ nhật đi làm)")
        CANCELLED = "huy_nghi", _("Hủy ngày nghỉ (đi làm bình thường)")

    day = models.DateField(_("ngày"), unique=True)
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    reason = models.CharField(
        _("căn cứ"), max_length=255, help_text=_("Ví dụ: Thông báo số 123/TB-VPCP ngày …")
    )

    class Meta:
        verbose_name = _("điều chỉnh lịch làm việc")
        verbose_name_plural = _("điều chỉnh lịch làm việc")
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y}: {self.get_kind_display()}"
