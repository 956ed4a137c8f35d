"""The source (nguồn tin) is required to submit; a draft may be saved without it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.news.models import ArticlePage

pytestmark = pytest.mark.django_db


DRAFTAIL = (
    '{"blocks":[{"key":"a1b2c","type":"unstyled","text":"Vụ thu hoạch bắt đầu.","depth":0,'
    '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
)
PARAGRAPH = {
    "body-count": "1",
    "body-0-type": "paragraph",
    "body-0-value": DRAFTAIL,
    "body-0-deleted": "",
    "body-0-order": "0",
    "body-0-id": "",
}


def _post(client, category, **overrides):
    data = {
        "title": "Tin về mùa thu hoạch cà phê",
        "slug": "",
        "sapo": "Nông dân bước vào vụ thu hoạch.",
        "body-count": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "author_name": "Minh Hà",
        "date": "05/11/2026 08:30",
        "source_kind": "quoted",
        "source_name": "",
        "source_reference": "",
    }
    data.update(overrides)
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", category.pk])
    return client.post(url, data)


def test_submitting_without_a_source_is_refused_and_keeps_the_input(
    client, assignment, member, category
):
    client.force_login(member)
    response = _post(client, category, **{"action-submit": "Gửi duyệt"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "phải ghi tên nguồn" in content
    assert "Tin về mùa thu hoạch cà phê" in content  # nothing typed is lost
    assert not ArticlePage.objects.filter(title="Tin về mùa thu hoạch cà phê").exists()


def test_a_draft_can_be_saved_before_the_source_is_known(client, assignment, member, category):
    client.force_login(member)
    response = _post(client, category, source_kind="")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(title="Tin về mùa thu hoạch cà phê")
    assert not page.live
    assert page.approval_blockers()


def test_submitting_with_a_quoted_source_starts_step_2(
    client, assignment, member, deputy, category, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(member)
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(
            client,
            category,
            source_name="Báo Đắk Lắk",
            source_reference="https://baodaklak.vn/kinh-te/ca-phe",
            **PARAGRAPH,
            **{"action-submit": "Gửi duyệt"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(title="Tin về mùa thu hoạch cà phê")
    assert page.current_workflow_task.specific.step == "bien_tap"
    assert mailoutbox[-1].to == [deputy.email]


def test_an_empty_paragraph_cannot_be_submitted(client, assignment, member, category):
    client.force_login(member)
    empty = (
        '{"blocks":[{"key":"x1","type":"unstyled","text":"","depth":0,'
        '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    )
    response = _post(
        client,
        category,
        source_kind="own",
        **{**PARAGRAPH, "body-0-value": empty},
        **{"action-submit": "Gửi duyệt"},
    )
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(title="Tin về mùa thu hoạch cà phê").exists()


def test_a_body_of_empty_paragraphs_counts_as_empty():
    from wagtail.rich_text import RichText

    from portal.news.forms import body_has_text

    page = ArticlePage(body=[("paragraph", RichText('<p data-block-key="a1"></p>'))])
    assert not body_has_text(page.body)
    page.body = [("paragraph", RichText('<p data-block-key="a1">Có chữ</p>'))]
    assert body_has_text(page.body)
    page.body = [("quote", {"text": "Trích dẫn", "attribution": ""})]
    assert body_has_text(page.body)
