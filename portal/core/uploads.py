"""Citizens' uploads are checked by what they contain, never by their name.

One checker for every public form: it returns the file's MIME type or raises a Vietnamese
ValidationError. A PDF must open in a PDF library and have at least one page (a file that
merely starts with `%PDF-` and ends with `%%EOF` may be an HTML page in disguise); an image
must decode; a Word document must be an OOXML package without macros.
"""

from __future__ import annotations

import logging
import zipfile
from typing import IO, Any

from django import forms
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EXTENSIONS = {PDF: "pdf", JPEG: "jpg", PNG: "png", DOCX: "docx"}
ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx"
KINDS_TEXT = "PDF, JPG, PNG hoặc DOCX"


def _head(upload: IO[bytes], size: int = 8) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return bytes(head)


def _is_docx(upload: IO[bytes]) -> bool:
    """A Word document: an OOXML package with a main document part and no macros."""
    try:
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                return False
            with package.open("[Content_Types].xml") as types:
                declared = types.read(64 * 1024)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return False
    finally:
        upload.seek(0)
    return b"wordprocessingml.document.main+xml" in declared and b"macroEnabled" not in declared


def _is_pdf(upload: IO[bytes]) -> bool:
    """A PDF that a PDF library opens and that has at least one page."""
    from pypdf import PdfReader

    try:
        upload.seek(0)
        return len(PdfReader(upload, strict=False).pages) > 0
    except Exception:  # noqa: BLE001  (pypdf raises many kinds on broken files: all mean "no")
        logger.info("Refused an upload that is not a readable PDF", exc_info=True)
        return False
    finally:
        upload.seek(0)


def _is_image(upload: IO[bytes]) -> bool:
    from PIL import Image

    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image.verify()
        return True
    except Exception:  # noqa: BLE001  (Pillow raises many kinds on broken files)
        return False
    finally:
        upload.seek(0)


def sniff(upload: IO[bytes]) -> str | None:
    """The MIME type read from the content, among the accepted ones, or None."""
    head = _head(upload)
    if head.startswith(b"%PDF-"):
        return PDF if _is_pdf(upload) else None
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG if _is_image(upload) else None
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG if _is_image(upload) else None
    if head.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(upload) else None
    return None


def check_upload(upload: Any, max_mb: int) -> str:
    """The upload's MIME type; a Vietnamese ValidationError for an empty, too large, broken
    or unaccepted file."""
    if upload.size > max_mb * 1024 * 1024:
        raise forms.ValidationError(
            _("Tệp “%(name)s” lớn hơn %(limit)d MB.") % {"name": upload.name, "limit": max_mb},
            code="too_big",
        )
    if upload.size == 0:
        raise forms.ValidationError(_("Tệp “%s” rỗng.") % upload.name, code="empty")
    if _head(upload).startswith(b"%PDF-") and not _is_pdf(upload):
        raise forms.ValidationError(
            _("Tệp PDF “%s” bị hỏng hoặc không đầy đủ.") % upload.name, code="broken"
        )
    kind = sniff(upload)
    if kind is None:
        raise forms.ValidationError(
            _("Tệp “%(name)s” không phải %(kinds)s (kiểm tra theo nội dung tệp).")
            % {"name": upload.name, "kinds": KINDS_TEXT},
            code="type",
        )
    return kind
