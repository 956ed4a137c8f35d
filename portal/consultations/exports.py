"""The comments of a consultation for its drafting unit, grouped by article (Điều).

- Excel (.xlsx): every comment with contact data and status, for the unit's own work.
- Word (.docx): the synthesis table the unit fills in ("Bảng tổng hợp, tiếp thu, giải trình
  ý kiến góp ý"): who commented, what, and an empty column for the answer. Comments the
  unit chose not to publish are left out of it (they stay in the Excel file).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from portal.consultations.models import Consultation, ConsultationComment

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class Group:
    label: str
    comments: list[ConsultationComment] = field(default_factory=list)


def grouped_comments(
    consultation: Consultation, include_rejected: bool = True, keep_empty: bool = False
) -> list[Group]:
    """General comments first, then each article in the draft's order, then comments on
    articles since removed from the draft (kept under the label they were sent with)."""
    general = Group(_("Góp ý chung cho toàn bộ dự thảo"))
    by_article = {a.pk: Group(a.label) for a in consultation.articles.all()}
    removed: dict[str, Group] = {}
    comments = consultation.comments.order_by("submitted_at", "pk")
    if not include_rejected:
        comments = comments.exclude(status=ConsultationComment.Status.REJECTED)
    for comment in comments:
        if comment.article_id in by_article:
            by_article[comment.article_id].comments.append(comment)
        elif comment.article_label:
            label = _("%(label)s (điều này không còn trong dự thảo)") % {
                "label": comment.article_label
            }
            removed.setdefault(comment.article_label, Group(label)).comments.append(comment)
        else:
            general.comments.append(comment)
    groups = [general, *by_article.values(), *removed.values()]
    return [g for g in groups if g.comments or (keep_empty and g is not general)]


def _text(value: object) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", str(value or ""))


def _when(value: datetime | None) -> str:
    return timezone.localtime(value).strftime("%H:%M %d/%m/%Y") if value else ""


def _period(consultation: Consultation) -> str:
    return _("Thời gian lấy ý kiến: từ %(start)s đến %(end)s") % {
        "start": _when(consultation.opens_at),
        "end": _when(consultation.closes_at),
    }


def xlsx(consultation: Consultation) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Góp ý"
    bold = Font(bold=True)
    for line in (
        consultation.title,
        _("Cơ quan chủ trì soạn thảo: %(unit)s") % {"unit": consultation.drafting_unit},
        _period(consultation),
        _("Xuất lúc: %(now)s") % {"now": _when(timezone.now())},
    ):
        sheet.append([_text(line)])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    header = [
        _("STT"),
        _("Góp ý cho"),
        _("Mã góp ý"),
        _("Ngày gửi"),
        _("Họ và tên"),
        _("Cơ quan, tổ chức"),
        _("Thư điện tử"),
        _("Điện thoại"),
        _("Nội dung góp ý"),
        _("Tình trạng"),
        _("Lý do không công khai"),
    ]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    number = 0
    for group in grouped_comments(consultation):
        sheet.append([_text(group.label)])
        sheet.cell(row=sheet.max_row, column=1).font = bold
        for comment in group.comments:
            number += 1
            _append_text_row(
                sheet,
                [
                    number,
                    group.label,
                    comment.code,
                    _when(comment.submitted_at),
                    comment.name,
                    comment.organisation,
                    comment.email,
                    comment.phone,
                    comment.content,
                    comment.get_status_display(),
                    comment.rejection_reason,
                ],
            )
    for letter, width in zip(
        "ABCDEFGHIJK", (6, 30, 18, 17, 24, 24, 28, 14, 70, 16, 30), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append_text_row(sheet: Worksheet, values: list[object]) -> None:
    """Append a row whose text is always text: "=…" typed by a citizen is never a formula."""
    sheet.append([v if isinstance(v, int) else _text(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def docx(consultation: Consultation) -> bytes:
    from docx import Document
    from docx.shared import Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    document.add_heading(_("Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý"), level=1)
    document.add_paragraph().add_run(_text(consultation.title)).bold = True
    document.add_paragraph(
        _("Cơ quan chủ trì soạn thảo: %(unit)s") % {"unit": consultation.drafting_unit}
    )
    document.add_paragraph(_period(consultation))
    groups = grouped_comments(consultation, include_rejected=False, keep_empty=True)
    total = sum(len(group.comments) for group in groups)
    document.add_paragraph(
        _("Tổng số ý kiến: %(n)s (không gồm các ý kiến không được công khai).") % {"n": total}
    )
    for group in groups:
        document.add_heading(_text(group.label), level=2)
        if not group.comments:
            document.add_paragraph(_("Không có ý kiến góp ý."))
            continue
        table = document.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        heads = [
            _("STT"),
            _("Cơ quan, tổ chức, cá nhân góp ý"),
            _("Nội dung góp ý"),
            _("Ý kiến tiếp thu, giải trình"),
        ]
        for cell, text in zip(table.rows[0].cells, heads, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for number, comment in enumerate(group.comments, start=1):
            who = [comment.name or _("(đã xóa họ tên)"), comment.organisation]
            who.append(f"{comment.code}, {_when(comment.submitted_at)}")
            row = table.add_row().cells
            row[0].text = str(number)
            row[1].text = _text("\n".join(part for part in who if part))
            row[2].text = _text(comment.content)
            row[3].text = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
