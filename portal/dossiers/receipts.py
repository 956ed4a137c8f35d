"""Mẫu 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as a PDF, A5, Vietnamese text (NFC)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from wagtail.models import Site

from portal.core.models import PortalSettings
from portal.dossiers.models import DossierFile
from portal.text import nfc

FONTS = Path(__file__).resolve().parent / "fonts"
_registered = False


def _fonts() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
        _registered = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9, leading=12)
    return {
        "base": base,
        "center": ParagraphStyle("center", parent=base, alignment=1),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="DejaVu-Bold",
            fontSize=11,
            alignment=1,
            spaceBefore=6,
            spaceAfter=6,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


def receipt_lines(dossier: Any) -> list[tuple[str, str]]:
    """(style, text) lines of the receipt, shared by the PDF and its test."""
    portal = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    received = timezone.localtime(dossier.submitted_at)
    lines = [
        ("center", portal.government_name.upper()),
        ("center", dossier.unit.name.upper()),
        ("center", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc"),
        ("title", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
        ("center", f"Mã hồ sơ: {dossier.code}"),
        ("base", f"{dossier.unit.name} đã tiếp nhận hồ sơ của: {dossier.applicant_display}"),
        ("base", f"Địa chỉ: {dossier.address}"),
        ("base", f"Số điện thoại: {dossier.phone}   Thư điện tử: {dossier.email or '—'}"),
        ("base", f"Nội dung yêu cầu giải quyết: {dossier.procedure.ten}"),
        ("base", "Thành phần hồ sơ nộp gồm:"),
    ]
    files = dossier.files.filter(kind=DossierFile.Kind.APPLICATION).select_related("paper")
    for index, stored in enumerate(files, start=1):
        name = stored.paper.name if stored.paper else stored.original_name
        lines.append(("base", f"{index}. {name} ({stored.original_name})"))
    lines += [
        ("base", "Số lượng hồ sơ: 01 bộ (nộp trực tuyến)."),
        (
            "base",
            f"Thời gian giải quyết hồ sơ theo quy định: {dossier.procedure.thoi_han_text or '—'}",
        ),
        ("base", f"Thời gian nhận hồ sơ: {received:%H giờ %M phút, ngày %d/%m/%Y}"),
        (
            "base",
            "Thời gian trả kết quả giải quyết hồ sơ: "
            + (f"ngày {dossier.due_date:%d/%m/%Y}" if dossier.due_date else "sẽ thông báo"),
        ),
        ("base", "Nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, hoặc qua mạng."),
        ("base", "Khi nhận kết quả, xin mang theo bản chính các giấy tờ để đối chiếu."),
    ]
    return lines


def pdf_bytes(dossier: Any) -> bytes:
    _fonts()
    styles = _styles()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A5,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Giấy tiếp nhận {dossier.code}",
    )
    story: list[Any] = []
    for style, text in receipt_lines(dossier):
        story.append(_p(text, styles[style]))
        story.append(Spacer(1, 1.5 * mm))
    document.build(story)
    return buffer.getvalue()


def pdf_response(dossier: Any) -> HttpResponse:
    response = HttpResponse(pdf_bytes(dossier), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="tiep-nhan-{dossier.code}.pdf"'
    return response
