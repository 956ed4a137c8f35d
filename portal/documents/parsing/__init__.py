"""Read Vietnamese administrative documents and extract their metadata (no Django needed).

>>> from portal.documents.parsing import parse_file
>>> meta = parse_file("quyet-dinh.docx")  # doctest: +SKIP
"""

from __future__ import annotations

from portal.documents.parsing.extract import FIELDS, parse_metadata
from portal.documents.parsing.files import parse_file
from portal.documents.parsing.legacy import convert_legacy, detect_legacy, encode_legacy
from portal.documents.parsing.reader import (
    MAX_BYTES,
    DocumentReadError,
    ReadResult,
    read_document,
)

__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "DocumentReadError",
    "ReadResult",
    "convert_legacy",
    "detect_legacy",
    "encode_legacy",
    "parse_file",
    "parse_metadata",
    "read_document",
]
