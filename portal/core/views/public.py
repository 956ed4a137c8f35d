"""Public views of the core app: robots.txt, RSS, error pages."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /quan-tri/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class NewsFeed(Feed):
    link = "/tin-tuc/"
    description = "Tin mới trên cổng thông tin điện tử"

    def title(self) -> str:  # type: ignore[override]
        return f"{settings.WAGTAIL_SITE_NAME} – Tin tức"

    def items(self) -> Any:
        from portal.news.queries import published_articles

        return published_articles()[:30]

    def item_title(self, item: Any) -> str:
        return item.title

    def item_description(self, item: Any) -> str:
        return item.sapo

    def item_link(self, item: Any) -> str:
        return item.url

    def item_pubdate(self, item: Any) -> Any:
        return item.date


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
