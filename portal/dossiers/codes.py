"""Mã hồ sơ in the national format `<agency code>-YYMMDD-XXXX` (NĐ 61/2018 Đ26, TT 01/2018 Đ19):
the receiving agency's identifier, the date of receipt, the day's running number."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F

from portal.core.models import Unit
from portal.dossiers.models import DailySequence

DEFAULT_AGENCY_CODE = "000.00.00.H00"


def next_number(unit: Unit, day: date) -> int:
    """Atomically take the next number of `unit`'s sequence for `day` (safe under concurrency)."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                sequence, _created = DailySequence.objects.select_for_update().get_or_create(
                    unit=unit, day=day
                )
                DailySequence.objects.filter(pk=sequence.pk).update(last=F("last") + 1)
                sequence.refresh_from_db(fields=["last"])
                return sequence.last
        except IntegrityError:  # another request created today's row first: take it
            continue
    raise RuntimeError("Không lấy được số thứ tự hồ sơ.")


def dossier_code(unit: Unit, day: date) -> str:
    return f"{unit.agency_code or DEFAULT_AGENCY_CODE}-{day:%y%m%d}-{next_number(unit, day):04d}"
