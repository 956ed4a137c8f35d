"""Attachment checks: the type is read from the file's first bytes, never from its name."""

from __future__ import annotations

import zipfile
from typing import IO

MAX_BYTES = 10 * 1024 * 1024
ACCEPT = ".pdf,.jpg,.jpeg,.png,.docx"
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def sniff(upload: IO[bytes]) -> str | None:
    """ "pdf", "jpg", "png" or "docx" from the content, or None for anything else."""
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"PK\x03\x04") and _is_docx(upload):
        return "docx"
    return None


def _is_docx(upload: IO[bytes]) -> bool:
    """A Word document: an OOXML package with a main document part and no macros."""
    try:
        with zipfile.ZipFile(upload) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                return False
            with package.open("[Content_Types].xml") as types:
                declared = types.read(64 * 1024)
    except (zipfile.BadZipFile, OSError, KeyError):
        return False
    finally:
        upload.seek(0)
    return b"wordprocessingml.document.main+xml" in declared and b"macroEnabled" not in declared
