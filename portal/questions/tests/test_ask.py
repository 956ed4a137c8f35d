"""The public forms: asking a question, sending feedback, and their spam protections."""

from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.core import antispam
from portal.core.tests.samples import image_bytes
from portal.questions.models import Question
from portal.questions.tests.factories import PDF, PERSONAL, PNG, TITLE, form_data
from portal.questions.views.citizen import SUBMIT_PER_CLIENT, SUBMIT_PER_CONTACT

pytestmark = pytest.mark.django_db

ASK = reverse("questions:ask")


def docx_bytes(content_types: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", content_types)
        package.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


DOCX_TYPES = (
    '<Types><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def test_the_form_renders_with_labels_consent_and_a_vietnamese_challenge(client, field):
    page = client.get(ASK).content.decode()
    assert '<label for="id_name">Họ và tên' in page
    assert "Nghị định 13/2023/NĐ-CP" in page
    assert re.search(r"Câu hỏi kiểm tra: \w+ cộng \w+ bằng bao nhiêu\?", page)
    assert 'name="website"' in page and "hidden" in page  # honeypot hidden from people
    assert field.name in page


def test_a_valid_question_is_saved_with_a_code_and_e_mailed(client, field, mailoutbox, committed):
    with committed():
        response = client.post(ASK, form_data(field))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    question = Question.objects.get()
    assert question.kind == Question.Kind.QUESTION
    assert question.status == Question.Status.RECEIVED
    assert re.fullmatch(r"HD-\d{6}-[0-9A-HJKMNP-TV-Z]{6}", question.code)
    page = response.content.decode()
    assert question.code in page
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page).group(1)
    assert question.check_secret(secret)
    assert question.name == PERSONAL["name"] and question.consent_at is not None
    assert question.events.get().kind == "gui"
    [mail] = mailoutbox
    assert mail.to == [PERSONAL["email"]]
    assert question.code in mail.subject and secret in mail.body


def test_feedback_gets_a_pa_code_and_may_name_a_unit(client, field, unit):
    response = client.post(reverse("feedback:submit"), form_data(field, suggested_unit=unit.pk))
    assert response.status_code == 200
    feedback = Question.objects.get()
    assert feedback.kind == Question.Kind.FEEDBACK
    assert feedback.code.startswith("PA-")
    assert feedback.suggested_unit == unit


def test_bad_input_keeps_everything_typed_with_vietnamese_messages(client, field):
    data = form_data(field, email="khong-phai-email", phone="12", title="")
    upload = SimpleUploadedFile("giay-to.pdf", PDF, content_type="application/pdf")
    response = client.post(ASK, {**data, "attachment": upload})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Địa chỉ thư điện tử không hợp lệ." in page
    assert "Số điện thoại không hợp lệ" in page
    assert "Vui lòng nhập tiêu đề." in page
    # Everything typed is back in the form, except the file (and the page says so).
    assert f'value="{PERSONAL["name"]}"' in page
    assert f'value="{PERSONAL["address"]}"' in page
    assert "khong-phai-email" in page
    assert "Tư pháp</option>" in page and f'value="{field.pk}" selected' in page
    assert "Xin hỏi thủ tục đăng ký khai sinh" in page
    assert "Tệp đính kèm bạn đã chọn chưa được lưu" in page
    # Errors are linked to their fields for screen readers, and summarised at the top.
    assert 'aria-describedby="id_email_help id_email_error"' in page
    assert 'aria-invalid="true"' in page
    assert '<a href="#id_title">' in page
    assert not Question.objects.exists()


def test_either_an_email_or_a_phone_is_required(client, field):
    response = client.post(ASK, form_data(field, email="", phone=""))
    assert (
        "Vui lòng nhập thư điện tử hoặc số điện thoại (ít nhất một)." in response.content.decode()
    )
    assert client.post(ASK, form_data(field, email="")).status_code == 200
    assert Question.objects.get().phone == PERSONAL["phone"]


def test_consent_is_required(client, field):
    response = client.post(ASK, form_data(field, consent=""))
    assert "Bạn cần đồng ý cho xử lý dữ liệu cá nhân" in response.content.decode()
    assert not Question.objects.exists()


def test_the_honeypot_refuses_bots(client, field):
    response = client.post(ASK, form_data(field, website="http://spam.example"))
    assert response.status_code == 400
    assert "biểu mẫu có dấu hiệu được điền tự động" in response.content.decode()
    assert not Question.objects.exists()


def test_a_wrong_challenge_answer_is_refused_and_a_new_question_is_asked(client, field):
    issued = antispam.issue(issued_at=time.time() - 60, a=3, b=4)
    data = form_data(field, challenge_token=issued.token, challenge_answer="8")
    page = client.post(ASK, data).content.decode()
    assert "Kết quả phép tính chưa đúng" in page
    assert issued.token not in page  # a fresh challenge replaces the spent one
    assert not Question.objects.exists()


def test_the_challenge_accepts_a_vietnamese_number_word(client, field):
    issued = antispam.issue(issued_at=time.time() - 60, a=3, b=4)
    data = form_data(field, challenge_token=issued.token, challenge_answer="bảy")
    assert client.post(ASK, data).status_code == 200
    assert Question.objects.count() == 1


def test_a_challenge_token_stores_one_item_only(client, field):
    data = form_data(field)
    assert client.post(ASK, data).status_code == 200
    again = client.post(ASK, data)  # a reload of the confirmation page, or a replaying bot
    assert Question.objects.get().code in again.content.decode()
    assert Question.objects.count() == 1
    changed = client.post(ASK, {**data, "title": "Một câu hỏi khác hẳn"})
    assert Question.objects.count() == 1 and "Một câu hỏi khác hẳn" not in changed.content.decode()


def test_a_forged_or_missing_challenge_token_is_refused(client, field):
    for token in ["", "gia-mao:abc", antispam.issue().token + "x"]:
        page = client.post(ASK, form_data(field, challenge_token=token)).content.decode()
        assert "Câu hỏi kiểm tra đã hết hạn" in page
    assert not Question.objects.exists()


def test_the_rate_limit_per_ip_refuses_and_keeps_the_text(client, field):
    limit = SUBMIT_PER_CLIENT.count
    for n in range(limit):
        data = form_data(field, email=f"nguoi{n}@example.net", phone="")
        assert client.post(ASK, data).status_code == 200
    response = client.post(ASK, form_data(field, email="nguoi-moi@example.net"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "Bạn đã gửi quá nhiều câu hỏi" in page and "nguoi-moi@example.net" in page
    assert Question.objects.count() == limit


def test_the_rate_limit_per_contact_refuses_from_any_ip(client, field):
    limit = SUBMIT_PER_CONTACT.count
    for n in range(limit):
        data = form_data(field)
        assert client.post(ASK, data, REMOTE_ADDR=f"10.0.0.{n}").status_code == 200
    response = client.post(ASK, form_data(field), REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 429
    assert Question.objects.count() == limit


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("don.pdf", PDF, "pdf"),
        ("anh.png", PNG, "png"),
        ("anh.jpg", image_bytes("JPEG"), "jpg"),
        ("don.docx", docx_bytes(DOCX_TYPES), "docx"),
        ("ten-sai.txt", PDF, "pdf"),  # the type comes from the bytes, not the name
    ],
)
def test_accepted_attachments_are_typed_from_their_content(client, field, name, content, kind):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    assert client.post(ASK, {**form_data(field), "attachment": upload}).status_code == 200
    question = Question.objects.get()
    assert question.attachment_kind == kind
    assert question.attachment.name.endswith(f".{kind}")
    assert name not in question.attachment.name  # the citizen's file name is not kept
    question.attachment.delete(save=False)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("virus.pdf", b"MZ\x90\x00" + b"\x00" * 64),
        (
            "macro.docx",
            docx_bytes(DOCX_TYPES.replace("document.main", "document.macroEnabled.main")),
        ),
        ("not-word.docx", docx_bytes("<Types/>")),
        ("html.png", b"<html><script>alert(1)</script></html>"),
    ],
)
def test_other_files_are_refused_whatever_their_name(client, field, name, content):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    page = client.post(ASK, {**form_data(field), "attachment": upload}).content.decode()
    assert "không phải PDF, JPG, PNG hoặc DOCX" in page
    assert not Question.objects.exists()


