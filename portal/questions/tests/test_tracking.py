"""Tracking by code and secret, guessing limits, and the citizen's request to erase their data."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from portal.questions import actions
from portal.questions.models import Question, Status
from portal.questions.tests.factories import PERSONAL, form_data, pdf_upload
from portal.questions.views.citizen import TRACK_PER_CODE

pytestmark = pytest.mark.django_db

TRACK = reverse("questions:track")


@pytest.fixture
def asked(client, field):
    """A question asked through the form: (question, secret)."""
    page = client.post(reverse("questions:ask"), form_data(field)).content.decode()
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    return Question.objects.get(), secret


def test_the_tracking_form_is_prefilled_from_the_e_mail_link(client):
    page = client.get(f"{TRACK}?ma=HD-261129-ABCDEF").content.decode()
    assert 'value="HD-261129-ABCDEF"' in page


def test_code_and_secret_show_the_status_history_and_nothing_more(client, asked, member, unit):
    question, secret = asked
    actions.forward(question, member, unit, note="Ghi chú nội bộ cho phòng")
    response = client.post(TRACK, {"code": question.code.lower(), "secret": secret})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    assert "Đã chuyển đơn vị trả lời" in page
    assert "Chuyển Phòng Tư pháp trả lời trong 15 ngày làm việc" in page
    assert f"{question.due_date:%d/%m/%Y}" in page
    assert "Ghi chú nội bộ cho phòng" not in page  # internal notes stay internal
    assert member.get_full_name() not in page  # staff names are not shown
    for value in (PERSONAL["email"], PERSONAL["address"]):
        assert value not in page  # not even their own contact data


def test_the_code_is_read_leniently(client, asked):
    question, secret = asked
    sloppy = " " + question.code.lower().replace("0", "o") + " "
    assert client.post(TRACK, {"code": sloppy, "secret": secret}).status_code == 200


def test_a_wrong_secret_or_code_reveals_nothing(client, asked):
    question, _secret = asked
    for code, secret in [(question.code, "sai-mat-khau"), ("HD-000000-ZZZZZZ", "x")]:
        response = client.post(TRACK, {"code": code, "secret": secret})
        assert response.status_code == 404
        page = response.content.decode()
        assert "Mã tra cứu hoặc mật khẩu tra cứu không đúng." in page
        assert question.title not in page


def test_guessing_one_code_is_rate_limited(client, asked):
    question, secret = asked
    for _ in range(TRACK_PER_CODE.count):
        client.post(TRACK, {"code": question.code, "secret": "doan-mo"}, REMOTE_ADDR="10.1.1.1")
    response = client.post(TRACK, {"code": question.code, "secret": secret}, REMOTE_ADDR="10.2.2.2")
    assert response.status_code == 429
    assert "tra cứu quá nhiều lần" in response.content.decode()


def test_the_answer_is_shown_once_answered_privately(client, asked, member, unit, unit_head):
    question, secret = asked
    actions.forward(question, member, unit)
    actions.submit_answer(question, unit_head, "Hồ sơ của bà đã đủ điều kiện.", True)
    actions.send_private_answer(question, member)
    page = client.post(TRACK, {"code": question.code, "secret": secret}).content.decode()
    assert "Hồ sơ của bà đã đủ điều kiện." in page and "Đã trả lời riêng" in page


def test_the_citizen_erases_their_personal_data(client, field, mailoutbox, committed):
    question, secret = actions.receive(
        "hoi_dap",
        {
            **PERSONAL,
            "linh_vuc": field,
            "title": "Hỏi về đất đai",
            "content": "Nội dung câu hỏi dài.",
            "attachment": pdf_upload(),
        },
        "test",
    )
    stored = question.attachment.path
    page = client.post(TRACK, {"code": question.code, "secret": secret}).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)

    unconfirmed = client.post(reverse("questions:erase"), {"token": token})
    assert "Vui lòng đánh dấu xác nhận yêu cầu xóa." in unconfirmed.content.decode()

    start = len(mailoutbox)
    with committed():
        response = client.post(reverse("questions:erase"), {"token": token, "confirm": "on"})
    assert response.status_code == 200
    question.refresh_from_db()
    assert (question.name, question.email, question.phone, question.address) == ("", "", "", "")
    assert not question.attachment and question.personal_data_erased_at
    import os

    assert not os.path.exists(stored)  # the file itself is gone
    assert question.title == "Hỏi về đất đai"  # the question itself is kept
    [mail] = mailoutbox[start:]
    assert mail.to == [PERSONAL["email"]] and "Đã xóa dữ liệu cá nhân" in mail.subject
    # The citizen can still track the item with the code and secret.
    page = client.post(TRACK, {"code": question.code, "secret": secret}).content.decode()
    assert "Xóa dữ liệu cá nhân" in page and "đã được xóa" in page


def test_an_erasure_token_cannot_be_forged(client, received):
    response = client.post(
        reverse("questions:erase"), {"token": f"{received.pk}:gia", "confirm": "on"}
    )
    assert response.status_code == 400
    received.refresh_from_db()
    assert received.name == PERSONAL["name"]


def test_erasing_keeps_the_processing_going(received, member, unit, unit_head):
    actions.request_erasure(received)
    actions.forward(received, member, unit)
    actions.submit_answer(received, unit_head, "Trả lời.", False)
    received.refresh_from_db()
    assert received.status == Status.ANSWER_SUBMITTED and received.email == ""
