"""A citizen comments on a draft in Chromium: a first submit fails (too fast, no e-mail), the
answer to the question then shown is accepted, and nothing typed is lost."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import make_consultation, publish
from portal.core.tests.samples import answer_to
from tests.browser.conftest import new_page, screenshot

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
TEXT = "Đề nghị bổ sung thời hạn trả lời thư của công dân là 15 ngày làm việc."


@pytest.fixture
def open_consultation(unit: Any, unit_updater: Any, deputy: Any, head: Any) -> Consultation:
    return publish(make_consultation(unit), unit_updater, deputy, head)


def _answer(label: str) -> str:
    return answer_to(label)


def test_a_correct_answer_after_a_failed_submit_is_accepted(
    browser: Browser, live_server: Any, open_consultation: Consultation
) -> None:
    page = new_page(browser)
    page.goto(f"{live_server.url}{open_consultation.get_absolute_url()}")
    page.locator("#id_content").fill(TEXT)
    page.locator("#id_name").fill("Lê Thị Thu")
    page.locator("#id_consent").check()
    label = page.locator("label[for=id_challenge_answer]").inner_text()
    page.locator("#id_challenge_answer").fill(_answer(label))
    page.get_by_role("button", name="Gửi góp ý").click()  # at once, and without an e-mail
    expect(page.locator(".form-errors")).to_contain_text("Thư điện tử")
    expect(page.locator("#id_content")).to_have_value(TEXT)
    time.sleep(3.2)  # a person takes longer than the robots' minimum
    page.locator("#id_email").fill("thu.lt@example.net")
    label = page.locator("label[for=id_challenge_answer]").inner_text()
    page.locator("#id_challenge_answer").fill(_answer(label))
    page.get_by_role("button", name="Gửi góp ý").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("góp ý")
    screenshot(page, "consultation-comment-after-error")
    comment = ConsultationComment.objects.get()
    assert comment.content == TEXT and comment.email == "thu.lt@example.net"
