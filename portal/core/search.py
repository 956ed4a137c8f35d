"""Accent- and đ-insensitive search on a folded `search_blob` field, the same on SQLite and
PostgreSQL (see ../shared/reference/vietnamese-text.md §1: the databases' own folding misses
letters with two marks and đ)."""

from __future__ import annotations

from typing import Any

from django.db import models

from portal.text import search_key


def build_search_blob(*parts: Any) -> str:
    """`" quyet dinh | 4635 qd ubnd "`: each part folded, words space-separated, padded."""
    return " " + " | ".join(search_key(str(part)) for part in parts if part) + " "


class FoldedSearchQuerySet(models.QuerySet[Any]):
    def matching(self, query: str) -> Any:
        """Records where every word of `query` starts a word of the blob."""
        qs = self
        for token in search_key(query).split():
            qs = qs.filter(search_blob__contains=f" {token}")
        return qs
