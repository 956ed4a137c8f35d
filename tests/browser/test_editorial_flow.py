"""The editorial flow of Điều 15, driven through the real back office in Chromium.

A board member writes an article and submits it (step 1); the deputy head responsible for the
category edits it and passes it on (step 2); the head approves and publishes it (step 3).
Until then the public sees nothing; afterwards it sees the deputy's version.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import Browser, Page, expect
from wagtail.models import Site, Workflow

from portal.core import roles
from portal.news.models import ArticlePage, CategoryPage
from tests.browser.conftest import login, new_page, screenshot

WORKFLOW = "Quy trình biên tập tin (Điều 15)"
TITLE = "Huyện tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026"
SAPO = "Sáng 15/11, Ủy ban nhân dân huyện tổ chức Ngày hội đại đoàn kết tại thôn Ea Kly."
EDITED_SAPO = (
    "Sáng 15/11/2026, tại thôn Ea Kly, Ủy ban nhân dân huyện tổ chức Ngày hội đại đoàn kết "
    "toàn dân tộc với sự tham gia của hơn 500 người dân."
)
BODY = "Ngày hội có các hoạt động văn hóa, thể thao và biểu dương gia đình văn hóa tiêu biểu."
AUTHOR = "Minh Hà"
SUBMIT = f"Thực hiện {WORKFLOW}"  # Wagtail's "Submit to <workflow>" in the Vietnamese UI
FORWARD = "Chuyển Trưởng ban duyệt"
# On the final task Wagtail appends its own "%(label)s and Publish" to the label (vi catalog:
# "%(label)svà Xuất bản"), so the head sees "Duyệt và xuất bảnvà Xuất bản": match the start.
APPROVE = re.compile(r"^\s*Duyệt và xuất bản")


def field(page: Page, label: str) -> Any:
    """A form control by its visible label (labels end with "*" when required).

    Wagtail's panels and their anchors are labelled by the same heading, hence the filter.
    """
    labelled = page.get_by_label(re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$"))
    return labelled.and_(page.locator("input, textarea, select"))


def workflow_action(page: Page, label: str | re.Pattern[str]) -> None:
    """Open the editor's action menu (footer) and click one of its buttons."""
    footer = page.locator("footer")
    button = footer.get_by_role("button", name=label, exact=isinstance(label, str))
    if not button.is_visible():
        footer.get_by_role("button", name=re.compile("More actions|Thêm thao tác")).click()
    expect(button).to_be_visible()
    with page.expect_navigation():
        button.click()


def create_and_submit(page: Page, live_server: Any, category: CategoryPage) -> None:
    """Step 1: the member adds an article in the category and submits it to the workflow."""
    page.goto(f"{live_server.url}/quan-tri/pages/{category.pk}/")
    expect(page.get_by_role("heading", name="Thông báo")).to_be_visible()
    page.goto(f"{live_server.url}/quan-tri/pages/{category.pk}/add_subpage/")
    # Members can only add articles here, but Wagtail lists every allowed type: choose it.
    if "/add_subpage/" in page.url:
        page.get_by_role("link", name="Bài viết", exact=True).click()
    page.wait_for_url(f"**/quan-tri/pages/add/news/articlepage/{category.pk}/")

    field(page, "Tiêu đề").fill(TITLE)
    field(page, "Sapo (tóm tắt)").fill(SAPO)
    page.get_by_title("Insert a block").first.click()
    page.get_by_role("option", name="Đoạn văn", exact=True).click()
    paragraph = page.locator("[data-contentpath=body] [contenteditable=true]").first
    paragraph.click()
    page.keyboard.type(BODY)
    expect(paragraph).to_contain_text(BODY)
    # Draftail copies its content to the block's hidden input only after a short debounce;
    # submitting before that would send the empty default paragraph.
    stored = page.locator("[data-contentpath=body] input[name$='-value']").first
    expect(stored).to_have_value(re.compile(re.escape(BODY)))
    field(page, "Nguồn tin").select_option("own")
    field(page, "Tác giả").fill(AUTHOR)

    workflow_action(page, SUBMIT)
    expect(page.locator(".messages")).to_contain_text(TITLE)


