"""Back-office screens (`/quan-tri/hoi-dap/`): the queue, the overdue list, one item.

Every screen that shows an item's contact data or attachment writes a
"portal.personal_data.view" entry to the audit log (NĐ 13/2023 Điều 38.2).
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from portal.core import privacy
from portal.core.uploads import EXTENSIONS
from portal.questions import access
from portal.questions.deadlines import portal_settings, working_days_left
from portal.questions.forms.staff import (
    AnswerForm,
    ForwardForm,
    MergeForm,
    QueueFilterForm,
    RejectForm,
    ReturnForm,
)
from portal.questions.models import Question, Status

CONTENT_TYPES = {extension: mime for mime, extension in EXTENSIONS.items()}

PAGE_SIZE = 50


def log_personal_data_view(request: HttpRequest, question: Question, screen: str) -> None:
    if question.has_personal_data:
        privacy.log_personal_data_view(request.user, question, screen)


def queue(request: HttpRequest) -> HttpResponse:
    access.require_queue_access(request.user)
    form = QueueFilterForm(request.GET or None)
    items = form.apply(Question.objects.for_staff(request.user)).select_related("unit", "linh_vuc")
    page = Paginator(items.order_by("-submitted_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    query = request.GET.copy()
    query.pop("p", None)
    context = {
        "form": form,
        "items": page,
        "query": query.urlencode(),
        "is_board": access.is_board(request.user),
        "today": timezone.localdate(),
    }
    return render(request, "questions/admin/queue.html", context)


def overdue(request: HttpRequest) -> HttpResponse:
    """For the board: items past their deadline, and those close to it."""
    access.require_board(request.user)
    today = timezone.localdate()
    warn = portal_settings().reminder_working_days
    late, soon = [], []
    waiting = Question.objects.waiting_for_unit().select_related("unit").order_by("due_date")
    for item in waiting:
        left = working_days_left(item.due_date, today)
        if item.due_date < today:
            late.append((item, -left))
        elif left <= warn:
            soon.append((item, left))
    context = {"late": late, "soon": soon, "today": today, "warn": warn}
    return render(request, "questions/admin/overdue.html", context)


def detail_page(
    request: HttpRequest, question: Question, status: int = 200, **forms: Any
) -> HttpResponse:
    """The item with the forms its viewer may use (`forms` replaces them after a bad POST)."""
    user = request.user
    board = access.is_board(user)
    context: dict[str, Any] = {
        "q": question,
        "is_board": board,
        "may_draft": access.may_draft_answer(user, question),
        "may_submit": access.may_submit_answer(user, question),
        "events": question.events.select_related("actor"),
        "statuses": Status,
        "today": timezone.localdate(),
        "days_left": working_days_left(question.due_date, timezone.localdate())
        if question.due_date and question.status == Status.FORWARDED
        else None,
        "publication": getattr(question, "publication", None),
        "reject_form": RejectForm(),
        "merge_form": MergeForm(question=question),
        "forward_form": ForwardForm(question=question),
        "return_form": ReturnForm(),
        "answer_form": AnswerForm(
            initial={"answer_text": question.answer_text, "is_personal": question.is_personal}
        ),
        "answer_days": portal_settings().answer_working_days,
    }
    if context["days_left"] is not None:
        context["days_late"] = -context["days_left"]
    context.update(forms)
    if context["publication"] is not None:
        context["publication_edit_url"] = reverse(
            "wagtailsnippets_questions_publishedquestion:edit", args=[context["publication"].pk]
        )
    log_personal_data_view(request, question, "detail")
    return render(request, "questions/admin/detail.html", context, status=status)


def detail(request: HttpRequest, pk: int) -> HttpResponse:
    return detail_page(request, access.get_staff_question(request, pk))


def attachment(request: HttpRequest, pk: int) -> FileResponse:
    question = access.get_staff_question(request, pk)
    if not question.attachment:
        raise Http404
    log_personal_data_view(request, question, "attachment")
    kind = question.attachment_kind
    return FileResponse(
        question.attachment.open("rb"),
        as_attachment=True,
        filename=f"{question.code}.{kind}",
        content_type=CONTENT_TYPES.get(kind, "application/octet-stream"),
    )
