"""Turn a parsed file into a draft document record awaiting the editorial workflow."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from django.core.files import File
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection

from portal.core.models import Unit
from portal.documents.models import DocumentAttachment, DocumentType, LegalDocument
from portal.documents.parsing import parse_file, parse_metadata, read_document
from portal.text import fold


@dataclass
class ImportResult:
    path: Path
    record: LegalDocument | None = None
    created: bool = False
    metadata: dict[str, Any] = field(default_factory=dict)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_type(name: str | None, so_ky_hieu: str | None) -> DocumentType:
    """The document type named `name`; normative when the number carries a year."""
    candidates = [t for t in DocumentType.objects.all() if fold(t.name) == fold(name or "")]
    has_year = bool(so_ky_hieu and so_ky_hieu.count("/") >= 2)
    candidates.sort(key=lambda t: (t.group == DocumentType.Group.NORMATIVE) != has_year)
    if candidates:
        return candidates[0]
    fallback, _created = DocumentType.objects.get_or_create(
        name="Văn bản khác", group=DocumentType.Group.ADMINISTRATIVE
    )
    return fallback


def find_issuer(name: str | None) -> Unit | None:
    if not name:
        return None
    key = fold(name)
    return next((unit for unit in Unit.objects.all() if fold(unit.name) == key), None)


def build_record(meta: dict[str, Any], full_text: str = "") -> LegalDocument:
    """An unsaved record holding the parsed metadata (the clerk corrects it before submitting)."""
    so_ky_hieu = meta.get("so_ky_hieu") or ""
    parts = so_ky_hieu.split("/")
    year = int(parts[1]) if len(parts) >= 3 and parts[1].isdigit() else None
    issued = meta.get("ngay_ban_hanh")
    issuer = find_issuer(meta.get("co_quan_ban_hanh"))
    record = LegalDocument(
        so=meta.get("so") or "",
        nam=year,
        ky_hieu=meta.get("ky_hieu") or "",
        so_ky_hieu=so_ky_hieu,
        loai=find_type(meta.get("loai"), so_ky_hieu),
        issuer=issuer,
        unit=issuer,  # one of our units issued it: that unit maintains it
        issuer_name=meta.get("co_quan_ban_hanh") or "",
        nguoi_ky=meta.get("nguoi_ky") or "",
        chuc_vu_ky=meta.get("chuc_vu_ky") or "",
        dia_danh=meta.get("dia_danh") or "",
        ngay_ban_hanh=date.fromisoformat(issued) if issued else None,
        trich_yeu=meta.get("trich_yeu") or "",
        can_cu="\n".join(meta.get("can_cu") or []),
        noi_nhan="\n".join(meta.get("noi_nhan") or []),
        full_text=full_text,
    )
    return record


def store_file(path: Path, title: str, user: Any = None) -> Any:
    document_model = get_document_model()
    with path.open("rb") as handle:
        stored = document_model(
            title=title[:255] or path.name,
            collection=Collection.get_first_root_node(),
            uploaded_by_user=user,
        )
        stored.file.save(path.name, File(handle), save=False)
        stored.save()
    return stored


def import_file(path: Path, user: Any = None) -> ImportResult:
    """Create a draft record with its file; a file imported before is not imported again."""
    checksum = sha256_of(path)
    existing = LegalDocument.objects.filter(source_sha256=checksum).first()
    if existing is not None:
        return ImportResult(path=path, record=existing, created=False)
    read = read_document(path)
    meta = parse_metadata(read.text)
    with transaction.atomic():
        record = build_record(meta, full_text=read.text)
        record.source_sha256 = checksum
        record.live = False
        stored = store_file(path, record.so_ky_hieu or path.stem, user)
        record.attachments = [DocumentAttachment(file=stored, title=path.name)]
        record.save()
        record.save_revision(user=user)
    return ImportResult(path=path, record=record, created=True, metadata=meta)


def dry_run(path: Path) -> dict[str, Any]:
    return parse_file(path)
