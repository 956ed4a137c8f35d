"""Fixtures for questions and feedback: an asker with distinctive personal data, items in each
state (made through the real actions), and staff of another unit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from portal.core import roles
from portal.core.models import Unit, User
from portal.documents.models import Field
from portal.questions import actions
from portal.questions.models import Question
from portal.questions.tests.factories import PERSONAL, question_data


@pytest.fixture(autouse=True)
def private_files(settings: Any, tmp_path: Any) -> Any:
    """Attachments go to a temporary directory, removed by pytest."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return settings.PRIVATE_MEDIA_ROOT / "questions"


@pytest.fixture
def field(db: Any) -> Field:
    return Field.objects.get(name="Tư pháp")


@pytest.fixture
def other_unit_head(make_user: Callable[..., User], other_unit: Unit) -> User:
    return make_user("thutruong2", roles.UNIT_HEAD, unit=other_unit)


@pytest.fixture
def other_unit_updater(make_user: Callable[..., User], other_unit: Unit) -> User:
    return make_user("capnhat2", roles.UNIT_UPDATER, unit=other_unit)


@pytest.fixture
def make_question(field: Field) -> Callable[..., Question]:
    def make(kind: str = Question.Kind.QUESTION, **overrides: Any) -> Question:
        question, _secret = actions.receive(kind, question_data(field, **overrides), "test")
        return question

    return make


@pytest.fixture
def received(make_question: Callable[..., Question]) -> Question:
    return make_question()


@pytest.fixture
def forwarded(received: Question, member: User, unit: Unit, unit_head: User) -> Question:
    actions.forward(received, member, unit)
    return received


@pytest.fixture
def answered(forwarded: Question, unit_head: User) -> Question:
    actions.submit_answer(
        forwarded,
        unit_head,
        "Theo Điều 5 Luật Hộ tịch, việc đăng ký khai sinh được thực hiện tại UBND cấp xã.",
        False,
    )
    return forwarded


@pytest.fixture
def personal() -> dict[str, str]:
    return dict(PERSONAL)
