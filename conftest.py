"""Shared fixtures: one user per role of the regulation, and the news structure.

The page tree, the roles and the editorial workflow come from the data migrations, so
tests use the real ones rather than building their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from portal.core import roles
from portal.core.models import Unit, User
from portal.news import actions as news_actions
from portal.news.models import ArticlePage, CategoryAssignment, CategoryPage, NewsIndexPage

PASSWORD = "Mật-khẩu-thử-12345"  # noqa: S105  (test accounts only)


@pytest.fixture(autouse=True)
def clear_cache() -> Any:
    """Every test starts with an empty cache: rate limits and used challenges never leak."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def unit(db: Any) -> Unit:
    return Unit.objects.create(code="phong-tu-phap", name="Phòng Tư pháp", kind="phong_ban")


@pytest.fixture
def other_unit(db: Any) -> Unit:
    return Unit.objects.create(code="xa-ea-kly", name="Ủy ban nhân dân xã Ea Kly", kind="xa")


@pytest.fixture
def make_user(db: Any, unit: Unit) -> Callable[..., User]:
    def make(username: str, role: str | None = None, **fields: Any) -> User:
        fields.setdefault("email", f"{username}@example.gov.vn")
        fields.setdefault("unit", unit)
        user = User.objects.create_user(username=username, password=PASSWORD, **fields)
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def member(make_user: Callable[..., User]) -> User:
    return make_user("thanhvien", roles.MEMBER, last_name="Võ Thị", first_name="Lan")


@pytest.fixture
def other_member(make_user: Callable[..., User]) -> User:
    """A board member not assigned to the test category."""
    return make_user("thanhvien2", roles.MEMBER)


@pytest.fixture
def deputy(make_user: Callable[..., User]) -> User:
    return make_user("photruongban", roles.DEPUTY, last_name="Nguyễn Thị", first_name="Mai")


@pytest.fixture
def other_deputy(make_user: Callable[..., User]) -> User:
    """A deputy head responsible for other categories, not the test one."""
    return make_user("photruongban2", roles.DEPUTY)


@pytest.fixture
def head(make_user: Callable[..., User]) -> User:
    return make_user("truongban", roles.HEAD, last_name="Trần Văn", first_name="Bình")


@pytest.fixture
def delegate(make_user: Callable[..., User]) -> User:
    return make_user("uyquyen", roles.DELEGATE)


@pytest.fixture
def unit_updater(make_user: Callable[..., User]) -> User:
    return make_user("capnhat", roles.UNIT_UPDATER)


@pytest.fixture
def unit_head(make_user: Callable[..., User]) -> User:
    return make_user("thutruong", roles.UNIT_HEAD)


@pytest.fixture
def portal_admin(make_user: Callable[..., User]) -> User:
    return make_user("quantri", roles.ADMIN)


@pytest.fixture
def home(db: Any) -> Page:
    return Page.objects.get(depth=2).specific


@pytest.fixture
def news_index(db: Any) -> NewsIndexPage:
    return NewsIndexPage.objects.get()


@pytest.fixture
def category(db: Any) -> CategoryPage:
    return CategoryPage.objects.get(slug="thong-bao")


@pytest.fixture
def other_category(db: Any) -> CategoryPage:
    return CategoryPage.objects.get(slug="doanh-nghiep")


@pytest.fixture
def assignment(
    category: CategoryPage,
    member: User,
    deputy: User,
    other_category: CategoryPage,
    other_member: User,
    other_deputy: User,
) -> CategoryAssignment:
    """`member` writes and `deputy` edits in `category`; the "other" pair in `other_category`."""
    record = CategoryAssignment.objects.create(category=category)
    record.members.set([member])
    record.deputies.set([deputy])
    news_actions.apply_assignment(record)
    other = CategoryAssignment.objects.create(category=other_category)
    other.members.set([other_member])
    other.deputies.set([other_deputy])
    news_actions.apply_assignment(other)
    return record


@pytest.fixture
def make_article(category: CategoryPage, member: User) -> Callable[..., ArticlePage]:
    def make(parent: Page | None = None, owner: User | None = None, **fields: Any) -> ArticlePage:
        fields.setdefault("title", "Hội nghị tổng kết công tác năm")
        fields.setdefault("sapo", "Sáng nay, UBND huyện tổ chức hội nghị tổng kết.")
        fields.setdefault("body", [("paragraph", "<p>Nội dung bài viết.</p>")])
        fields.setdefault("author_name", "Minh Hà")
        fields.setdefault("source_kind", "own")
        page = ArticlePage(owner=owner or member, live=False, **fields)
        (parent or category).add_child(instance=page)
        page.save_revision(user=owner or member)
        return page

    return make


@pytest.fixture
def time_travel() -> Callable[[Any], Any]:
    """`with time_travel(date(2026, 1, 5)):` runs the block at 10:00 that day, Vietnam time."""
    from datetime import date, datetime, time
    from zoneinfo import ZoneInfo

    import time_machine

    def travel(when: date | datetime) -> Any:
        if not isinstance(when, datetime):
            when = datetime.combine(when, time(10, 0), tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
        return time_machine.travel(when, tick=False)

    return travel


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Any) -> Callable[[], Any]:
    """`with committed():` runs the block as one request would: what it queued for after the
    commit (e-mails) happens when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
