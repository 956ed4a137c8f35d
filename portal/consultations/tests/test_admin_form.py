"""The back-office form: a unit pastes the draft text and gets one record per article."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from portal.consultations.models import Consultation

pytestmark = pytest.mark.django_db
SEED = Path(__file__).parents[1] / "demo_data" / "quy-che-website-huyen-krong-pac.txt"
ADD = "wagtailsnippets_consultations_consultation:add"


def form(unit, **fields):
    data = {
        "title": "Dự thảo Quy chế hoạt động của Trang thông tin điện tử huyện (sửa đổi)",
        "drafting_unit": unit.pk,
        "opens_at": "2026-12-05 08:00",
        "closes_at": "2027-01-05 17:00",
        "summary": "Sửa đổi Quy chế năm 2011.",
        "files": inline_formset([]),
        "source_text": "",
        "preamble": "",
        "articles": inline_formset([]),
        "report": rich_text(""),
        "report_file": "",
        "final_document": "",
    }
    data.update(fields)
    return nested_form_data(data)


def test_pasting_the_draft_creates_one_record_per_article(client, unit, unit_updater):
    client.force_login(unit_updater)
    text = SEED.read_text(encoding="utf-8")
    response = client.post(reverse(ADD), form(unit, source_text=text))
    assert response.status_code == 302, response.content.decode()[:2000]
    consultation = Consultation.objects.get()
    assert not consultation.live
    articles = list(consultation.articles.all())
    assert [a.number for a in articles] == [f"Điều {n}" for n in range(1, 19)]
    assert articles[14].title == "Quy trình biên tập thông tin lên Website huyện"
    assert articles[14].chapter == "Chương IV. CÔNG TÁC BIÊN TẬP WEBSITE HUYỆN"
    assert "Số: 4635/QĐ-UBND" in consultation.preamble
    assert consultation.drafting_unit == unit


def test_a_text_without_articles_is_refused_and_kept(client, unit, unit_updater):
    client.force_login(unit_updater)
    response = client.post(reverse(ADD), form(unit, source_text="Kế hoạch không có điều nào."))
    assert response.status_code == 200
    assert "Không tìm thấy dòng nào bắt đầu bằng" in response.content.decode()
    assert "Kế hoạch không có điều nào." in response.content.decode()
    assert not Consultation.objects.exists()


def test_the_end_must_come_after_the_start(client, unit, member):
    client.force_login(member)
    response = client.post(
        reverse(ADD), form(unit, opens_at="2027-01-05 17:00", closes_at="2026-12-05 08:00")
    )
    assert "Thời điểm kết thúc phải sau thời điểm bắt đầu" in response.content.decode()


def test_a_unit_cannot_post_another_unit_as_drafting_unit(client, other_unit, unit_updater):
    client.force_login(unit_updater)
    response = client.post(reverse(ADD), form(other_unit))
    assert response.status_code == 200
    assert not Consultation.objects.exists()
