"""Mẫu 06 Sổ theo dõi hồ sơ (TT 01/2018/TT-VPCP): the unit's register for a date range.

One row per dossier submitted in the range, with the dates drawn from the history: received,
due, handed to processing, result ready, result returned. Exported as printable HTML (A4) and
as an Excel workbook. The register names applicants: it is for staff only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from portal.dossiers.models import Dossier, DossierEvent, Status

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def headers() -> list[str]:
    return [
        _("STT"),
        _("Mã hồ sơ"),
        _("Tên thủ tục hành chính"),
        _("Số lượng hồ sơ (bộ)"),
        _("Tên cá nhân, tổ chức"),
        _("Địa chỉ, số điện thoại"),
        _("Cơ quan chủ trì giải quyết"),
        _("Ngày nhận hồ sơ"),
        _("Ngày hẹn trả kết quả"),
        _("Ngày chuyển xử lý"),
        _("Ngày có kết quả"),
        _("Ngày trả kết quả"),
        _("Ghi chú"),
    ]


@dataclass(frozen=True)
class RegisterRow:
    number: int
    code: str
    procedure: str
    copies: int
    applicant: str
    contact: str
    unit: str
    received_at: datetime
    due_date: date | None
    transferred_at: datetime | None
    result_at: datetime | None
    returned_at: datetime | None
    note: str

    def cells(self) -> list[Any]:
        """The row as spreadsheet cells (naive local datetimes: Excel has no time zones)."""
        return [
            self.number,
            self.code,
            self.procedure,
            self.copies,
            self.applicant,
            self.contact,
            self.unit,
            _local(self.received_at),
            self.due_date,
            _local(self.transferred_at),
            _local(self.result_at),
            _local(self.returned_at),
            self.note,
        ]


def _local(moment: datetime | None) -> datetime | None:
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def _first(events: list[DossierEvent], status: str) -> datetime | None:
    return next((e.created_at for e in events if e.status == status), None)


def _note(dossier: Dossier) -> str:
    parts = [dossier.get_status_display()]
    if dossier.timeliness:
        parts.append(dossier.get_timeliness_display())
    return ", ".join(parts)


def _row(number: int, dossier: Dossier) -> RegisterRow:
    events = list(dossier.events.all())
    return RegisterRow(
        number=number,
        code=dossier.code,
        procedure=dossier.procedure.ten,
        copies=1,
        applicant=dossier.applicant_display,
        contact=f"{dossier.address}; {dossier.phone}",
        unit=dossier.unit.name,
        received_at=dossier.submitted_at,
        due_date=dossier.due_date,
        transferred_at=_first(events, Status.PROCESSING),
        result_at=dossier.finished_at,
        returned_at=_first(events, Status.RETURNED),
        note=_note(dossier),
    )


def rows(dossiers: QuerySet[Dossier], start: date, end: date) -> list[RegisterRow]:
    """The register of `dossiers` submitted from `start` to `end` (inclusive, local dates)."""
    chosen = (
        dossiers.filter(submitted_at__date__gte=start, submitted_at__date__lte=end)
        .select_related("procedure", "unit")
        .prefetch_related(Prefetch("events", queryset=DossierEvent.objects.order_by("created_at")))
        .order_by("submitted_at", "pk")
    )
    return [_row(number, dossier) for number, dossier in enumerate(chosen, start=1)]


def xlsx_bytes(register: list[RegisterRow], title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Sổ theo dõi hồ sơ")
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(headers())
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in register:
        sheet.append(row.cells())
    _formats(sheet)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _formats(sheet: Any) -> None:
    widths = [6, 26, 40, 10, 28, 40, 28, 17, 13, 17, 17, 17, 30]
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "dd/mm/yyyy"
    sheet.freeze_panes = "A3"
