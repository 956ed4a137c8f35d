"""Public news pages: what visitors see, and that nothing unapproved is ever shown."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from portal.news.tests.workflow_helpers import act, submit

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def publish(assignment, member, deputy, head):
    def run(page):
        submit(page, member)
        act(page, deputy, "approve")
        act(page, head, "approve")
        page.refresh_from_db()
        return page

    return run


def test_a_published_article_shows_on_home_category_and_its_page(client, make_article, publish):
    page = publish(make_article(title="Huyện tổ chức Ngày hội đại đoàn kết", is_featured=True))
    for url in ["/", "/tin-tuc/", "/tin-tuc/thong-bao/"]:
        assert "Huyện tổ chức Ngày hội đại đoàn kết" in client.get(url).content.decode(), url
    content = client.get(page.url).content.decode()
    assert "<h1>Huyện tổ chức Ngày hội đại đoàn kết</h1>" in content
    assert 'aria-label="Đường dẫn"' in content  # breadcrumbs
    assert "Nguồn tin:" in content


@pytest.mark.parametrize("stage", ["draft", "step 2", "step 3", "sent back"])
def test_unapproved_articles_are_never_public(client, make_article, member, deputy, stage):
    page = make_article(title="Tin chưa được duyệt")
    if stage != "draft":
        submit(page, member)
    if stage == "step 3":
        act(page, deputy, "approve")
    if stage == "sent back":
        act(page, deputy, "reject", comment="Sửa lại")
    url = "/tin-tuc/thong-bao/" + page.slug + "/"
    assert client.get(url).status_code == 404
    for listing in ["/", "/tin-tuc/", "/tin-tuc/thong-bao/", "/rss/", "/sitemap.xml"]:
        assert "Tin chưa được duyệt" not in client.get(listing).content.decode(), listing


def test_preview_urls_need_a_login(client, make_article):
    page = make_article()
    for url in [
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/quan-tri/login/")


def test_unpublished_changes_to_a_live_article_stay_private(client, make_article, publish, member):
    page = publish(make_article(title="Tin đã duyệt"))
    page.title = "Tiêu đề sửa chưa duyệt"
    page.save_revision(user=member)
    content = client.get(page.url).content.decode()
    assert "Tin đã duyệt" in content
    assert "Tiêu đề sửa chưa duyệt" not in content


def test_dates_are_shown_as_dd_mm_yyyy(client, make_article, publish):
    page = publish(make_article(date=datetime(2026, 3, 5, 8, 30, tzinfo=VN)))
    assert "08:30 05/03/2026" in client.get(page.url).content.decode()
    assert "05/03/2026" in client.get("/tin-tuc/thong-bao/").content.decode()


def test_the_category_list_is_paginated(client, make_article, publish):
    for number in range(12):
        publish(make_article(title=f"Tin số {number:02d}", slug=f"tin-so-{number:02d}"))
    first = client.get("/tin-tuc/thong-bao/").content.decode()
    second = client.get("/tin-tuc/thong-bao/?trang=2").content.decode()
    assert first.count('class="article-list__item"') == 10
    assert second.count('class="article-list__item"') == 2
    assert 'rel="next"' in first
    assert "Trang 2/2" in second


def test_an_empty_category_says_so(client):
    assert "Chưa có tin nào trong mục này." in client.get("/tin-tuc/doanh-nghiep/").content.decode()


def test_related_articles_are_from_the_same_category(client, make_article, publish):
    first = publish(make_article(title="Tin thứ nhất", slug="tin-thu-nhat"))
    publish(make_article(title="Tin thứ hai", slug="tin-thu-hai"))
    content = client.get(first.url).content.decode()
    assert "Tin cùng chuyên mục" in content
    assert "Tin thứ hai" in content


def test_the_print_view_has_the_article_without_navigation(client, make_article, publish):
    page = publish(make_article(title="Bản in thử"))
    content = client.get(page.url + "?in=1").content.decode()
    assert "Bản in thử" in content
    assert "print.css" in content
    assert "site-nav" not in content


def test_an_ascii_slug_is_made_from_a_vietnamese_title(client, assignment, member, category):
    client.force_login(member)
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", category.pk])
    response = client.post(
        url,
        {
            "title": "Đường Điện Biên Phủ được nâng cấp",
            "slug": "đường-điện-biên-phủ-được-nâng-cấp",
            "sapo": "Tóm tắt",
            "body-count": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
            "attachments-MIN_NUM_FORMS": "0",
            "attachments-MAX_NUM_FORMS": "1000",
            "author_name": "Minh Hà",
            "date": "05/03/2026 08:30",
            "source_kind": "own",
            "comment_notifications": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    from portal.news.models import ArticlePage

    assert ArticlePage.objects.get(title__startswith="Đường").slug == (
        "duong-dien-bien-phu-duoc-nang-cap"
    )


def test_robots_and_feeds(client):
    assert "Disallow: /quan-tri/" in client.get("/robots.txt").content.decode()
    assert client.get("/rss/").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
