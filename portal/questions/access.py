"""Who may see or do what with questions and feedback.

- The editorial board (Thành viên Ban biên tập, Phó Trưởng ban, Trưởng ban) and the
  administrators hold `moderate_question`: they see every item and moderate it.
- A unit's officers (Cán bộ cập nhật) hold `answer_question`, its head (Thủ trưởng đơn vị)
  also `submit_answer`: they see only the items forwarded to their own unit; anyone else gets
  404 for such an item, so its existence is not revealed.
- Citizens have no account: they reach their own item with its code and secret.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from portal.questions.models import ANSWER, MODERATE, SUBMIT_ANSWER, Question, Status


def is_board(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(MODERATE))


def may_use_queue(user: Any) -> bool:
    return is_board(user) or bool(user.is_authenticated and user.has_perm(ANSWER) and user.unit_id)


def require_queue_access(user: Any) -> None:
    if not may_use_queue(user):
        raise PermissionDenied


def require_board(user: Any) -> None:
    if not is_board(user):
        raise PermissionDenied


def get_staff_question(request: HttpRequest, pk: int) -> Question:
    """The item, if this staff member may see it; 404 otherwise (never 403)."""
    require_queue_access(request.user)
    return get_object_or_404(
        Question.objects.for_staff(request.user).select_related(
            "linh_vuc", "unit", "suggested_unit", "duplicate_of"
        ),
        pk=pk,
    )


def works_on(user: Any, question: Question) -> bool:
    """A member of the unit the item is forwarded to, with the right to draft answers."""
    if user.is_superuser:
        return True
    return bool(user.has_perm(ANSWER) and user.unit_id and user.unit_id == question.unit_id)


def may_draft_answer(user: Any, question: Question) -> bool:
    return question.status == Status.FORWARDED and works_on(user, question)


def may_submit_answer(user: Any, question: Question) -> bool:
    return may_draft_answer(user, question) and user.has_perm(SUBMIT_ANSWER)


def require_drafter(user: Any, question: Question) -> None:
    if not works_on(user, question):
        raise PermissionDenied


def require_submitter(user: Any, question: Question) -> None:
    if not (works_on(user, question) and user.has_perm(SUBMIT_ANSWER)):
        raise PermissionDenied


def get_tracked_question(code: str, secret: str) -> Question | None:
    """The citizen's own item, only with the right code and secret."""
    question = Question.objects.select_related("unit").filter(code=code).first()
    if question is None or not question.check_secret(secret):
        return None
    return question
