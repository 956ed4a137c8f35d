"""Back-office POST actions on one item: each checks the permission once, then calls the action.

Someone who may not see the item gets 404 (`access.get_staff_question`); someone who may see
it but not do this gets 403. A status that no longer allows the step gives a message.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.questions import access, actions
from portal.questions.forms.staff import AnswerForm, ForwardForm, MergeForm, RejectForm, ReturnForm
from portal.questions.models import Question
from portal.questions.views.staff import detail_page


def _apply(
    request: HttpRequest, question: Question, step: Callable[[], object], done: str
) -> HttpResponse:
    try:
        step()
    except actions.InvalidTransition as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, done % {"code": question.code})
    return redirect("questions_admin:detail", question.pk)


@require_POST
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    return _apply(
        request,
        question,
        lambda: actions.accept(question, by=request.user),
        _("Đã tiếp nhận %(code)s."),
    )


@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return detail_page(request, question, status=400, reject_form=form)
    data = form.cleaned_data
    return _apply(
        request,
        question,
        lambda: actions.reject(question, request.user, data["reason"], data["note"]),
        _("Đã không tiếp nhận %(code)s và báo lý do cho công dân."),
    )


@require_POST
def merge(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    form = MergeForm(request.POST, question=question)
    if not form.is_valid():
        return detail_page(request, question, status=400, merge_form=form)
    return _apply(
        request,
        question,
        lambda: actions.merge(question, request.user, form.cleaned_data["original"]),
        _("Đã gộp %(code)s vào câu hỏi gốc."),
    )


@require_POST
def forward(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    form = ForwardForm(request.POST, question=question)
    if not form.is_valid():
        return detail_page(request, question, status=400, forward_form=form)
    data = form.cleaned_data
    return _apply(
        request,
        question,
        lambda: actions.forward(question, request.user, data["unit"], data["note"]),
        _("Đã chuyển %(code)s cho đơn vị trả lời."),
    )


@require_POST
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the unit's draft ("luu"), or send it to the board ("gui", unit head only)."""
    question = access.get_staff_question(request, pk)
    submitting = "gui" in request.POST
    if submitting:
        access.require_submitter(request.user, question)
    else:
        access.require_drafter(request.user, question)
    form = AnswerForm(request.POST, submitting=submitting)
    if not form.is_valid():
        return detail_page(request, question, status=400, answer_form=form)
    text, personal = form.cleaned_data["answer_text"], form.cleaned_data["is_personal"]
    if submitting:
        return _apply(
            request,
            question,
            lambda: actions.submit_answer(question, request.user, text, personal),
            _("Đã gửi trả lời của %(code)s cho Ban biên tập."),
        )
    return _apply(
        request,
        question,
        lambda: actions.save_answer(question, request.user, text, personal),
        _("Đã lưu bản nháp trả lời %(code)s."),
    )


@require_POST
def return_to_unit(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    form = ReturnForm(request.POST)
    if not form.is_valid():
        return detail_page(request, question, status=400, return_form=form)
    return _apply(
        request,
        question,
        lambda: actions.return_to_unit(question, request.user, form.cleaned_data["reason"]),
        _("Đã trả lại đơn vị câu trả lời %(code)s."),
    )


@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Prepare the public Q&A record and open it in the editor, to submit to the workflow."""
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    try:
        record = actions.prepare_publication(question, by=request.user)
    except actions.InvalidTransition as exc:
        messages.error(request, str(exc))
        return redirect("questions_admin:detail", question.pk)
    messages.success(
        request,
        _(
            "Đã tạo bản hỏi đáp để công bố. Kiểm tra, lược bỏ thông tin cá nhân rồi gửi "
            "theo Quy trình biên tập tin (Điều 15)."
        ),
    )
    return redirect(reverse("wagtailsnippets_questions_publishedquestion:edit", args=[record.pk]))


@require_POST
def private_answer(request: HttpRequest, pk: int) -> HttpResponse:
    question = access.get_staff_question(request, pk)
    access.require_board(request.user)
    return _apply(
        request,
        question,
        lambda: actions.send_private_answer(question, by=request.user),
        _("Đã gửi trả lời riêng %(code)s cho công dân."),
    )