def test_files_over_10_mb_are_refused(client, field):
    big = SimpleUploadedFile(
        "lon.pdf", PDF + b"0" * (10 * 1024 * 1024), content_type="application/pdf"
    )
    page = client.post(ASK, {**form_data(field), "attachment": big}).content.decode()
    assert "lớn hơn 10 MB" in page
    assert not Question.objects.exists()


def test_text_is_stored_in_nfc(client, field):
    decomposed = "Thu\u0309 tu\u0323c"  # "Thủ tục" typed with combining marks (NFD)
    client.post(ASK, form_data(field, title=f"{decomposed} hộ tịch"))
    assert Question.objects.get().title == "Thủ tục hộ tịch"


def test_the_title_from_the_factory_is_what_was_saved(client, field):
    client.post(ASK, form_data(field))
    assert Question.objects.get().title == TITLE


def test_the_same_form_sent_again_shows_the_item_it_created(client, field, mailoutbox):
    """Repro (bench, kill -9): the question was stored but the answer was cut off; the
    citizen's retry answered a new challenge and stored a second question."""
    data = form_data(field)
    first = client.post(ASK, data)
    assert first.status_code == 200
    again = client.post(ASK, data)  # the browser sends the very same form again
    assert again.status_code == 200
    assert Question.objects.count() == 1
    question = Question.objects.get()
    page = again.content.decode()
    assert question.code in page
    secret = re.search(r'data-testid="tracking-secret">([^<]+)<', page)
    assert secret is not None and question.check_secret(secret[1].strip())
