"""Browser tests: Playwright (sync API) driving Debian's Chromium against `live_server`.

Every test in this folder is marked `browser` and run by `make test-browser`. The live server
answers from another thread, so tests use a transactional database; `serialized_rollback=True`
brings back the data created by migrations (page tree, roles, workflow) after each flush.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Django refuses ORM calls from a thread running an event loop; Playwright's sync API runs one.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from playwright.sync_api import Browser, Error, Page, sync_playwright  # noqa: E402

from conftest import PASSWORD  # noqa: E402

BROWSER_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BROWSER_DIR.parent.parent / "test-results"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 20_000


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser(django_db_setup: None, live_server: Any) -> Iterator[Browser]:
    """Debian's Chromium, headless, for the whole session.

    While Playwright's sync API is started, the main thread has a running asyncio loop, so
    Django looks up database connections per context instead of per thread and would open new
    wrappers without the snapshot `serialized_rollback` restores from (and not the ones shared
    with `live_server`). The wrappers set up before are therefore put back for that context.
    Depending on `live_server` also closes the browser before the server stops.
    """
    from django.db import connections

    wrappers = list(connections.all())
    try:
        playwright = sync_playwright().start()
    except Error as exc:  # the Node driver itself failed (e.g. libatomic1 missing)
        unavailable(f"Playwright could not start: {exc}")
    for wrapper in wrappers:
        connections[wrapper.alias] = wrapper
    try:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
    except Error as exc:
        playwright.stop()
        unavailable(f"Chromium ({CHROMIUM}) could not be launched: {exc}")
    try:
        yield browser
    finally:
        browser.close()
        playwright.stop()


def unavailable(reason: str) -> None:
    """Fail on CI (the browser is part of the CI machine), skip on a developer's machine."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def new_page(browser: Browser, **context_options: Any) -> Page:
    """A page in a fresh context (no cookies), with generous timeouts."""
    context = browser.new_context(locale="vi-VN", **context_options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    return context.new_page()


def login(page: Page, live_server: Any, username: str) -> None:
    """Log in to the back office (/quan-tri/) through its login form."""
    page.goto(f"{live_server.url}/quan-tri/login/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/quan-tri/(?!login/).*"))


def screenshot(page: Page, name: str) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    path.with_suffix(".html").write_text(page.content(), encoding="utf-8")
    return path
