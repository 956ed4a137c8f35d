"""Where citizens' attachments live: outside MEDIA_ROOT, never served by URL.

Files are read only through the staff view, which checks access and logs the view. Set
`QUESTIONS_PRIVATE_ROOT` in settings to a directory the web server does not serve; by default
it is `private-media/` next to MEDIA_ROOT.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_root() -> Path:
    configured = getattr(settings, "QUESTIONS_PRIVATE_ROOT", None)
    return Path(configured) if configured else Path(settings.MEDIA_ROOT).parent / "private-media"


class PrivateStorage(FileSystemStorage):
    """Its location is read from settings on each use (so tests can point it elsewhere)."""

    def __init__(self) -> None:
        super().__init__(base_url=None)

    @property  # type: ignore[override]
    def base_location(self) -> str:
        return str(private_root())

    @property  # type: ignore[override]
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Citizens' attachments have no public URL.")

    def deconstruct(self) -> tuple[str, tuple[object, ...], dict[str, object]]:
        return ("portal.questions.storage.PrivateStorage", (), {})


def private_storage() -> PrivateStorage:
    return PrivateStorage()
