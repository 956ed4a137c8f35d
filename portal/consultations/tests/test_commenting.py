"""The public comment form: what it accepts, how it keeps what was typed, and its spam
protections (honeypot, signed arithmetic question, rate limit), all without JavaScript."""

from __future__ import annotations

import time

import pytest
from django.core import signing

from portal.consultations.models import ConsultationComment
from portal.consultations.tests.factories import PERSONAL, comment_post
from portal.core import antispam
from portal.core.tests.samples import answer_to

pytestmark = pytest.mark.django_db


QUESTION = r'<label for="id_challenge_answer">Câu hỏi kiểm tra: ([^<]+)<'


def post(client, consultation, data):
    return client.post(f"/gop-y/{consultation.pk}/gui-gop-y/", data)


def test_it_takes_a_comment_on_the_whole_draft(client, published):
    response = post(client, published, comment_post())
    assert response.status_code == 302
    comment = ConsultationComment.objects.get()
    assert comment.article is None and comment.target_label == "Toàn bộ dự thảo"
    assert comment.name == PERSONAL["name"] and comment.phone == "0987 654 321"
    assert "Nghị định 13/2023/NĐ-CP" in comment.consent_text
    assert "công khai họ tên" not in comment.consent_text  # that consent was not given


def test_it_records_the_separate_consent_to_show_the_name(client, published):
    post(client, published, comment_post(show_name="on"))
    comment = ConsultationComment.objects.get()
    assert comment.show_name
    assert "Tôi đồng ý công khai họ tên" in comment.consent_text


def test_the_article_link_preselects_the_article(client, published, article):
    page = client.get(f"{published.get_absolute_url()}?dieu={article.pk}").content.decode()
    assert f'<option value="{article.pk}" selected>' in page