def edit_and_pass_on(page: Page, live_server: Any, article: ArticlePage) -> None:
    """Step 2: the deputy finds the article on the dashboard, edits the sapo and passes it on."""
    page.goto(f"{live_server.url}/quan-tri/")
    page.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(f"**/quan-tri/pages/{article.pk}/edit/")
    sapo = field(page, "Sapo (tóm tắt)")
    expect(sapo).to_have_value(SAPO)
    sapo.fill(EDITED_SAPO)
    workflow_action(page, FORWARD)
    expect(page.locator(".messages")).to_contain_text(TITLE)


def approve(page: Page, live_server: Any, article: ArticlePage) -> None:
    """Step 3: the head opens the article and approves it, which publishes it."""
    page.goto(f"{live_server.url}/quan-tri/")
    page.get_by_role("link", name=TITLE).first.click()
    page.wait_for_url(f"**/quan-tri/pages/{article.pk}/edit/")
    expect(field(page, "Sapo (tóm tắt)")).to_have_value(EDITED_SAPO)
    workflow_action(page, APPROVE)
    expect(page.locator(".messages")).to_contain_text(TITLE)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_article_goes_through_the_three_steps_in_the_back_office(
    browser: Browser, live_server: Any, assignment: Any, category: CategoryPage, head: Any
) -> None:
    # The data migrations' content survived the transactional flush (serialized_rollback).
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    assert Group.objects.filter(name__in=[roles.MEMBER, roles.DEPUTY, roles.HEAD]).count() == 3
    assert Workflow.objects.filter(name=WORKFLOW, active=True).exists()

    pages: list[Page] = []

    def start(username: str | None = None) -> Page:
        page = new_page(browser)
        pages.append(page)
        if username:
            login(page, live_server, username)
        return page

    try:
        # (a) Step 1: the member writes and submits.
        create_and_submit(start("thanhvien"), live_server, category)
        article = ArticlePage.objects.get(title=TITLE)
        assert article.get_parent().pk == category.pk
        assert not article.live
        assert article.current_workflow_task.name == "Bước 2: Biên tập tin"
        url = f"{live_server.url}{article.url}"

        # (b) Not published yet: the public gets 404.
        visitor = start()
        assert visitor.goto(url).status == 404

        # (c) Step 2: the deputy edits the sapo and passes it to the head.
        edit_and_pass_on(start("photruongban"), live_server, article)
        article.refresh_from_db()
        assert not article.live
        assert article.current_workflow_task.name == "Bước 3: Duyệt tin"
        assert visitor.goto(url).status == 404

        # (d) Step 3: the head approves and publishes.
        approve(start("truongban"), live_server, article)
        article.refresh_from_db()
        assert article.live
        assert not article.workflow_in_progress

        # (e) The public sees it on the home page, in the category, and the deputy's sapo.
        visitor = start()
        visitor.goto(f"{live_server.url}/")
        expect(visitor.get_by_role("link", name=TITLE).first).to_be_visible()
        visitor.goto(f"{live_server.url}/tin-tuc/thong-bao/")
        expect(visitor.get_by_role("link", name=TITLE).first).to_be_visible()
        response = visitor.goto(url)
        assert response is not None and response.status == 200
        expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
        expect(visitor.get_by_text(EDITED_SAPO)).to_be_visible()
        expect(visitor.get_by_text(BODY)).to_be_visible()
        expect(visitor.get_by_text(SAPO, exact=True)).to_have_count(0)
    except Exception:
        for number, page in enumerate(pages):
            if not page.is_closed():
                screenshot(page, f"editorial-flow-{number}")
        raise
    finally:
        for page in pages:
            page.context.close()
