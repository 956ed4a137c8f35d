"""parse_file: read a file and extract its metadata in one call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portal.documents.parsing.extract import parse_metadata
from portal.documents.parsing.reader import MAX_BYTES, read_document


def parse_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """Metadata of the document in ``path`` plus ``"file"``; read warnings come first.

    Raises DocumentReadError when the file cannot be read (empty, binary, scanned PDF …).
    """
    read = read_document(path, max_bytes=max_bytes)
    meta = parse_metadata(read.text)
    meta["warnings"] = read.warnings + meta["warnings"]
    meta["file"] = str(path)
    return meta
