"""Workflow actions that arrive twice (a double click, a resent form) or late.

Wagtail performs an editor's workflow action without checking that the step is still the one
the form was shown for: a second POST after the step was done failed with a 500, and two at
once could save a stale copy over the just-published content. Every workflow action on our
content goes through `guard`: it locks the content's row for the whole request (so two
actions on one item run one after the other, each in a single transaction with its
publication), re-reads the workflow, and answers a stale action with a Vietnamese message
instead of acting on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page, TaskState, WorkflowState

EDITOR_ACTION_FIELD = "action-workflow-action"


def refusal_reason(obj: Any, user: Any, task_state_id: int | None = None) -> str | None:
    """Why `user` may not act on `obj`'s workflow now, or None if they may."""
    state = (
        WorkflowState.objects.for_instance(obj)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_related("current_task_state__task")
        .first()
    )
    if state is None or state.current_task_state is None:
        return _(
            "Nội dung này không còn chờ duyệt (đã được duyệt, trả lại hoặc dừng quy trình). "
            "Thao tác vừa gửi không được thực hiện thêm lần nữa."
        )
    task_state = state.current_task_state
    stale = task_state_id is not None and task_state.pk != int(task_state_id)
    if stale or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return _(
            "Bước này đã được thực hiện, nội dung đã chuyển sang bước khác. "
            "Thao tác vừa gửi không được thực hiện thêm lần nữa."
        )
    if not task_state.task.specific.user_can_act(obj, user):
        return _(
            "Nội dung đang ở bước “%(task)s”, không phải bước của bạn. "
            "Thao tác vừa gửi không được thực hiện."
        ) % {"task": task_state.task.name}
    return None


def _refused(request: HttpRequest, obj: Any, reason: str) -> HttpResponse:
    messages.warning(request, reason)
    url = AdminURLFinder(request.user).get_edit_url(obj) or "/quan-tri/"
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return JsonResponse({"step": "success", "redirect": url})
    return redirect(url)


def guard(
    view: Callable[..., HttpResponse],
    locate: Callable[[dict[str, Any]], tuple[type[models.Model], Any]],
    editor: bool,
) -> Callable[..., HttpResponse]:
    """Wrap a Wagtail view that may perform a workflow action on one object.

    `locate(kwargs)` gives the model and primary key from the URL; `editor` says the view is
    an edit form (which acts only when its workflow-action button was used), otherwise every
    POST is an action on the task state named in the URL.
    """

    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method != "POST" or (editor and not request.POST.get(EDITOR_ACTION_FIELD)):
            return view(request, *args, **kwargs)
        model, pk = locate(kwargs)
        with transaction.atomic():
            obj = model._default_manager.select_for_update().filter(pk=pk).first()
            if obj is None:
                return view(request, *args, **kwargs)  # Wagtail answers 404
            obj = obj.specific if isinstance(obj, Page) else obj
            reason = refusal_reason(obj, request.user, kwargs.get("task_state_id"))
            if reason:
                return _refused(request, obj, reason)
            return view(request, *args, **kwargs)

    return guarded


def page_views() -> list[Any]:
    """URL patterns that put the guard in front of Wagtail's page editor and page workflow
    actions; mounted before the admin's own patterns (same paths)."""
    from django.urls import path
    from wagtail.admin.auth import require_admin_access
    from wagtail.admin.viewsets.pages import page_viewset_registry

    def page(kwargs: dict[str, Any]) -> tuple[type[models.Model], Any]:
        return Page, kwargs["page_id"]

    edit = page_viewset_registry.as_view("edit", page_id_kwarg="page_id")
    action = page_viewset_registry.as_view("workflow_action", page_id_kwarg="page_id")
    return [
        path(
            "quan-tri/pages/<int:page_id>/edit/",
            require_admin_access(guard(edit, page, editor=True)),
        ),
        path(
            "quan-tri/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
            require_admin_access(guard(action, page, editor=False)),
        ),
    ]


class GuardedWorkflowViews:
    """Mix into a SnippetViewSet whose model goes through the editorial workflow."""

    model: type[models.Model]

    def _locate(self, kwargs: dict[str, Any]) -> tuple[type[models.Model], Any]:
        return self.model, kwargs["pk"]

    @property
    def edit_view(self) -> Callable[..., HttpResponse]:
        return guard(super().edit_view, self._locate, editor=True)  # type: ignore[misc]

    @property
    def workflow_action_view(self) -> Callable[..., HttpResponse]:
        return guard(super().workflow_action_view, self._locate, editor=False)  # type: ignore[misc]
