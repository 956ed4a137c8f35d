"""The whole path through the real screens: ask → moderate → forward → answer → approve
(editorial workflow, steps 1–3) → published; and the other endings (reject, merge, private
answer, return to the unit). The citizen's e-mails are checked at every step."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from portal.news.tests.workflow_helpers import act, actions_for, submit
from portal.questions import actions
from portal.questions.models import PublishedQuestion, Question, Status
from portal.questions.tests.factories import PERSONAL, TITLE, form_data, publish

pytestmark = pytest.mark.django_db

ANSWER = (
    "Theo Luật Hộ tịch 2014, cha mẹ chưa đăng ký kết hôn vẫn đăng ký khai sinh cho con tại "
    "UBND cấp xã nơi cư trú; mang theo giấy chứng sinh và giấy tờ tùy thân."
)


def admin_url(name: str, question: Question) -> str:
    return reverse(f"questions_admin:{name}", args=[question.pk])


def citizen_mail(mailoutbox: list, start: int = 0) -> list:
    return [m for m in mailoutbox[start:] if m.to == [PERSONAL["email"]]]


def test_a_question_goes_from_the_public_form_to_a_published_answer(
    client, field, unit, member, deputy, head, unit_head, mailoutbox, committed
):
    # The citizen asks.
    with committed():
        page = client.post(reverse("questions:ask"), form_data(field)).content.decode()
    question = Question.objects.get()
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    [received] = citizen_mail(mailoutbox)
    assert "Đã nhận câu hỏi" in received.subject and secret in received.body

    # A board member accepts it and forwards it to the unit; the due date is 15 working days.
    client.force_login(member)
    detail = client.get(admin_url("detail", question)).content.decode()
    assert PERSONAL["phone"] in detail  # the board sees the contact data
    with committed():
        assert client.post(admin_url("accept", question)).status_code == 302
    with committed():
        response = client.post(admin_url("forward", question), {"unit": unit.pk, "note": "Gấp"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.FORWARDED and question.unit == unit
    accepted, forwarded = citizen_mail(mailoutbox, 1)
    assert "Đã tiếp nhận" in accepted.subject
    assert "Phòng Tư pháp" in forwarded.body
    assert f"15 ngày làm việc, đến hết ngày {question.due_date:%d/%m/%Y}" in forwarded.body
    to_unit = [m for m in mailoutbox if unit_head.email in m.to]
    assert to_unit and question.code in to_unit[0].subject and "Gấp" in to_unit[0].body

    # The unit head answers and sends the answer to the board.
    client.force_login(unit_head)
    assert client.get(admin_url("detail", question)).status_code == 200
    with committed():
        response = client.post(admin_url("answer", question), {"answer_text": ANSWER, "gui": "1"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.ANSWER_SUBMITTED
    assert any(member.email in m.to for m in mailoutbox)  # the board is told

    # The board prepares the public record, which opens in the snippet editor...
    client.force_login(member)
    response = client.post(admin_url("publish", question))
    record = PublishedQuestion.objects.get()
    assert response.url == reverse(
        "wagtailsnippets_questions_publishedquestion:edit", args=[record.pk]
    )
    assert client.get(response.url).status_code == 200
    assert not record.live
    assert PERSONAL["name"] not in record.question_text  # redacted automatically
    assert "0913 579 246" not in record.question_text and "[đã ẩn]" in record.question_text
    assert client.get(reverse("questions:detail_short", args=[record.pk])).status_code == 404

    # ...and goes through the editorial workflow: step 1 submit, step 2 edit, step 3 approve.
    before = len(mailoutbox)
    submit(record, member)
    assert actions_for(record, head) == []  # not the head's turn yet
    act(record, deputy, "approve")
    assert citizen_mail(mailoutbox, before) == []  # nothing public yet
    act(record, head, "approve")
    record.refresh_from_db()
    question.refresh_from_db()
    assert record.live
    assert question.status == Status.PUBLISHED and question.closed_at is not None
    [published] = citizen_mail(mailoutbox, before)
    assert "Đã có câu trả lời" in published.subject
    assert record.get_absolute_url() in published.body and ANSWER in published.body

    # The public sees it in the archive and on its page.
    client.logout()
    archive = client.get(reverse("questions:list")).content.decode()
    assert TITLE in archive
    page = client.get(record.get_absolute_url()).content.decode()
    assert ANSWER in page and "Phòng Tư pháp" in page


def test_step_3_is_refused_while_the_text_still_identifies_the_asker(
    answered, member, deputy, head
):
    record = actions.prepare_publication(answered, by=member)
    record.question_text = f"{record.question_text} Người hỏi: Hoàng Thị Xuyến."
    record.save()
    record.save_revision(user=member)
    submit(record, member)
    act(record, deputy, "approve")
    assert "approve" not in actions_for(record, head)
    assert "họ tên" in record.approval_blockers()[0]


def test_rejection_tells_the_citizen_why(client, received, member, mailoutbox, committed):
    client.force_login(member)
    start = len(mailoutbox)
    with committed():
        response = client.post(
            admin_url("reject", received),
            {"reason": "ngoai_pham_vi", "note": "Đề nghị liên hệ Tòa án nhân dân huyện."},
        )
    assert response.status_code == 302
    received.refresh_from_db()
    assert received.status == Status.REJECTED and received.closed_at
    [mail] = citizen_mail(mailoutbox, start)
    assert "Không thuộc phạm vi trả lời" in mail.body and "Tòa án nhân dân huyện" in mail.body


def test_a_rejection_needs_a_reason(client, received, member):
    client.force_login(member)
    response = client.post(admin_url("reject", received), {"reason": ""})
    assert response.status_code == 400
    received.refresh_from_db()
    assert received.status == Status.RECEIVED


def test_a_duplicate_is_merged_and_its_asker_gets_the_shared_answer(
    client, make_question, member, deputy, head, unit, unit_head, mailoutbox, committed
):
    original = make_question()
    duplicate = make_question(email="nguoi.khac@example.net", name="Lê Văn Tư")
    client.force_login(member)
    with committed():
        response = client.post(admin_url("merge", duplicate), {"original": original.code.lower()})
    assert response.status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.status == Status.MERGED and duplicate.duplicate_of == original
    assert any("trùng" in m.subject for m in mailoutbox if m.to == ["nguoi.khac@example.net"])

    actions.forward(original, member, unit)
    actions.submit_answer(original, unit_head, "Trả lời chung.", False)
    start = len(mailoutbox)
    publish(original, member, deputy, head)
    told = {m.to[0] for m in mailoutbox[start:] if "Đã có câu trả lời" in m.subject}
    assert told == {PERSONAL["email"], "nguoi.khac@example.net"}


def test_merging_into_itself_or_an_unknown_code_is_refused(client, received, member):
    client.force_login(member)
    for code in [received.code, "HD-000000-ZZZZZZ"]:
        assert client.post(admin_url("merge", received), {"original": code}).status_code == 400
    received.refresh_from_db()
    assert received.status == Status.RECEIVED


def test_a_personal_question_is_answered_privately(
    client, forwarded, unit_head, member, mailoutbox, committed
):
    client.force_login(unit_head)
    client.post(
        admin_url("answer", forwarded),
        {"answer_text": "Hồ sơ của bà đã đủ.", "is_personal": "on", "gui": "1"},
    )
    client.force_login(member)
    start = len(mailoutbox)
    with committed():
        assert client.post(admin_url("private_answer", forwarded)).status_code == 302
    forwarded.refresh_from_db()
    assert forwarded.status == Status.ANSWERED and forwarded.is_personal
    [mail] = citizen_mail(mailoutbox, start)
    assert "Hồ sơ của bà đã đủ." in mail.body and "không công bố" in mail.body
    assert not PublishedQuestion.objects.exists()


def test_the_board_returns_an_answer_to_the_unit(
    client, answered, member, unit_head, mailoutbox, committed
):
    client.force_login(member)
    start = len(mailoutbox)
    with committed():
        response = client.post(
            admin_url("return", answered), {"reason": "Cần dẫn điều luật cụ thể."}
        )
    assert response.status_code == 302
    answered.refresh_from_db()
    assert answered.status == Status.FORWARDED
    assert citizen_mail(mailoutbox, start) == []  # internal: the citizen is not bothered
    assert any("dẫn điều luật" in m.body for m in mailoutbox[start:] if unit_head.email in m.to)


def test_an_officer_drafts_and_only_the_head_sends(client, forwarded, unit_updater, unit_head):
    client.force_login(unit_updater)
    response = client.post(admin_url("answer", forwarded), {"answer_text": "Bản nháp", "luu": "1"})
    assert response.status_code == 302
    refused = client.post(admin_url("answer", forwarded), {"answer_text": "x", "gui": "1"})
    assert refused.url == reverse("wagtailadmin_home")  # Wagtail's answer to PermissionDenied
    forwarded.refresh_from_db()
    assert forwarded.answer_text == "Bản nháp" and forwarded.status == Status.FORWARDED

    client.force_login(unit_head)
    page = client.get(admin_url("detail", forwarded)).content.decode()
    assert "Bản nháp" in page  # the head reviews the officer's draft
    assert (
        client.post(admin_url("answer", forwarded), {"answer_text": "", "gui": "1"}).status_code
        == 400
    )
    client.post(admin_url("answer", forwarded), {"answer_text": "Bản chính thức", "gui": "1"})
    forwarded.refresh_from_db()
    assert forwarded.status == Status.ANSWER_SUBMITTED


def test_a_step_that_no_longer_applies_gives_a_message(client, answered, member):
    client.force_login(member)
    response = client.post(admin_url("accept", answered), follow=True)
    assert "Không thể chuyển từ trạng thái" in response.content.decode()
    answered.refresh_from_db()
    assert answered.status == Status.ANSWER_SUBMITTED


def test_every_step_is_in_the_audit_log(answered):
    from wagtail.models import ModelLogEntry

    logged = set(
        ModelLogEntry.objects.filter(object_id=str(answered.pk)).values_list("action", flat=True)
    )
    assert {
        "portal.questions.gui",
        "portal.questions.chuyen",
        "portal.questions.gui_tra_loi",
    } <= logged
