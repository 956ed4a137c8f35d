"""Document records for tests, created and published through the real workflow."""

from __future__ import annotations

from datetime import date
from typing import Any

from portal.documents.models import DocumentRelation, DocumentType, LegalDocument

DEFAULTS: dict[str, Any] = {
    "so": "4635",
    "ky_hieu": "QĐ-UBND",
    "so_ky_hieu": "4635/QĐ-UBND",
    "trich_yeu": "Về việc ban hành Quy chế hoạt động của Trang thông tin điện tử (Website) "
    "huyện Krông Pắc trên Internet",
    "issuer_name": "Ủy ban nhân dân huyện Krông Pắc",
    "nguoi_ky": "Nguyễn Sỹ Kỳ",
    "chuc_vu_ky": "TM. ỦY BAN NHÂN DÂN HUYỆN / CHỦ TỊCH",
    "dia_danh": "Krông Pắc",
    "ngay_ban_hanh": date(2011, 8, 19),
    "ngay_hieu_luc": date(2011, 8, 19),
}


def document_type(name: str = "Quyết định") -> DocumentType:
    return DocumentType.objects.filter(name=name, group="hanh_chinh").first() or (
        DocumentType.objects.get(name=name)
    )


def make_document(
    relations: list[tuple[str, LegalDocument]] | None = None, **fields: Any
) -> LegalDocument:
    """A draft record (never published)."""
    values = {**DEFAULTS, **fields}
    values.setdefault("loai", document_type())
    record = LegalDocument(live=False, **values)
    record.relations = [DocumentRelation(kind=k, target=t) for k, t in relations or []]
    record.save()
    record.save_revision()
    return record
