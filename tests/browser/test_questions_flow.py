"""A citizen's question, from the public form to the published answer, in Chromium.

The citizen asks on `/hoi-dap/gui-cau-hoi/` (answering the arithmetic challenge like a person
would); a board member forwards it to the unit in the back office; the unit head answers and
sends the answer to the board; the board prepares the public record and it goes through the
editorial workflow (step 1 submit, step 2 deputy, step 3 head); the public then reads it.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from playwright.sync_api import Browser, Page, expect

from portal.core.tests.samples import answer_to
from portal.questions.models import PublishedQuestion, Question
from tests.browser.conftest import login, new_page, screenshot

WORKFLOW = "Quy trình biên tập tin (Điều 15)"
SUBMIT = f"Thực hiện {WORKFLOW}"
FORWARD = "Chuyển Trưởng ban duyệt"
APPROVE = re.compile(r"^\s*Duyệt và xuất bản")
TITLE = "Thủ tục chứng thực bản sao giấy tờ tại xã"
CONTENT = (
    "Tôi cần chứng thực bản sao sổ hộ khẩu và giấy khai sinh để nộp hồ sơ xin việc. "
    "Xin hỏi có được chứng thực tại UBND xã không và lệ phí bao nhiêu?"
)
ANSWER = (
    "Theo Nghị định 23/2015/NĐ-CP, UBND cấp xã chứng thực bản sao từ bản chính giấy tờ do "
    "cơ quan Việt Nam cấp; lệ phí 2.000 đồng/trang, từ trang thứ ba 1.000 đồng/trang."
)
ASKER = {"name": "Phan Thị Ngọc Bích", "email": "bich.ptn.2519@example.net"}


def solve_challenge(page: Page) -> str:
    """Read the question ("Ba cộng sáu bằng bao nhiêu?") and answer it in digits."""
    return answer_to(page.locator("label[for=id_challenge_answer]").inner_text())


def workflow_action(page: Page, label: str | re.Pattern[str]) -> None:
    """Click a button of the editor's action menu (opening the menu when it is folded)."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=label, exact=isinstance(label, str))
    if not button.is_visible():
        footer.get_by_role("button", name=re.compile("More actions|Thêm thao tác")).click()
    expect(button).to_be_visible()
    with page.expect_navigation():
        button.click()


def ask(page: Page, live_server: Any) -> str:
    page.goto(f"{live_server.url}/hoi-dap/gui-cau-hoi/")
    page.get_by_label("Họ và tên").fill(ASKER["name"])
    page.get_by_label("Thư điện tử (email)").fill(ASKER["email"])
    page.locator("#id_address").fill("Thôn 2, xã Ea Kly")
    page.get_by_label("Lĩnh vực").select_option(label="Tư pháp")
    page.get_by_label("Tiêu đề").fill(TITLE)
    page.locator("#id_content").fill(CONTENT)
    page.locator("#id_consent").check()
    page.locator("#id_challenge_answer").fill(solve_challenge(page))
    page.wait_for_timeout(3100)  # a person takes longer than the robots' minimum
    page.get_by_role("button", name="Gửi câu hỏi").click()
    expect(page.get_by_role("heading", name="Đã nhận câu hỏi của bạn")).to_be_visible()
    return page.get_by_test_id("tracking-code").inner_text()


def forward(page: Page, live_server: Any, code: str) -> None:
    page.goto(f"{live_server.url}/quan-tri/hoi-dap/")
    page.get_by_role("link", name=code).click()
    expect(page.get_by_text(ASKER["email"])).to_be_visible()  # the board sees the contact
    page.get_by_label("Chuyển đến đơn vị").select_option(label="Phòng Tư pháp")
    page.get_by_role("button", name="Chuyển đơn vị").click()
    expect(page.locator(".messages")).to_contain_text("Đã chuyển")
    expect(page.get_by_test_id("status")).to_have_text("Đã chuyển đơn vị trả lời")


def answer(page: Page, live_server: Any, code: str) -> None:
    page.goto(f"{live_server.url}/quan-tri/hoi-dap/")
    page.get_by_role("link", name=code).click()
    page.get_by_label("Nội dung trả lời").fill(ANSWER)
    page.get_by_role("button", name="Gửi trả lời cho Ban biên tập").click()
    expect(page.locator(".messages")).to_contain_text("Đã gửi trả lời")


def prepare_and_submit(page: Page, live_server: Any, code: str) -> None:
    page.goto(f"{live_server.url}/quan-tri/hoi-dap/")
    page.get_by_role("link", name=code).click()
    page.get_by_role("button", name="Biên tập để công bố").click()
    page.wait_for_url(re.compile(r".*/quan-tri/snippets/questions/publishedquestion/edit/\d+/"))
    expect(page.locator(".messages")).to_contain_text("Đã tạo bản hỏi đáp")
    workflow_action(page, SUBMIT)
    expect(page.locator(".messages")).to_contain_text(TITLE)


def act(page: Page, live_server: Any, record: PublishedQuestion, label: Any) -> None:
    page.goto(f"{live_server.url}/quan-tri/snippets/questions/publishedquestion/edit/{record.pk}/")
    workflow_action(page, label)
    expect(page.locator(".messages")).to_contain_text(TITLE)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_question_is_asked_forwarded_answered_and_published(
    browser: Browser,
    live_server: Any,
    unit: Any,
    member: Any,
    deputy: Any,
    head: Any,
    unit_head: Any,
) -> None:
    pages: list[Page] = []

    def start(username: str | None = None) -> Page:
        page = new_page(browser)
        pages.append(page)
        if username:
            login(page, live_server, username)
        return page

    try:
        code = ask(start(), live_server)
        question = Question.objects.get(code=code)
        assert question.title == TITLE and question.email == ASKER["email"]

        forward(start(member.username), live_server, code)
        answer(start(unit_head.username), live_server, code)
        question.refresh_from_db()
        assert question.status == Question.Status.ANSWER_SUBMITTED

        board = start(member.username)
        prepare_and_submit(board, live_server, code)
        record = PublishedQuestion.objects.get(question=question)
        assert not record.live

        visitor = start()
        assert visitor.goto(f"{live_server.url}{record.get_absolute_url()}").status == 404

        act(start(deputy.username), live_server, record, FORWARD)
        act(start(head.username), live_server, record, APPROVE)
        record.refresh_from_db()
        assert record.live

        visitor.goto(f"{live_server.url}/hoi-dap/")
        visitor.get_by_role("link", name=TITLE).click()
        expect(visitor.get_by_role("heading", name=TITLE)).to_be_visible()
        expect(visitor.locator(".qa-answer")).to_contain_text("lệ phí 2.000 đồng/trang")
        html = visitor.content()
        assert ASKER["name"] not in html and ASKER["email"] not in html
        question.refresh_from_db()
        assert question.status == Question.Status.PUBLISHED
        # The citizen was e-mailed at each step (the live server shares this process's outbox).
        subjects = [m.subject for m in mail.outbox if ASKER["email"] in m.to]
        assert any(s.startswith(f"[{code}] Đã nhận") for s in subjects), subjects
        assert any(s.startswith(f"[{code}] Đã chuyển") for s in subjects), subjects
        assert any(s.startswith(f"[{code}] Đã có câu trả lời") for s in subjects), subjects
    except Exception:
        for index, page in enumerate(pages):
            screenshot(page, f"questions-flow-{index}")
        raise
    finally:
        for page in pages:
            page.context.close()
