"""The public archive: accent-insensitive search, filters, pagination, FAQ, detail; and the API."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from portal.documents.models import Field
from portal.questions.models import Kind, PublishedQuestion

pytestmark = pytest.mark.django_db

API = "/api-thu/v1/hoi-dap/"


def make_record(unit, **fields) -> PublishedQuestion:
    """A record as step 3 leaves it (live); the workflow itself is tested in test_flow.py."""
    values = {
        "title": "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "question_text": "Gia đình tôi có thửa đất ở thôn 3, xã Ea Kly, muốn cấp sổ đỏ lần đầu.",
        "answer_text": "Hồ sơ nộp tại Bộ phận Một cửa huyện Krông Pắc; thời hạn 30 ngày.",
        "linh_vuc": Field.objects.get(name="Tài nguyên và Môi trường"),
        "unit": unit,
        "asked_on": date(2026, 3, 2),
        "answered_on": date(2026, 3, 20),
        "live": True,
    }
    values.update(fields)
    return PublishedQuestion.objects.create(**values)


def titles(client, **params) -> list[str]:
    response = client.get(reverse("questions:list"), params)
    assert response.status_code == 200
    return [r.title for r in response.context["records"]]


def test_search_ignores_accents_case_and_d(client, unit):
    make_record(unit)
    other = make_record(unit, title="Đăng ký khai sinh", question_text="Khai sinh cho con.")
    other.answer_text = "Nộp tại UBND xã."
    other.save()
    for query in ["quyen su dung dat", "QUYỀN SỬ DỤNG", "so do", "krong pac", "ea kly"]:
        assert titles(client, q=query) == ["Cấp giấy chứng nhận quyền sử dụng đất lần đầu"], query
    assert titles(client, q="dang ky") == ["Đăng ký khai sinh"]
    assert titles(client, q="đăng ký khai") == ["Đăng ký khai sinh"]
    assert titles(client, q="khong co gi") == []


def test_filters_by_field_unit_year_and_faq(client, unit, other_unit):
    make_record(unit, title="A đất đai", is_faq=True)
    make_record(
        other_unit,
        title="B giáo dục",
        linh_vuc=Field.objects.get(name="Giáo dục và Đào tạo"),
        answered_on=date(2025, 12, 1),
    )
    education = Field.objects.get(name="Giáo dục và Đào tạo")
    assert titles(client, linh_vuc=education.pk) == ["B giáo dục"]
    assert titles(client, don_vi=unit.pk) == ["A đất đai"]
    assert titles(client, nam=2025) == ["B giáo dục"]
    assert titles(client, thuong_gap="on") == ["A đất đai"]
    assert titles(client, sap_xep="cu") == ["B giáo dục", "A đất đai"]
    assert titles(client, linh_vuc="khong-hop-le") == []


def test_faq_entries_are_highlighted_on_the_archive(client, unit):
    make_record(unit, title="Câu hỏi thường gặp về sổ đỏ", is_faq=True)
    page = client.get(reverse("questions:list")).content.decode()
    assert 'id="faq-title">Câu hỏi thường gặp</h2>' in page
    assert page.count("Câu hỏi thường gặp về sổ đỏ") == 2  # in the FAQ box and in the list


def test_the_archive_is_paginated(client, unit):
    for n in range(23):
        make_record(unit, title=f"Câu hỏi số {n:02d}", answered_on=date(2026, 1, 1 + n))
    first = client.get(reverse("questions:list")).content.decode()
    assert "Trang 1/2" in first and "Câu hỏi số 22" in first and "Câu hỏi số 02" not in first
    second = client.get(reverse("questions:list"), {"trang": 2}).content.decode()
    assert "Câu hỏi số 02" in second and "Câu hỏi số 00" in second
    assert titles(client, q="cau hoi so", trang=2) == [
        "Câu hỏi số 02",
        "Câu hỏi số 01",
        "Câu hỏi số 00",
    ]


def test_drafts_and_unpublished_changes_are_never_shown(client, unit):
    draft = make_record(unit, title="Bản nháp chưa duyệt", live=False)
    assert titles(client) == []
    assert client.get(reverse("questions:detail_short", args=[draft.pk])).status_code == 404


def test_the_detail_page_shows_the_answer_unit_and_dates(client, unit):
    record = make_record(unit)
    response = client.get(reverse("questions:detail_short", args=[record.pk]))
    assert response.status_code == 301 and response.url == record.get_absolute_url()
    page = client.get(record.get_absolute_url()).content.decode()
    assert "Bộ phận Một cửa huyện Krông Pắc" in page
    assert "Phòng Tư pháp" in page and "Tài nguyên và Môi trường" in page
    assert "02/03/2026" in page and "20/03/2026" in page


def test_feedback_and_questions_have_separate_archives(client, unit):
    make_record(unit, title="Câu hỏi thường")
    feedback = make_record(unit, title="Phản ánh đường hư hỏng", kind=Kind.FEEDBACK)
    assert titles(client) == ["Câu hỏi thường"]
    page = client.get(reverse("feedback:list")).content.decode()
    assert "Phản ánh đường hư hỏng" in page and "Câu hỏi thường<" not in page
    assert feedback.get_absolute_url().startswith("/gop-y/phan-anh-kien-nghi/")
    assert client.get(feedback.get_absolute_url()).status_code == 200
    wrong = reverse("questions:detail_short", args=[feedback.pk])
    assert client.get(wrong).status_code == 404


@pytest.mark.urls("portal.questions.tests.api_urls")
def test_the_api_lists_filters_and_details_published_records(client, unit, other_unit):
    land = make_record(unit, is_faq=True)
    make_record(other_unit, title="Phản ánh rác thải", kind=Kind.FEEDBACK)
    make_record(unit, title="Nháp", live=False)
    listing = client.get(API).json()
    assert listing["count"] == 2
    assert [i["tieu_de"] for i in client.get(API, {"q": "su dung dat"}).json()["items"]] == [
        land.title
    ]
    assert client.get(API, {"loai": "phan_anh"}).json()["count"] == 1
    assert client.get(API, {"loai": "khac"}).json()["count"] == 0
    assert client.get(API, {"thuong_gap": "true"}).json()["count"] == 1
    assert client.get(API, {"don_vi": other_unit.pk}).json()["count"] == 1
    detail = client.get(f"{API}{land.pk}/").json()
    assert detail["tra_loi"] == land.answer_text
    assert detail["don_vi_tra_loi"] == "Phòng Tư pháp"
    assert detail["linh_vuc"] == "Tài nguyên và Môi trường"
    assert detail["url"].endswith(land.get_absolute_url())
    assert detail["ngay_hoi"] == "2026-03-02"
