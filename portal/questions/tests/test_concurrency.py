"""Concurrent submissions lose nothing and get unique codes; concurrent moderation acts once.

Real threads, each with its own database connection, against PostgreSQL (SQLite serialises
writers, so it cannot show these races). Run with:
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/pytest portal/questions`.

The threads write in autocommit on their own connections, so their rows are really committed
and really compete. These tests are deliberately *not* `transaction=True`: a transactional
test ends with a flush that also empties what the data migrations created (roles, workflow,
subject areas), and with `--reuse-db` the next PostgreSQL session would start from that empty
database. Instead, the `committed` fixture deletes exactly the rows the threads wrote.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from portal.core import roles
from portal.core.models import User
from portal.questions import actions
from portal.questions.models import EventKind, Question, Status
from portal.questions.models import questions as questions_model
from portal.questions.tests.factories import form_data, question_data

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL for real concurrent writers"
    ),
    pytest.mark.django_db,
]

THREADS = 12


def run_together(count: int, work: Callable[[int], Any]) -> tuple[list[Any], list[Exception]]:
    """Start `count` threads that call `work(n)` at the same instant; collect the outcomes."""
    barrier = threading.Barrier(count)
    results: list[Any] = []
    errors: list[Exception] = []
    lock = threading.Lock()

    def target(n: int) -> None:
        try:
            barrier.wait(timeout=30)
            outcome = work(n)
            with lock:
                results.append(outcome)
        except Exception as exc:  # noqa: BLE001 (collected, then asserted by the test)
            with lock:
                errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=target, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def elsewhere(work: Callable[[], Any]) -> Any:
    """Run `work` on another connection (in autocommit: its writes are committed at once)."""
    results, errors = run_together(1, lambda _n: work())
    if errors:
        raise errors[0]
    return results[0]


@pytest.fixture
def committed() -> Iterator[dict[str, list[int]]]:
    """Collects the ids of committed rows, and deletes them (with their history) afterwards."""
    rows: dict[str, list[int]] = {"questions": [], "users": []}
    yield rows

    def clean() -> None:
        questions = Question.objects.filter(pk__in=rows["questions"])
        ModelLogEntry.objects.filter(
            object_id__in=[str(pk) for pk in rows["questions"]],
            content_type__app_label="questions",
        ).delete()
        questions.delete()
        User.objects.filter(pk__in=rows["users"]).delete()

    elsewhere(clean)


def test_concurrent_submissions_lose_nothing_and_get_unique_codes(field, committed, monkeypatch):
    # Every thread's first draw is the same code, so all but one must retry with another.
    drawn: set[int] = set()
    draw_lock = threading.Lock()
    real_tracking_code = questions_model.tracking_code

    def colliding_code(prefix: str, day: Any) -> str:
        with draw_lock:
            first = threading.get_ident() not in drawn
            drawn.add(threading.get_ident())
        return f"{prefix}-{day:%y%m%d}-AAAAAA" if first else real_tracking_code(prefix, day)

    monkeypatch.setattr(questions_model, "tracking_code", colliding_code)
    posts = [
        form_data(field, email=f"dan{n}@example.net", phone="", title=f"Câu hỏi đồng thời {n}")
        for n in range(THREADS)
    ]

    def submit(n: int) -> int:
        client = Client(REMOTE_ADDR=f"10.9.0.{n + 1}")
        return client.post(reverse("questions:ask"), posts[n]).status_code

    statuses, errors = run_together(THREADS, submit)
    saved = Question.objects.filter(title__startswith="Câu hỏi đồng thời")
    committed["questions"] += list(saved.values_list("pk", flat=True))
    assert errors == []
    assert statuses == [200] * THREADS
    assert saved.count() == THREADS
    assert {q.title for q in saved} == {f"Câu hỏi đồng thời {n}" for n in range(THREADS)}
    assert len({q.code for q in saved}) == THREADS
    assert saved.filter(code__endswith="-AAAAAA").count() == 1  # the others drew again
    assert all(q.events.filter(kind=EventKind.RECEIVED).count() == 1 for q in saved)


def test_concurrent_moderators_accept_an_item_only_once(field, committed, mailoutbox):
    def setup() -> tuple[int, list[int]]:
        board = Group.objects.get(name=roles.MEMBER)
        moderators = []
        for n in range(6):
            user = User.objects.create_user(username=f"bbt-dong-thoi-{n}", email="")
            user.groups.add(board)
            moderators.append(user.pk)
        question, _secret = actions.receive("hoi_dap", question_data(field), "test")
        return question.pk, moderators

    question_pk, moderator_pks = elsewhere(setup)
    committed["questions"].append(question_pk)
    committed["users"] += moderator_pks
    start = len(mailoutbox)

    def accept(n: int) -> str:
        item = Question.objects.get(pk=question_pk)
        try:
            actions.accept(item, User.objects.get(pk=moderator_pks[n]))
        except actions.InvalidTransition:
            return "refused"
        return "done"

    outcomes, errors = run_together(len(moderator_pks), accept)
    assert errors == []
    assert sorted(outcomes) == ["done"] + ["refused"] * (len(moderator_pks) - 1)
    question = Question.objects.get(pk=question_pk)
    assert question.status == Status.ACCEPTED
    assert question.events.filter(kind=EventKind.ACCEPTED).count() == 1
    assert len(mailoutbox) - start == 1  # the citizen is told once
