"""Tình trạng hiệu lực, computed from dates and from the documents that replace or repeal one.

A document's status changes by itself: when a document that replaces or repeals it takes
effect (at publication, or on its effective date through `update_document_validity`).
"""

from __future__ import annotations

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.documents.models import DocumentRelation, LegalDocument, RelationKind, Validity

FULL = {RelationKind.REPLACES, RelationKind.REPEALS}
PARTIAL = {RelationKind.REPLACES_PART, RelationKind.REPEALS_PART}


def _in_effect(document: LegalDocument, today: date) -> bool:
    return document.ngay_hieu_luc is None or document.ngay_hieu_luc <= today


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _because(relation: DocumentRelation) -> str:
    source = relation.source
    since = _fmt(source.ngay_hieu_luc) if source.ngay_hieu_luc else _("ngày ký")
    return _("%(how)s văn bản %(number)s (có hiệu lực từ %(since)s)") % {
        "how": relation.inverse_label,
        "number": source.so_ky_hieu or source.trich_yeu[:60],
        "since": since,
    }


def compute(document: LegalDocument, today: date | None = None) -> tuple[str, str]:
    """The status and its reason, as of `today`."""
    today = today or timezone.localdate()
    if document.ngay_het_hieu_luc and document.ngay_het_hieu_luc <= today:
        return Validity.EXPIRED, _("Hết hiệu lực từ ngày %s") % _fmt(document.ngay_het_hieu_luc)
    incoming = [
        relation
        for relation in DocumentRelation.objects.filter(target=document, source__live=True)
        .select_related("source")
        .order_by("source__ngay_hieu_luc")
        if _in_effect(relation.source, today)
    ]
    full = [r for r in incoming if r.kind in FULL]
    if full:
        return Validity.EXPIRED, _because(full[0])
    if not _in_effect(document, today):
        return Validity.NOT_YET, _("Có hiệu lực từ ngày %s") % _fmt(document.ngay_hieu_luc)
    partial = [r for r in incoming if r.kind in PARTIAL]
    if partial:
        return Validity.PARTLY_EXPIRED, "; ".join(_because(r) for r in partial)
    return Validity.IN_FORCE, ""


def refresh(document: LegalDocument, today: date | None = None) -> bool:
    """Store the computed status; True when it changed."""
    status, reason = compute(document, today)
    if (status, reason) == (document.validity, document.validity_reason):
        return False
    document.validity, document.validity_reason = status, reason
    LegalDocument.objects.filter(pk=document.pk).update(validity=status, validity_reason=reason)
    return True


def refresh_with_targets(document: LegalDocument) -> None:
    """After `document` is published: its own status and that of every document it affects."""
    refresh(document)
    for relation in DocumentRelation.objects.filter(source=document).select_related("target"):
        refresh(relation.target)
