"""Small genuine files for upload tests: a one-page PDF, a PNG and a JPEG that decode."""

from __future__ import annotations

from functools import cache
from io import BytesIO


@cache
def pdf_bytes() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@cache
def image_bytes(kind: str = "PNG") -> bytes:
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, kind)
    return buffer.getvalue()
