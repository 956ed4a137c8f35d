"""Personal data (NĐ 13/2023): never in any public page, API response or page source; every
staff view of it is logged; it is purged after the retention period."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from portal.questions import actions
from portal.questions.models import Kind, Question
from portal.questions.tests.factories import PERSONAL, form_data, pdf_upload, publish

pytestmark = pytest.mark.django_db

API = "/api-thu/v1/hoi-dap/"
# Every form the asker's data could take in a page: as typed, folded, split, in a mailto.
FORBIDDEN = [
    PERSONAL["name"],
    "Hoang Thi Xuyen",
    "Xuyến",
    PERSONAL["email"],
    "xuyen.hoang",
    "0913579246",
    "0913 579 246",
    "913579246",
    "Tân Lập Quý",
    "Tan Lap Quy",
]


def assert_clean(text: str, where: str) -> None:
    for value in FORBIDDEN:
        assert value.lower() not in text.lower(), f"{value!r} leaked in {where}"


@pytest.fixture
def seeded(make_question, member, deputy, head, unit, unit_head):
    """The same asker in every state: new, forwarded, published (question and feedback), and
    a draft publication that is still in the workflow."""
    new = make_question(attachment=pdf_upload())
    forwarded = make_question()
    actions.forward(forwarded, member, unit)
    published = []
    for kind in (Kind.QUESTION, Kind.FEEDBACK):
        item = make_question(kind=kind, title=f"Hỏi về {kind}: Hoàng Thị Xuyến xin hỏi")
        actions.forward(item, member, unit)
        actions.submit_answer(
            item, unit_head, "Trả lời bà Hoàng Thị Xuyến (0913 579 246): đã giải quyết.", False
        )
        published.append(publish(item, member, deputy, head))
    draft_item = make_question(title="Câu hỏi chưa duyệt Zeta")
    actions.forward(draft_item, member, unit)
    actions.submit_answer(draft_item, unit_head, "Nháp.", False)
    draft = actions.prepare_publication(draft_item, member)
    return {"new": new, "forwarded": forwarded, "published": published, "draft": draft}


def public_urls(seeded) -> list[str]:
    question, feedback = seeded["published"]
    return [
        reverse("questions:list"),
        reverse("questions:list") + "?q=khai+sinh",
        reverse("questions:list") + "?q=giai+quyet&thuong_gap=on&sap_xep=cu",
        reverse("questions:list") + f"?linh_vuc={question.linh_vuc_id}&don_vi={question.unit_id}",
        reverse("questions:list") + "?trang=2",
        question.get_absolute_url(),
        reverse("questions:ask"),
        reverse("questions:track"),
        reverse("questions:track") + f"?ma={seeded['new'].code}",
        reverse("feedback:list"),
        reverse("feedback:list") + "?q=khai+sinh",
        feedback.get_absolute_url(),
        reverse("feedback:submit"),
        reverse("feedback:track"),
    ]


def test_no_public_page_contains_the_askers_data(client, seeded):
    question, feedback = seeded["published"]
    for url in public_urls(seeded):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_clean(response.content.decode(), url)
    # The published records are there, redacted; the draft and the unpublished are not.
    page = client.get(reverse("questions:list")).content.decode()
    assert question.title in page and "[đã ẩn]" in page
    assert "Câu hỏi chưa duyệt Zeta" not in page
    assert seeded["new"].title not in client.get(reverse("feedback:list")).content.decode()
    assert (
        client.get(reverse("questions:detail_short", args=[seeded["draft"].pk])).status_code == 404
    )


def test_searching_for_the_askers_name_finds_nothing(client, seeded):
    for query in ["Hoàng Thị Xuyến", "hoang thi xuyen", "0913579246", "xuyen.hoang"]:
        page = client.get(reverse("questions:list"), {"q": query}).content.decode()
        assert "Không tìm thấy câu hỏi nào phù hợp." in page, query


@pytest.mark.urls("portal.questions.tests.api_urls")
def test_no_api_response_contains_the_askers_data(client, seeded):
    question, feedback = seeded["published"]
    urls = [
        API,
        f"{API}?q=Xuyen",
        f"{API}?loai=phan_anh",
        f"{API}?linh_vuc={question.linh_vuc_id}&thuong_gap=false",
        f"{API}{question.pk}/",
        f"{API}{feedback.pk}/",
        "/api-thu/v1/schema/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_clean(response.content.decode(), url)
    listing = client.get(API).json()
    assert listing["count"] == 2
    assert {item["id"] for item in listing["items"]} == {question.pk, feedback.pk}
    detail = client.get(f"{API}{question.pk}/").json()
    assert set(detail) == {
        "id", "url", "loai", "loai_hien_thi", "tieu_de", "linh_vuc", "don_vi_tra_loi",
        "ngay_hoi", "ngay_tra_loi", "ngay_cong_bo", "thuong_gap", "cau_hoi", "tra_loi",
    }  # fmt: skip
    assert client.get(f"{API}{seeded['draft'].pk}/").status_code == 404


def test_the_confirmation_and_tracking_pages_do_not_echo_contact_data(client, field):
    page = client.post(reverse("questions:ask"), form_data(field)).content.decode()
    assert_clean(page, "confirmation")
    code = Question.objects.get().code
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    result = client.post(reverse("questions:track"), {"code": code, "secret": secret})
    for value in (PERSONAL["email"], PERSONAL["address"], PERSONAL["phone"]):
        assert value not in result.content.decode()


def test_staff_views_of_personal_data_are_logged(client, seeded, member):
    item = seeded["new"]
    client.force_login(member)
    client.get(reverse("questions_admin:detail", args=[item.pk]))
    download = client.get(reverse("questions_admin:attachment", args=[item.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    assert download["Content-Disposition"] == f'attachment; filename="{item.code}.pdf"'
    entries = ModelLogEntry.objects.filter(
        action="portal.personal_data.view", object_id=str(item.pk)
    )
    assert [(e.user_id, e.data["screen"]) for e in entries.order_by("timestamp")] == [
        (member.pk, "detail"),
        (member.pk, "attachment"),
    ]
    from wagtail.log_actions import registry

    assert registry.get_action_label("portal.personal_data.view") == "Xem dữ liệu cá nhân"


def test_the_attachment_is_not_reachable_by_url(seeded, settings):
    item = seeded["new"]
    assert "private-media" in item.attachment.path
    assert not item.attachment.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(PermissionError):
        item.attachment.url  # noqa: B018


def test_personal_data_is_purged_after_the_retention_period(time_travel, seeded):
    question, _feedback = seeded["published"]
    source = question.question
    stored = seeded["new"].attachment.path
    out = StringIO()
    later = timezone.now() + timedelta(days=731)
    with time_travel(later):
        call_command("purge_personal_data", "--dry-run", stdout=out)
        assert source.code in out.getvalue()
        source.refresh_from_db()
        assert source.email == PERSONAL["email"]  # a dry run changes nothing

        call_command("purge_personal_data", stdout=out)
        call_command("purge_personal_data", stdout=out)  # idempotent
    assert "Câu hỏi, phản ánh đã kết thúc: đã xóa 2 mục." in out.getvalue()
    assert "Câu hỏi, phản ánh đã kết thúc: đã xóa 0 mục." in out.getvalue()
    source.refresh_from_db()
    assert (source.name, source.email, source.phone, source.address) == ("", "", "", "")
    assert source.personal_data_erased_at is not None
    question.refresh_from_db()
    assert question.live and question.answer_text  # the anonymous Q&A stays published
    # Items still open, or closed recently, keep their data.
    seeded["new"].refresh_from_db()
    assert seeded["new"].email == PERSONAL["email"]
    assert ModelLogEntry.objects.filter(action="portal.personal_data.erase").count() == 2
    import os

    assert os.path.exists(stored)


def test_a_closed_item_keeps_its_data_until_the_period_ends(time_travel, received, member):
    actions.reject(received, member, "spam")
    out = StringIO()
    with time_travel(timezone.now() + timedelta(days=729)):
        call_command("purge_personal_data", stdout=out)
    received.refresh_from_db()
    assert received.email == PERSONAL["email"]
    with time_travel(timezone.now() + timedelta(days=731)):
        call_command("purge_personal_data", stdout=out)
    received.refresh_from_db()
    assert received.email == ""


def test_an_attachment_no_question_claims_is_swept_when_old(seeded, settings):
    """A request cut off after writing its file and before its record leaves a stray file."""
    from django.core.files.base import ContentFile

    from portal.questions.storage import private_storage

    storage = private_storage()
    stray = storage.save("hoi-dap/2026/01/stray.pdf", ContentFile(b"%PDF-1.4"))
    claimed = seeded["new"].attachment.name
    call_command("purge_personal_data", stdout=StringIO())
    assert storage.exists(stray)  # young: its request may still be running
    old = (
        timezone.now() - timedelta(hours=settings.UNCLAIMED_UPLOAD_MAX_AGE_HOURS + 1)
    ).timestamp()
    for name in (stray, claimed):
        os.utime(storage.path(name), (old, old))
    call_command("purge_personal_data", stdout=StringIO())
    assert not storage.exists(stray) and storage.exists(claimed)
