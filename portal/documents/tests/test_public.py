"""Public document pages and API: only approved records, found by number or words."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from portal.documents.models import LegalDocument
from portal.documents.tests.factories import document_type, make_document
from portal.news.tests.workflow_helpers import act, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(member, deputy, head):
    def run(record):
        submit(record, member)
        act(record, deputy, "approve")
        act(record, head, "approve")
        record.refresh_from_db()
        return record

    return run


@pytest.fixture
def seed_decision(publish):
    return publish(make_document())


def test_documents_are_published_only_through_the_workflow(client, member, deputy):
    record = make_document()
    assert client.get(record.get_absolute_url()).status_code == 404
    submit(record, member)
    act(record, deputy, "approve")
    assert client.get(record.get_absolute_url()).status_code == 404
    assert "4635" not in client.get("/van-ban/").content.decode()
    assert client.get(f"/api/v1/van-ban/{record.pk}/").status_code == 404


@pytest.mark.parametrize(
    "query",
    ["4635/QĐ-UBND", "4635", "qd-ubnd", "QĐ-UBND", "quyet dinh quy che website", "krông pắc"],
)
def test_the_search_box_finds_by_number_and_words(client, seed_decision, query):
    content = client.get("/van-ban/", {"q": query}).content.decode()
    assert seed_decision.get_absolute_url() in content, query


def test_the_search_finds_words_of_the_attached_text(client, publish):
    record = publish(make_document(full_text="Điều 15. Quy trình biên tập thông tin gồm 03 bước"))
    content = client.get("/van-ban/", {"q": "quy trinh bien tap"}).content.decode()
    assert record.get_absolute_url() in content


def test_a_search_without_match_says_so(client, seed_decision):
    content = client.get("/van-ban/", {"q": "không có văn bản này"}).content.decode()
    assert "Không tìm thấy văn bản nào phù hợp." in content


def test_filters_narrow_the_list(client, publish):
    old = publish(make_document(so_ky_hieu="12/QĐ-UBND", ngay_ban_hanh=date(2015, 1, 5)))
    plan = publish(
        make_document(
            so_ky_hieu="30/KH-UBND",
            loai=document_type("Kế hoạch"),
            ngay_ban_hanh=date(2024, 3, 1),
            nguoi_ky="Trần Văn Bình",
        )
    )
    by_year = client.get("/van-ban/", {"nam": "2015"}).content.decode()
    assert old.get_absolute_url() in by_year and plan.get_absolute_url() not in by_year
    by_type = client.get("/van-ban/", {"loai": plan.loai_id}).content.decode()
    assert plan.get_absolute_url() in by_type and old.get_absolute_url() not in by_type
    by_signer = client.get("/van-ban/", {"nguoi_ky": "tran van binh"}).content.decode()
    assert plan.get_absolute_url() in by_signer and old.get_absolute_url() not in by_signer
    by_range = client.get(
        "/van-ban/", {"tu_ngay": "01/01/2020", "den_ngay": "31/12/2024"}
    ).content.decode()
    assert plan.get_absolute_url() in by_range and old.get_absolute_url() not in by_range
    oldest_first = client.get("/van-ban/", {"sap_xep": "cu"}).content.decode()
    assert oldest_first.index("12/QĐ-UBND") < oldest_first.index("30/KH-UBND")


def test_a_bad_date_filter_is_explained(client, seed_decision):
    content = client.get("/van-ban/", {"tu_ngay": "32/13/2020"}).content.decode()
    assert "Ngày không hợp lệ" in content


def test_the_detail_page_shows_metadata_dublin_core_and_print_view(client, seed_decision):
    content = client.get(seed_decision.get_absolute_url()).content.decode()
    assert '<meta name="DC.identifier" content="4635/QĐ-UBND">' in content
    assert "19/08/2011" in content
    assert "Nguyễn Sỹ Kỳ" in content
    printed = client.get(seed_decision.get_absolute_url() + "?in=1").content.decode()
    assert "print.css" in printed and "4635/QĐ-UBND" in printed


def test_relations_show_from_both_sides_and_replacement_changes_validity(client, publish):
    old = publish(
        make_document(
            so_ky_hieu="453/QĐ-UBND", ngay_ban_hanh=date(2009, 1, 1), ngay_hieu_luc=date(2009, 1, 1)
        )
    )
    assert old.validity == "con_hieu_luc"
    new = publish(
        make_document(
            so_ky_hieu="100/QĐ-UBND",
            relations=[("thay_the", old)],
            ngay_hieu_luc=timezone.localdate(),
        )
    )
    old.refresh_from_db()
    assert old.validity == "het_toan_bo"
    assert "100/QĐ-UBND" in old.validity_reason
    old_page = client.get(old.get_absolute_url()).content.decode()
    assert "Bị thay thế toàn bộ bởi" in old_page and new.get_absolute_url() in old_page
    new_page = client.get(new.get_absolute_url()).content.decode()
    assert "Thay thế toàn bộ" in new_page and old.get_absolute_url() in new_page


def test_a_replacement_taking_effect_later_changes_validity_on_that_day(publish, time_travel):
    old = publish(make_document(so_ky_hieu="7/QĐ-UBND", ngay_hieu_luc=date(2020, 1, 1)))
    later = timezone.localdate() + timedelta(days=10)
    new = publish(
        make_document(
            so_ky_hieu="8/QĐ-UBND", relations=[("bai_bo_mot_phan", old)], ngay_hieu_luc=later
        )
    )
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.validity == "con_hieu_luc"
    assert new.validity == "chua_hieu_luc"
    with time_travel(later):
        from django.core.management import call_command

        call_command("update_document_validity")
    old.refresh_from_db()
    new.refresh_from_db()
    assert old.validity == "het_mot_phan"
    assert new.validity == "con_hieu_luc"


def test_the_api_lists_and_details_published_documents(client, seed_decision):
    listing = client.get("/api/v1/van-ban/", {"q": "4635"}).json()
    assert listing["count"] == 1
    item = listing["items"][0]
    assert item["so_ky_hieu"] == "4635/QĐ-UBND"
    assert item["tinh_trang_hieu_luc"] == "Còn hiệu lực"
    detail = client.get(f"/api/v1/van-ban/{seed_decision.pk}/").json()
    assert detail["nguoi_ky"] == "Nguyễn Sỹ Kỳ"
    assert detail["ngay_ban_hanh"] == "2011-08-19"
    schema = client.get("/api/v1/schema/").json()
    assert "/api/v1/van-ban/" in schema["paths"]


def test_the_list_is_paginated(client, publish):
    for number in range(21):
        publish(make_document(so_ky_hieu=f"{number + 1}/TB-UBND", loai=document_type("Thông báo")))
    first = client.get("/van-ban/").content.decode()
    assert "Trang 1/2" in first
    assert LegalDocument.objects.public().count() == 21
