"""The demo data: realistic items in every state, some published, created only once."""

from __future__ import annotations

from io import StringIO

import pytest
from django.utils import timezone

from portal.questions import demo
from portal.questions.models import PublishedQuestion, Question, Status

pytestmark = pytest.mark.django_db


def test_the_demo_covers_every_state_and_is_idempotent(member, deputy, head, unit_head):
    out = StringIO()
    demo.seed(out)
    assert f"Đã tạo {len(demo.ITEMS)} câu hỏi, phản ánh mẫu." in out.getvalue()
    statuses = set(Question.objects.values_list("status", flat=True))
    assert statuses == {
        Status.PUBLISHED,
        Status.FORWARDED,
        Status.ANSWER_SUBMITTED,
        Status.RECEIVED,
        Status.REJECTED,
        Status.ANSWERED,
    }
    published = PublishedQuestion.objects.public()
    assert published.count() == 3
    assert published.filter(is_faq=True).count() == 2
    assert published.filter(kind="phan_anh").count() == 1
    assert Question.objects.filter(kind="phan_anh").count() == 2
    # The unit head's own unit has items waiting, one of them already late.
    waiting = Question.objects.filter(unit=unit_head.unit, status=Status.FORWARDED)
    assert waiting.count() == 2
    assert Question.objects.overdue(timezone.localdate()).filter(unit=unit_head.unit).count() == 1

    again = StringIO()
    demo.seed(again)
    assert "Đã tạo 0 câu hỏi, phản ánh mẫu." in again.getvalue()
    assert Question.objects.count() == len(demo.ITEMS)


def test_the_demo_needs_the_board_accounts():
    out = StringIO()
    demo.seed(out)
    assert "Bỏ qua hỏi đáp mẫu" in out.getvalue()
    assert not Question.objects.exists()
