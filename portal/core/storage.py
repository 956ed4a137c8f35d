"""Where citizens' files live: under PRIVATE_MEDIA_ROOT, outside the public media, never
served by URL — only by views that check who asks (and log it)."""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Citizens' files in `folder` of PRIVATE_MEDIA_ROOT. The location is read from settings
    on each use, so an installation (or a test) may move it."""

    def __init__(self, folder: str = "") -> None:
        super().__init__(base_url=None)
        self.folder = folder

    @property  # type: ignore[override]
    def base_location(self) -> str:
        return str(Path(settings.PRIVATE_MEDIA_ROOT) / self.folder)

    @property  # type: ignore[override]
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise PermissionError("Citizens' files have no public URL.")

    def deconstruct(self) -> tuple[str, tuple[object, ...], dict[str, object]]:
        return ("portal.core.storage.PrivateStorage", (self.folder,), {})
