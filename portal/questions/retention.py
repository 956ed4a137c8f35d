"""Questions and feedback keep their anonymous text and answer; the asker's contact data and
attachment are erased once the retention period after closing is over."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.utils.translation import gettext_lazy

from portal.core.privacy import RetentionRule, retention_cutoff, retention_days, unclaimed_files
from portal.questions import actions
from portal.questions.models import Question
from portal.questions.storage import private_storage

ATTACHMENTS = "hoi-dap"


def questions_due(now: datetime) -> Iterator[Question]:
    yield from Question.objects.retention_over(retention_cutoff(now)).order_by("closed_at")


def erase(question: Question) -> int:
    reason = f"Hết thời hạn lưu {retention_days()} ngày."
    return int(actions.erase_personal_data(question, reason=reason))


def _claimed(path: str) -> bool:
    return Question.objects.filter(attachment=path).exists()


def attachments_unclaimed(now: datetime) -> Iterator[str]:
    yield from unclaimed_files(private_storage(), [ATTACHMENTS], _claimed, now)


def delete_unclaimed(path: str) -> int:
    if _claimed(path):
        return 0
    private_storage().delete(path)
    return 1


RULES = [
    RetentionRule(
        name=gettext_lazy("Câu hỏi, phản ánh đã kết thúc"),
        due=questions_due,
        erase=erase,
        describe=lambda q: f"{q.code} (kết thúc {q.closed_at:%d/%m/%Y})",
    ),
    RetentionRule(
        name=gettext_lazy("Tệp đính kèm không thuộc câu hỏi nào (gửi bị gián đoạn)"),
        due=attachments_unclaimed,
        erase=delete_unclaimed,
    ),
]
