"""Checking citizens' uploads by their content, not their name."""

from __future__ import annotations

import zipfile
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _

ALLOWED = {
    "application/pdf": "PDF",
    "image/jpeg": "JPG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
}


def _head(upload: Any, size: int = 8) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return bytes(head)


def _is_docx(upload: Any) -> bool:
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False
    finally:
        upload.seek(0)


def _pdf_complete(upload: Any) -> bool:
    upload.seek(max(upload.size - 1024, 0))
    tail = upload.read()
    upload.seek(0)
    return b"%%EOF" in tail


def sniff(upload: Any) -> str | None:
    """The MIME type read from the file's first bytes, among the allowed ones."""
    head = _head(upload)
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"PK\x03\x04") and _is_docx(upload):
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return None


def validate_upload(upload: Any) -> None:
    """Raise a Vietnamese ValidationError for a wrong type, a broken PDF or a too large file."""
    limit = settings.DOSSIER_MAX_FILE_MB
    if upload.size > limit * 1024 * 1024:
        raise forms.ValidationError(
            _("Tệp “%(name)s” lớn hơn %(limit)d MB.") % {"name": upload.name, "limit": limit}
        )
    if upload.size == 0:
        raise forms.ValidationError(_("Tệp “%s” rỗng.") % upload.name)
    kind = sniff(upload)
    if kind is None:
        raise forms.ValidationError(
            _("Tệp “%s” không phải PDF, JPG, PNG hoặc DOCX (kiểm tra theo nội dung tệp).")
            % upload.name
        )
    if kind == "application/pdf" and not _pdf_complete(upload):
        raise forms.ValidationError(_("Tệp PDF “%s” bị hỏng hoặc không đầy đủ.") % upload.name)