def test_bad_input_keeps_what_was_typed_and_says_what_is_wrong(client, published, article):
    data = comment_post(article, email="không-phải-thư", consent=None, phone="12ab")
    data["content"] = "Nội dung dài đã gõ: đề nghị sửa khoản 2 cho rõ hơn."
    response = post(client, published, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert not ConsultationComment.objects.exists()
    assert "Nội dung dài đã gõ: đề nghị sửa khoản 2 cho rõ hơn." in page
    assert 'value="không-phải-thư"' in page
    assert PERSONAL["name"] in page  # the form hands back what this person typed
    assert f'<option value="{article.pk}" selected>' in page
    assert "Cần đồng ý với việc xử lý dữ liệu cá nhân" in page
    assert 'aria-describedby="id_email_help id_email_error"' in page
    assert 'id="id_email_error"' in page and 'aria-invalid="true"' in page
    assert 'href="#id_consent"' in page  # the error summary links to the field


def test_a_correct_answer_is_kept_when_other_fields_are_wrong(client, published):
    data = comment_post(name="")
    page = post(client, published, data).content.decode()
    assert f'value="{data["challenge_token"]}"' in page
    data["name"] = "Trần Văn Minh"
    assert post(client, published, data).status_code == 302


def test_a_wrong_answer_asks_a_new_question_and_keeps_the_rest(client, published):
    data = comment_post()
    data["challenge_answer"] = str(int(data["challenge_answer"]) + 1)
    page = post(client, published, data).content.decode()
    assert "Kết quả phép tính chưa đúng" in page
    assert f'value="{data["challenge_token"]}"' not in page
    assert data["content"] in page
    assert not ConsultationComment.objects.exists()


def test_a_forged_or_missing_question_is_refused(client, published):
    forged = signing.dumps({"a": 1, "b": 1, "t": 0, "n": "x"}, salt="another-salt")
    for token in (forged, ""):
        data = comment_post(challenge_token=token, challenge_answer="2")
        page = post(client, published, data).content.decode()
        assert "Câu hỏi kiểm tra" in page
    assert not ConsultationComment.objects.exists()


def test_a_solved_question_cannot_be_used_twice(client, published):
    data = comment_post()
    assert post(client, published, data).status_code == 302
    again = post(client, published, data)
    assert again.status_code == 200
    assert "đã được dùng" in again.content.decode()
    assert ConsultationComment.objects.count() == 1


def test_a_robot_answering_at_once_is_refused(client, published):
    challenge = antispam.issue(issued_at=time.time())
    data = comment_post(challenge_token=challenge.token, challenge_answer=str(challenge.answer))
    assert "Bạn gửi quá nhanh" in post(client, published, data).content.decode()
    assert not ConsultationComment.objects.exists()


def test_an_expired_question_is_refused(client, published):
    challenge = antispam.issue(issued_at=time.time() - antispam.MAX_AGE - 60)
    data = comment_post(challenge_token=challenge.token, challenge_answer=str(challenge.answer))
    assert "hết hạn" in post(client, published, data).content.decode()


def test_the_honeypot_stops_a_filled_in_form(client, published):
    page = post(client, published, comment_post(website="http://spam.example")).content.decode()
    assert "dấu hiệu được điền tự động" in page
    assert not ConsultationComment.objects.exists()


def test_the_rate_limit_stops_a_flood_and_keeps_the_text(client, published, settings):
    from portal.consultations.views import public

    for _ in range(public.COMMENT_PER_CLIENT.count):
        post(client, published, comment_post(name=""))
    response = post(client, published, comment_post(content="Góp ý thứ hai mươi mốt."))
    assert response.status_code == 429
    page = response.content.decode()
    assert "quá nhiều góp ý" in page
    assert "Góp ý thứ hai mươi mốt." in page
    assert not ConsultationComment.objects.exists()


def test_an_article_of_another_consultation_is_refused(client, published, unit):
    from portal.consultations.tests.factories import make_consultation

    other = make_consultation(unit, title="Dự thảo khác")
    foreign = other.articles.first()
    page = post(client, published, comment_post(foreign)).content.decode()
    assert "Hãy chọn giá trị hợp lệ" in page or "hợp lệ" in page
    assert not ConsultationComment.objects.exists()


def test_the_form_works_without_javascript_and_labels_every_field(client, published):
    page = client.get(published.get_absolute_url()).content.decode()
    assert "<script" not in page
    for name in ("article", "content", "name", "email", "phone", "organisation", "consent"):
        assert f'for="id_{name}"' in page, name
    assert "cộng" in page and "bằng bao nhiêu?" in page
    assert 'tabindex="-1"' in page  # the honeypot is out of the keyboard order


def test_an_unpublished_or_unknown_consultation_takes_no_comment(client, draft):
    assert post(client, draft, comment_post()).status_code == 404
    assert client.post("/gop-y/999999/gui-gop-y/", comment_post()).status_code == 404
    assert client.get(f"/gop-y/{draft.pk}/gui-gop-y/").status_code == 405  # POST only


def test_after_a_failed_submit_the_question_shown_is_the_one_its_token_checks(
    client, published, time_travel
):
    """Repro: after "too fast" the label kept the old question while the token was new, so
    every answer was "chưa đúng" until a reload lost the text."""
    import re

    from django.utils import timezone

    page = client.get(published.get_absolute_url()).content.decode()
    data = comment_post(email="")
    data["challenge_token"] = re.search(r'name="challenge_token" value="([^"]+)"', page)[1]
    data["challenge_answer"] = answer_to(
        re.search(r'<label for="id_challenge_answer">Câu hỏi kiểm tra: ([^<]+)<', page)[1]
    )
    page = post(client, published, data).content.decode()  # too fast, and no e-mail
    assert "quá nhanh" in page
    token = re.search(r'name="challenge_token" value="([^"]+)"', page)[1]
    shown = re.search(QUESTION, page)[1]
    expected = antispam.read(token)
    assert shown.strip() == expected.question
    data.update(email="dan@example.vn", challenge_token=token)
    data["challenge_answer"] = str(expected.a + expected.b)
    with time_travel(timezone.now() + timezone.timedelta(seconds=10)):
        assert post(client, published, data).status_code == 302
    assert ConsultationComment.objects.count() == 1
