"""The content of the one-stop forms of TT 01/2018/TT-VPCP (Mẫu 02–05), drawn from the history.

Each staff action that produces a form records it on its DossierEvent (`form` = "02", "03",
"04", "05"); the printable pages read those lines, so a form always shows what was decided,
by whom and when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.dossiers import deadlines
from portal.dossiers.models import Dossier, DossierEvent

TITLES = {
    "02": gettext_lazy("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "03": gettext_lazy("Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "04": gettext_lazy("Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    "05": gettext_lazy("Phiếu kiểm soát quá trình giải quyết hồ sơ"),
    "06": gettext_lazy("Sổ theo dõi hồ sơ"),
}
DATE = re.compile(r"\d{2}/\d{2}/\d{4}")
REASON_MARK = "Lý do: "


def latest_event(dossier: Dossier, form: str) -> DossierEvent | None:
    return dossier.events.filter(form=form).select_related("actor").order_by("-created_at").first()


def available(dossier: Dossier) -> list[tuple[str, str]]:
    """(form number, title) of the forms this dossier's history can fill in."""
    used = set(dossier.events.exclude(form="").values_list("form", flat=True))
    numbers = sorted(used & {"02", "03", "04"}) + ["05"]
    return [(n, str(TITLES[n])) for n in numbers]


@dataclass(frozen=True)
class Apology:
    event: DossierEvent
    old_date: str
    new_date: str
    reason: str


def apology(dossier: Dossier) -> Apology | None:
    """Mẫu 04 from the apology line, whose note reads "Hẹn lại từ A sang B. Lý do: …"."""
    event = latest_event(dossier, "04")
    if event is None:
        return None
    dates = DATE.findall(event.note)
    new = dates[-1] if dates else (f"{dossier.due_date:%d/%m/%Y}" if dossier.due_date else "—")
    old = dates[0] if len(dates) > 1 else "—"
    reason = event.note.split(REASON_MARK, 1)[-1] if REASON_MARK in event.note else event.note
    return Apology(event, old, new, reason)


@dataclass(frozen=True)
class ControlRow:
    """One line of Mẫu 05: a step, who is responsible, when it was received and handed on."""

    number: int
    description: str
    responsible: str
    received_at: datetime | None
    handed_at: datetime | None
    handed_by: str
    result: str
    note: str


def _result(handed_at: datetime | None, due: date | None, current: bool) -> str:
    if handed_at is None:
        return _("Đang thực hiện") if current else ""
    kind = deadlines.timeliness(due, timezone.localdate(handed_at))
    return str(Dossier.Timeliness(kind).label)


def control_sheet(dossier: Dossier) -> list[ControlRow]:
    """Mẫu 05: the i-th step is handed on by the i-th "05" line of the history.

    Steps carry no time limit of their own (only a free-text duration), so each hand-over is
    compared with the dossier's due date.
    """
    handovers = list(dossier.events.filter(form="05").select_related("actor"))
    received = dossier.received_at or dossier.submitted_at
    rows = []
    for index, step in enumerate(dossier.procedure.steps.all()):
        event = handovers[index] if index < len(handovers) else None
        handed_at = event.created_at if event else None
        rows.append(
            ControlRow(
                number=index + 1,
                description=step.description,
                responsible=step.responsible,
                received_at=received if index <= len(handovers) else None,
                handed_at=handed_at,
                handed_by=event.actor_display if event else "",
                result=_result(
                    handed_at,
                    dossier.due_date,
                    current=index == len(handovers) and not dossier.is_finished,
                ),
                note=event.note if event else "",
            )
        )
        received = handed_at
    return rows
