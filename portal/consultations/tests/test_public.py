"""The public list and page of a consultation, and the JSON API router."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from ninja.testing import TestClient

from portal.consultations import actions
from portal.consultations.api import router
from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import make_consultation, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed(unit, unit_updater, deputy, head):
    now = timezone.now()
    consultation = make_consultation(
        unit,
        title="Dự thảo Quy định thi đua, khen thưởng",
        opens=now - timedelta(days=60),
        closes=now - timedelta(days=30),
        report="<p>Đã tiếp thu 02 ý kiến về Điều 3.</p>",
    )
    return publish(consultation, unit_updater, deputy, head)


def approved(consultation, article, content, member):
    comment = ConsultationComment.objects.create(
        consultation=consultation,
        article=article,
        article_label=article.label if article else "",
        code=f"GY-261129-{ConsultationComment.objects.count():06d}",
        name="Ai Đó",
        email="ai.do@example.net",
        content=content,
        consent_text="…",
    )
    actions.approve_comment(comment, by=member)
    return comment


def test_the_list_shows_open_consultations_before_closed_ones(client, published, closed, member):
    approved(published, None, "Ý kiến một.", member)
    approved(published, published.articles.first(), "Ý kiến hai.", member)
    page = client.get("/gop-y/").content.decode()
    assert page.index(published.title) < page.index(closed.title)
    assert page.index("Đang lấy ý kiến") < page.index(published.title)
    assert page.index("Đã kết thúc lấy ý kiến") < page.index(closed.title)
    assert "2 ý kiến đã công khai" in page


def test_the_page_shows_files_articles_and_comments_per_article(client, published, member):
    article = published.articles.get(number="Điều 3")
    approved(published, article, "Nên dùng tên miền .gov.vn.", member)
    page = client.get(published.get_absolute_url()).content.decode()
    assert published.files.first().document.url in page and "download" in page
    assert "Điều 1. Phạm vi điều chỉnh" in page and "Điều 3. Tên miền" in page
    section = page[page.index(f'id="{article.anchor}"') :]
    assert section.index("Nên dùng tên miền .gov.vn.") < section.index("Góp ý chung")
    assert "Ý kiến về Điều 3 (1)" in page and "Ý kiến về Điều 1 (0)" in page
    assert f"?dieu={article.pk}#gop-y" in page


def test_an_old_slug_redirects_and_a_draft_is_not_found(client, published, draft):
    response = client.get(f"/gop-y/{published.pk}-ten-cu/")
    assert response.status_code == 301 and response["Location"] == published.get_absolute_url()
    assert client.get(f"/gop-y/{published.pk}/").status_code == 301
    other = make_consultation(published.drafting_unit, title="Chưa duyệt")
    assert client.get(other.get_absolute_url()).status_code == 404


def test_the_api_lists_published_consultations_only(published, closed, unit):
    make_consultation(unit, title="Bản nháp chưa duyệt")
    data = TestClient(router).get("/").json()
    titles = [item["tieu_de"] for item in data["items"]]
    assert sorted(titles) == sorted([published.title, closed.title])
    by_title = {item["tieu_de"]: item for item in data["items"]}
    assert by_title[published.title]["giai_doan"] == Consultation.Phase.OPEN
    assert by_title[closed.title]["giai_doan"] == Consultation.Phase.CLOSED


def test_the_api_gives_articles_with_their_approved_comments(published, closed, member):
    article = published.articles.get(number="Điều 2")
    approved(published, article, "Cần định nghĩa “cổng thông tin”.", member)
    api = TestClient(router)
    detail = api.get(f"/{published.pk}/").json()
    assert [a["so_dieu"] for a in detail["cac_dieu"]] == ["Điều 1", "Điều 2", "Điều 3"]
    assert detail["cac_dieu"][1]["y_kien"][0]["noi_dung"] == "Cần định nghĩa “cổng thông tin”."
    assert detail["cac_dieu"][1]["y_kien"][0]["nguoi_gop_y"] is None
    assert detail["bao_cao_tong_hop"] is None
    assert detail["tep"][0]["tieu_de"] == "Toàn văn dự thảo"
    report = api.get(f"/{closed.pk}/").json()["bao_cao_tong_hop"]
    assert "Đã tiếp thu 02 ý kiến về Điều 3." in report
    draft = make_consultation(published.drafting_unit, title="Bản nháp")
    assert api.get(f"/{draft.pk}/").status_code == 404


@pytest.mark.urls("portal.consultations.tests.api_urls")
def test_the_router_works_once_mounted_and_documents_itself(client, published):
    listing = client.get("/api/v1/gop-y/")
    assert listing.status_code == 200 and listing.json()["count"] == 1
    assert client.get(f"/api/v1/gop-y/{published.pk}/").json()["tieu_de"] == published.title
    paths = client.get("/api/v1/schema/").json()["paths"]
    assert "/api/v1/gop-y/" in paths and "/api/v1/gop-y/{consultation_id}/" in paths
