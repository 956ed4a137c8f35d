"""Accessibility of the public pages, checked by axe-core in Chromium.

No violation of impact "serious" or "critical" is allowed on the home, category and article
pages, nor on the list and form pages of documents, procedures, online services, questions
and consultations. The CSP header would block the injected axe script, so the browser
context bypasses CSP.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from playwright.sync_api import Browser

from portal.news.models import ArticlePage
from portal.news.tests.workflow_helpers import act, submit
from tests.browser.conftest import new_page, screenshot, unavailable

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


@pytest.fixture
def published_article(
    assignment: Any, make_article: Callable[..., ArticlePage], member: Any, deputy: Any, head: Any
) -> ArticlePage:
    """An article taken through the three steps of the workflow, hence live."""
    page = make_article(
        title="Huyện tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2026",
        sapo="Sáng 15/11, Ủy ban nhân dân huyện tổ chức Ngày hội đại đoàn kết tại thôn Ea Kly.",
        body=[("paragraph", "<p>Ngày hội có các hoạt động văn hóa, thể thao.</p>")],
        tags=["đại đoàn kết"],
    )
    submit(page, member)
    act(page, deputy, "approve")
    act(page, head, "approve")
    page.refresh_from_db()
    assert page.live
    return page


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {', '.join(map(str, node['target']))}: {node['html'][:160]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


PAGES = {
    "home": "/",
    "category": "/tin-tuc/thong-bao/",
    "documents": "/van-ban/?q=quyet+dinh",
    "procedures": "/thu-tuc-hanh-chinh/",
    "online-services": "/dich-vu-cong/",
    "tracking": "/dich-vu-cong/tra-cuu/",
    "statistics": "/dich-vu-cong/thong-ke/",
    "questions": "/hoi-dap/",
    "ask": "/hoi-dap/gui-cau-hoi/",
    "consultations": "/gop-y/",
    "feedback": "/gop-y/phan-anh-kien-nghi/gui/",
}


@pytest.mark.parametrize("which", [*PAGES, "article"])
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_page_has_no_serious_accessibility_violations(
    browser: Browser, live_server: Any, published_article: ArticlePage, which: str
) -> None:
    if not AXE.exists():
        unavailable(f"axe-core is not installed at {AXE} (run `npm ci`)")
    path = PAGES.get(which) or published_article.url

    page = new_page(browser, bypass_csp=True)
    try:
        response = page.goto(f"{live_server.url}{path}")
        assert response is not None and response.status == 200, f"{path}: {response}"
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("async () => (await axe.run()).violations")
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        others = [v for v in violations if v["impact"] not in BLOCKING]
        shown = unquote(path)
        if others:
            print(f"{shown}: minor/moderate axe findings:\n{_describe(others)}")  # noqa: T201
        assert not blocking, (
            f"{shown}: {len(blocking)} serious/critical axe violation(s):\n{_describe(blocking)}"
        )
    except Exception:
        screenshot(page, f"accessibility-{which}")
        raise
    finally:
        page.context.close()
