"""Recompute the validity (tình trạng hiệu lực) of every published document. Run daily."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from portal.documents import validity
from portal.documents.models import LegalDocument


class Command(BaseCommand):
    help = "Cập nhật tình trạng hiệu lực của văn bản theo ngày hiện tại."

    def handle(self, **options: Any) -> None:
        changed = sum(
            validity.refresh(document) for document in LegalDocument.objects.public().iterator()
        )
        self.stdout.write(f"Đã cập nhật tình trạng hiệu lực của {changed} văn bản.")
