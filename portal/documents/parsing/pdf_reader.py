"""Text layer of a PDF (pypdf). A scanned PDF without text is refused with an OCR hint."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from portal.documents.parsing.legacy import TCVN3, convert_legacy, detect_legacy
from portal.documents.parsing.reader import DocumentReadError, ReadResult

MAX_PAGES = 200
MIN_TEXT_CHARS = 20
NO_TEXT_LAYER = "Tệp PDF không có lớp chữ (bản quét); cần nhận dạng ký tự (OCR) trước khi nhập."


def read_pdf(path: Path, *, max_pages: int = MAX_PAGES) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    broken = (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentReadError(f"Tệp PDF “{path.name}” được đặt mật khẩu; không đọc được.")
        pages = reader.pages
        count = len(pages)
    except broken as error:
        raise DocumentReadError(
            f"Tệp PDF “{path.name}” bị hỏng hoặc không đúng định dạng PDF."
        ) from error
    warnings: list[str] = []
    texts: list[str] = []
    for index in range(min(count, max_pages)):
        try:
            texts.append(pages[index].extract_text() or "")
        except broken:
            warnings.append(f"Không đọc được chữ ở trang {index + 1}.")
    if count > max_pages:
        warnings.append(f"Tệp có {count} trang; chỉ đọc {max_pages} trang đầu.")
    text = unicodedata.normalize("NFC", "\n".join(texts))
    if len(re.sub(r"\s+", "", text)) < MIN_TEXT_CHARS:
        raise DocumentReadError(NO_TEXT_LAYER)
    encoding = detect_legacy(text)
    if encoding:
        if encoding == TCVN3:
            text = text.replace("\u2212", "\u00ad")  # TCVN3 "ư" (0xAD) comes out as "−"
        text = convert_legacy(text, encoding)
        warnings.append(f"Lớp chữ PDF dùng bảng mã {encoding.upper()}; đã chuyển sang Unicode.")
    return ReadResult(text, warnings, encoding)
