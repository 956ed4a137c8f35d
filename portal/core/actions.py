"""State changes of the editorial workflow and of delegations: one function each."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Task, TaskState, WorkflowState

from portal.core import notifications
from portal.core.models.editorial import Delegation, EditorialTask, Step, approval_blockers


def _content(task_state: TaskState) -> Any:
    obj = task_state.workflow_state.content_object
    return obj.specific if hasattr(obj, "specific") else obj


@transaction.atomic
def act_on_editorial_task(
    task: EditorialTask, task_state: TaskState, user: Any, action_name: str, **kwargs: Any
) -> Any:
    """Pass on, approve or send back content at step 2 or 3, checking every rule first.

    The task state is locked and re-read: an action repeated or arriving late (the step is
    already done) is refused, never applied twice. Publication happens in this transaction.
    """
    locked = TaskState.objects.select_for_update().get(pk=task_state.pk)
    current = WorkflowState.objects.filter(pk=locked.workflow_state_id).values_list(
        "current_task_state_id", flat=True
    )
    if locked.status != TaskState.STATUS_IN_PROGRESS or current.first() != locked.pk:
        raise PermissionDenied(_("Bước này đã được thực hiện; thao tác không được lặp lại."))
    obj = _content(task_state)
    if not task.user_can_act(obj, user):
        raise PermissionDenied(_("Bạn không có quyền thực hiện bước này."))
    comment = (kwargs.get("comment") or "").strip()
    if action_name == "reject" and not comment:
        raise PermissionDenied(_("Phải ghi rõ lý do khi trả lại tin."))
    if action_name == "approve" and task.step == Step.APPROVE:
        blockers = approval_blockers(obj)
        if blockers:
            raise PermissionDenied(" ".join(blockers))
    _log_delegation_use(task, obj, user, action_name)
    result = Task.on_action(task, task_state, user, action_name, **kwargs)
    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    if action_name == "reject":
        notifications.sent_back(obj, workflow_state, by=user, comment=comment)
    elif workflow_state.status == WorkflowState.STATUS_APPROVED:
        notifications.approved(obj, workflow_state, by=user)
    return result


def _log_delegation_use(task: EditorialTask, obj: Any, user: Any, action_name: str) -> None:
    if user.is_superuser or task.principals(obj).filter(pk=user.pk).exists():
        return
    delegation = task.delegation_for(obj, user)
    if delegation is None:
        return
    log(
        instance=obj,
        action="portal.delegation.used",
        user=user,
        data={
            "delegation_id": delegation.pk,
            "delegator": str(delegation.delegator),
            "step": delegation.get_step_display(),
            "action": action_name,
            "until": timezone.localtime(delegation.ends_at).strftime("%H:%M %d/%m/%Y"),
        },
    )


def revoke_delegation(delegation: Delegation, by: Any) -> None:
    if delegation.revoked_at is not None:
        return
    delegation.revoked_at = timezone.now()
    delegation.save(update_fields=["revoked_at"])
    log(instance=delegation, action="portal.delegation.revoke", user=by)
