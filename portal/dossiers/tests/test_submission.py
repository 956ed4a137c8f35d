"""A citizen submits a dossier, gets a code and a receipt, and follows it."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from portal.dossiers.models import Dossier, DossierFile
from portal.dossiers.tests.conftest import applicant_data, pdf, png

pytestmark = pytest.mark.django_db


def _papers(procedure):
    return [p.pk for p in procedure.papers.all()]


def _submit(client, procedure, **overrides):
    first, second, _optional = _papers(procedure)
    data = applicant_data(**overrides)
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    return client.post(reverse("dossiers:submit", args=[procedure.pk]), data)


def test_a_citizen_submits_reviews_and_gets_a_code_and_receipt(
    client, procedure, mailoutbox, django_capture_on_commit_callbacks
):
    response = _submit(client, procedure)
    assert response.status_code == 302, response.content.decode()[:3000]
    review = client.get(reverse("dossiers:review", args=[procedure.pk])).content.decode()
    assert "Nguyễn Văn Dân" in review and "to-khai.pdf" in review and "Nguyễn Thị Bé" in review
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("dossiers:review", args=[procedure.pk]))
    dossier = Dossier.objects.get()
    assert response["Location"] == reverse("dossiers:receipt", args=[dossier.code])
    assert re.fullmatch(r"000\.00\.22\.H15-\d{6}-0001", dossier.code)
    assert dossier.files.filter(kind=DossierFile.Kind.APPLICATION).count() == 2
    assert dossier.form_data == {"ho_ten_nguoi_duoc_khai_sinh": "Nguyễn Thị Bé"}
    assert dossier.phone == "0912345678"
    receipt = client.get(response["Location"]).content.decode()
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in receipt and dossier.code in receipt
    secret = re.search(r'data-testid="ma-tra-cuu">([^<]+)<', receipt).group(1)
    assert dossier.check_secret(secret)
    assert mailoutbox[-1].to == ["dan@example.vn"] and dossier.code in mailoutbox[-1].body
    pdf_response = client.get(response["Location"] + "?pdf=1")
    assert pdf_response["Content-Type"] == "application/pdf"
    assert pdf_response.content.startswith(b"%PDF")


def test_codes_number_the_days_dossiers_in_order(client, procedure):
    for _attempt in range(3):
        _submit(client, procedure)
        client.post(reverse("dossiers:review", args=[procedure.pk]))
    numbers = sorted(code[-4:] for code in Dossier.objects.values_list("code", flat=True))
    assert numbers == ["0001", "0002", "0003"]


def test_invalid_input_keeps_what_was_typed_and_the_uploaded_files(client, procedure):
    response = _submit(client, procedure, **{"nguoi_nop-id_number": "123"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "12 chữ số" in content
    assert "Nguyễn Văn Dân" in content and "Thôn 1, xã Ea Kly" in content
    assert "to-khai.pdf" in content  # kept, not asked again
    fixed = applicant_data()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), fixed)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post(reverse("dossiers:review", args=[procedure.pk]))
    assert Dossier.objects.get().files.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("to-khai.pdf", b"MZ\x90\x00 executable", "không phải PDF, JPG, PNG hoặc DOCX"),
        ("to-khai.pdf", b"%PDF-1.4 truncated", "bị hỏng"),
    ],
)
def test_uploads_are_checked_by_content(client, procedure, name, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    first, second, _optional = _papers(procedure)
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = SimpleUploadedFile(name, content)
    data[f"giay_to-paper_{second}"] = png()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert message in response.content.decode()
    assert not Dossier.objects.exists()


def test_an_oversized_upload_is_refused(client, procedure, settings):
    settings.DOSSIER_MAX_FILE_MB = 0
    response = _submit(client, procedure)
    assert "lớn hơn 0 MB" in response.content.decode()


def test_an_id_number_must_match_the_birth_year(client, procedure):
    response = _submit(client, procedure, **{"nguoi_nop-birth_date": "1985-01-01"})
    assert "không khớp năm sinh 1985" in response.content.decode()


def test_consent_is_required(client, procedure):
    data = {"nguoi_nop-consent": ""}
    response = _submit(client, procedure, **data)
    assert "Cần đồng ý xử lý dữ liệu cá nhân" in response.content.decode()


def _submitted(client, procedure, django_capture_on_commit_callbacks=None):
    _submit(client, procedure)
    response = client.post(reverse("dossiers:review", args=[procedure.pk]))
    receipt = client.get(response["Location"]).content.decode()
    secret = re.search(r'data-testid="ma-tra-cuu">([^<]+)<', receipt).group(1)
    return Dossier.objects.get(), secret


def test_tracking_needs_the_code_and_the_secret_and_shows_nothing_to_others(client, procedure):
    dossier, secret = _submitted(client, procedure)
    stranger = Client()
    assert stranger.get(reverse("dossiers:status", args=[dossier.code])).status_code == 404
    assert stranger.get(reverse("dossiers:receipt", args=[dossier.code])).status_code == 404
    wrong = stranger.post(reverse("dossiers:track"), {"code": dossier.code, "secret": "sai"})
    assert "Không tìm thấy hồ sơ" in wrong.content.decode()
    ok = stranger.post(reverse("dossiers:track"), {"code": dossier.code, "secret": secret})
    assert ok["Location"] == reverse("dossiers:status", args=[dossier.code])
    page = stranger.get(ok["Location"]).content.decode()
    assert "Mới đăng ký" in page and "Nộp hồ sơ trực tuyến" in page


@pytest.mark.parametrize("proof", ["0912345678", "0912 345 678", "+84912345678", "dan@example.vn"])
def test_the_applicants_phone_or_email_opens_nothing(client, procedure, proof):
    dossier, _secret = _submitted(client, procedure)
    stranger = Client()
    response = stranger.post(reverse("dossiers:track"), {"code": dossier.code, "secret": proof})
    assert response.status_code == 200 and "Không tìm thấy hồ sơ" in response.content.decode()
    assert stranger.get(reverse("dossiers:status", args=[dossier.code])).status_code == 404


def test_wrong_secrets_close_the_code_to_everyone_for_an_hour(client, procedure):
    dossier, secret = _submitted(client, procedure)
    for number in range(5):  # five clients, one wrong try each
        guesser = Client(REMOTE_ADDR=f"10.1.0.{number + 1}")
        guesser.post(reverse("dossiers:track"), {"code": dossier.code, "secret": f"sai{number}"})
    owner = Client(REMOTE_ADDR="10.9.9.9")
    response = owner.post(reverse("dossiers:track"), {"code": dossier.code, "secret": secret})
    assert response.status_code == 429 and "tạm khóa tra cứu" in response.content.decode()


def test_a_new_secret_goes_only_to_the_email_on_file(
    client, procedure, mailoutbox, django_capture_on_commit_callbacks
):
    dossier, old_secret = _submitted(client, procedure)
    mailoutbox.clear()
    stranger = Client()
    url = reverse("dossiers:resend_secret")
    with django_capture_on_commit_callbacks(execute=True):
        wrong = stranger.post(url, {"code": dossier.code, "contact": "0900000000"})
    assert "Nếu mã hồ sơ và thông tin liên hệ khớp" in wrong.content.decode()
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        right = stranger.post(url, {"code": dossier.code, "contact": "0912 345 678"})
    body = right.content.decode()
    assert "Nếu mã hồ sơ và thông tin liên hệ khớp" in body  # the same answer either way
    assert mailoutbox[-1].to == ["dan@example.vn"]
    new_secret = re.search(r"Mã tra cứu \(bí mật, không chia sẻ\): (\S+)", mailoutbox[-1].body)[1]
    assert new_secret not in body
    dossier.refresh_from_db()
    assert dossier.check_secret(new_secret) and not dossier.check_secret(old_secret)
    opened = stranger.post(reverse("dossiers:track"), {"code": dossier.code, "secret": new_secret})
    assert opened.status_code == 302


def test_guessing_codes_is_rate_limited(client, procedure):
    for _attempt in range(10):
        client.post(reverse("dossiers:track"), {"code": "X-260101-0001", "secret": "abc"})
    response = client.post(reverse("dossiers:track"), {"code": "X-260101-0001", "secret": "abc"})
    assert response.status_code == 429


def test_procedures_not_offered_online_have_no_form(client, procedure):
    procedure.truc_tuyen = False
    procedure.save()
    assert client.get(reverse("dossiers:submit", args=[procedure.pk])).status_code == 404


def test_internal_hand_overs_are_not_shown_to_the_applicant(client, procedure, unit_head):
    from portal.dossiers import actions

    _submit(client, procedure)
    client.post(reverse("dossiers:review", args=[procedure.pk]))
    dossier = Dossier.objects.get()
    actions.transition(dossier, "receive", unit_head)
    actions.assign(dossier, unit_head, unit_head)
    page = client.get(reverse("dossiers:status", args=[dossier.code])).content.decode()
    assert "Tiếp nhận hồ sơ" in page
    assert "Phân công cán bộ xử lý" not in page
    assert dossier.events.filter(internal=True).count() == 1
