"""Questions and feedback keep their anonymous text and answer; the asker's contact data and
attachment are erased once the retention period after closing is over."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.utils.translation import gettext_lazy

from portal.core.privacy import RetentionRule, retention_cutoff, retention_days
from portal.questions import actions
from portal.questions.models import Question


def questions_due(now: datetime) -> Iterator[Question]:
    yield from Question.objects.retention_over(retention_cutoff(now)).order_by("closed_at")


def erase(question: Question) -> int:
    reason = f"Hết thời hạn lưu {retention_days()} ngày."
    return int(actions.erase_personal_data(question, reason=reason))


RULES = [
    RetentionRule(
        name=gettext_lazy("Câu hỏi, phản ánh đã kết thúc"),
        due=questions_due,
        erase=erase,
        describe=lambda q: f"{q.code} (kết thúc {q.closed_at:%d/%m/%Y})",
    )
]
