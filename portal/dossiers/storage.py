"""Private storage for citizens' files: outside MEDIA_ROOT's public URL space."""

from __future__ import annotations

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage() -> FileSystemStorage:
    """The storage of dossier files (a callable, so migrations do not freeze its path)."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
