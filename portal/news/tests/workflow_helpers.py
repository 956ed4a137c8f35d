"""Helpers that drive the editorial workflow the way the back office does."""

from __future__ import annotations

from typing import Any

from django.test import TestCase
from wagtail.models import TaskState, WorkflowState

from portal.news.models import ArticlePage


def submit(page: ArticlePage, by: Any) -> WorkflowState:
    """Step 1: the member submits the article to the board (a request: it commits)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return page.get_workflow().start(page, by)


def current_task_state(page: ArticlePage) -> TaskState:
    state = WorkflowState.objects.for_instance(page).get(status=WorkflowState.STATUS_IN_PROGRESS)
    return state.current_task_state.specific


def act(page: ArticlePage, user: Any, action: str, comment: str = "") -> None:
    """Step 2 or 3, as one request does it: in a transaction, e-mails sent on commit."""
    task_state = current_task_state(page)
    with TestCase.captureOnCommitCallbacks(execute=True):
        task_state.task.specific.on_action(task_state, user, action, comment=comment)


def actions_for(page: ArticlePage, user: Any) -> list[str]:
    task_state = current_task_state(page)
    return [name for name, _label, _modal in task_state.task.specific.get_actions(page, user)]
