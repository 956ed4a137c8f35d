"""Dossier files in private storage, under generated names (the citizen's own file name is
kept as data only: a name can be as long or as odd as a person likes, and may itself hold
personal data)."""

from __future__ import annotations

import secrets

from django.utils import timezone

from portal.core.storage import PrivateStorage

# Where step-1 uploads wait for the dossier to be submitted, and where later files go.
UPLOADS = "uploads"
DOSSIERS = "dossiers"
EXTENSIONS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


def private_storage() -> PrivateStorage:
    """The storage of dossier files (a callable, so migrations do not freeze its path)."""
    return PrivateStorage()


def generated_name(folder: str, content_type: str) -> str:
    """`folder/2026/12/<32 hex>.pdf`: unique, short, and telling nothing about its owner."""
    extension = EXTENSIONS.get(content_type, "bin")
    return f"{folder}/{timezone.localdate():%Y/%m}/{secrets.token_hex(16)}.{extension}"


def original_name(name: str, limit: int = 255) -> str:
    """The citizen's file name, cut to `limit` characters but keeping its extension."""
    name = name.replace("\x00", "").strip() or "tep"
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 10:
        return name[:limit]
    return f"{stem[: limit - len(extension) - 1]}.{extension}"
