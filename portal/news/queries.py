"""Read-side queries for the public pages (home page sections)."""

from __future__ import annotations

from typing import Any

from wagtail.models import Page

from portal.news.models import ArticlePage, CategoryPage


def published_articles() -> Any:
    return ArticlePage.objects.live().public().select_related("feed_image").order_by("-date")


def home_sections(home: Page, per_category: int = 4) -> dict[str, Any]:
    """Featured news, the latest news, and the latest news of each top-level category."""
    articles = published_articles().descendant_of(home)
    featured = list(articles.filter(is_featured=True)[:5])
    featured_ids = [a.pk for a in featured]
    categories = CategoryPage.objects.live().public().descendant_of(home).filter(show_on_home=True)
    top_depth = min((c.depth for c in categories), default=0)
    sections = []
    for category in categories.filter(depth=top_depth):
        items = list(articles.descendant_of(category)[:per_category])
        if items:
            sections.append({"category": category, "articles": items})
    return {
        "featured": featured,
        "latest": list(articles.exclude(pk__in=featured_ids)[:6]),
        "sections": sections,
    }
