"""Who may change which legal document: the unit that maintains it, the board, the office."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from portal.core import access as core_access
from portal.documents.models import LegalDocument


def editable_documents(user: Any) -> QuerySet[LegalDocument]:
    records = LegalDocument.objects.all()
    return core_access.unit_records(user, records, "documents.change_legaldocument")
