"""Checking citizens' uploads for dossiers (the shared checker, with the dossier size limit)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from portal.core.uploads import check_upload, sniff

__all__ = ["sniff", "validate_upload"]


def validate_upload(upload: Any) -> None:
    check_upload(upload, settings.DOSSIER_MAX_FILE_MB)
