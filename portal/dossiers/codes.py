"""Mã hồ sơ in the national format `<agency code>-YYMMDD-XXXX` (NĐ 61/2018 Đ26, TT 01/2018 Đ19):
the receiving agency's identifier, the date of receipt, the day's running number.

The running number is counted per code prefix (agency code and day), not per unit: two units
that share a prefix (for instance neither has its own code yet) still never draw the same code.
"""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F

from portal.core.models import Unit
from portal.dossiers.models import DailySequence

# Used only while a receiving unit has no mã định danh of its own (the back office asks for one).
DEFAULT_AGENCY_CODE = "000.00.00.H00"


def agency_prefix(unit: Unit) -> str:
    return unit.agency_code or DEFAULT_AGENCY_CODE


def next_number(prefix: str, day: date) -> int:
    """Atomically take the next number of `prefix`'s sequence for `day` (safe under concurrency)."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                sequence, _created = DailySequence.objects.select_for_update().get_or_create(
                    prefix=prefix, day=day
                )
                DailySequence.objects.filter(pk=sequence.pk).update(last=F("last") + 1)
                sequence.refresh_from_db(fields=["last"])
                return sequence.last
        except IntegrityError:  # another request created today's row first: take it
            continue
    raise RuntimeError("Không lấy được số thứ tự hồ sơ.")


def dossier_code(unit: Unit, day: date) -> str:
    prefix = agency_prefix(unit)
    return f"{prefix}-{day:%y%m%d}-{next_number(prefix, day):04d}"
