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


def answer_to(question: str) -> str:
    """The answer a person gives to "… Ba cộng năm bằng bao nhiêu?" (in digits)."""
    import re

    from portal.core.antispam import NUMBERS

    a, b = re.search(r"(\w+) cộng (\w+) bằng bao nhiêu", question).groups()  # type: ignore[union-attr]
    return str(NUMBERS.index(a.lower()) + NUMBERS.index(b.lower()))
