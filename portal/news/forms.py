"""Back-office form for articles: the source is required whenever content leaves draft."""

from __future__ import annotations

from typing import Any

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

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
            if not body_has_text(cleaned.get("body")):
                self.add_error("body", _("Nội dung bài viết không được để trống."))
        return cleaned


def body_has_text(body: Any) -> bool:
    """True when the body has an image, media, file, or a paragraph with visible text."""
    for block in body or []:
        if block.block_type != "paragraph":
            return True
        if strip_tags(
            str(block.value.source if hasattr(block.value, "source") else block.value)
        ).strip():
            return True
    return False
