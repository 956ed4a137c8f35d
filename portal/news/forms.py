"""Back-office form for articles: the source is required whenever content leaves draft."""

from __future__ import annotations

from typing import Any

from portal.core.forms import PortalPageForm
from portal.news.sources import source_problems


class ArticleForm(PortalPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if not self.is_deferred_validation:  # submitting or approving, not "save draft"
            problems = source_problems(
                cleaned.get("source_kind") or "",
                cleaned.get("source_name") or "",
                cleaned.get("source_reference") or "",
            )
            for field, message in problems.items():
                self.add_error(field, message)
        return cleaned
