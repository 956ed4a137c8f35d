"""Back-office POST handlers: each validates its form and calls one function of `actions`.

A bad POST (missing reason, wrong date, an action no longer allowed) shows the dossier again
with status 400, the error next to the form, and what the officer typed kept.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.dossiers import access, actions
from portal.dossiers.models import Dossier
from portal.dossiers.staff_forms import (
    ActionForm,
    ApologyForm,
    AssignForm,
    ResultForm,
    StepForm,
    SupplementRequestForm,
)
from portal.dossiers.views.staff import detail_page

ACTION_ERRORS = (actions.InvalidTransition, ValueError)


def _back(dossier: Dossier) -> HttpResponse:
    return redirect("dossiers_admin:detail", pk=dossier.pk)


def _refused(request: HttpRequest, dossier: Dossier, key: str, form: Any, error: Any) -> Any:
    form.add_error(None, str(error))
    return detail_page(request, dossier, status=400, **{key: form})


@require_POST
def change_status(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    if action not in actions.TRANSITIONS:
        raise Http404
    if action == "request_supplement":
        form: ActionForm = SupplementRequestForm(request.POST, dossier=dossier)
    else:
        form = ActionForm(request.POST, action=action)
    if not form.is_valid():
        return detail_page(request, dossier, status=400, **{action: form})
    try:
        actions.transition(dossier, action, by=request.user, note=form.note())
    except ACTION_ERRORS as error:
        return _refused(request, dossier, action, form, error)
    label = actions.TRANSITIONS[action][2]
    messages.success(request, _("Đã thực hiện: %(action)s.") % {"action": label})
    return _back(dossier)


@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    form = AssignForm(request.POST, dossier=dossier)
    if not form.is_valid():
        return detail_page(request, dossier, status=400, assign_form=form)
    try:
        actions.assign(dossier, form.cleaned_data["officer"], by=request.user)
    except ACTION_ERRORS as error:
        return _refused(request, dossier, "assign_form", form, error)
    messages.success(request, _("Đã phân công cán bộ xử lý."))
    return _back(dossier)


@require_POST
def advance_step(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    form = StepForm(request.POST)
    if not form.is_valid():
        return detail_page(request, dossier, status=400, step_form=form)
    try:
        actions.advance_step(dossier, by=request.user, note=form.cleaned_data["note"].strip())
    except ACTION_ERRORS as error:
        return _refused(request, dossier, "step_form", form, error)
    messages.success(request, _("Đã ghi nhận hoàn thành bước xử lý."))
    return _back(dossier)


@require_POST
def apologise(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    form = ApologyForm(request.POST, dossier=dossier)
    if not form.is_valid():
        return detail_page(request, dossier, status=400, apology_form=form)
    data = form.cleaned_data
    try:
        actions.apologise(dossier, request.user, data["reason"].strip(), data["new_date"])
    except ACTION_ERRORS as error:
        return _refused(request, dossier, "apology_form", form, error)
    messages.success(request, _("Đã gửi phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)."))
    return _back(dossier)


@require_POST
def upload_result(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = access.get_dossier(request, pk)
    form = ResultForm(request.POST, request.FILES)
    if not form.is_valid():
        return detail_page(request, dossier, status=400, result_form=form)
    try:
        actions.attach_result(dossier, form.cleaned_data["file"], by=request.user)
    except ACTION_ERRORS as error:
        return _refused(request, dossier, "result_form", form, error)
    messages.success(request, _("Đã tải lên kết quả; người nộp tải về ở trang theo dõi hồ sơ."))
    return _back(dossier)
