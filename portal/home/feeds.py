"""Site-wide feeds."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed

from portal.news.queries import published_articles


class NewsFeed(Feed):
    link = "/tin-tuc/"
    description = "Tin mới trên cổng thông tin điện tử"

    def title(self) -> str:  # type: ignore[override]
        return f"{settings.WAGTAIL_SITE_NAME} – Tin tức"

    def items(self) -> Any:
        return published_articles()[:30]

    def item_title(self, item: Any) -> str:
        return item.title

    def item_description(self, item: Any) -> str:
        return item.sapo

    def item_link(self, item: Any) -> str:
        return item.url

    def item_pubdate(self, item: Any) -> Any:
        return item.date
