"""E-mails to the people who must act next in the editorial workflow."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from wagtail.admin.admin_url_finder import AdminURLFinder

from portal.core import mail

logger = logging.getLogger(__name__)


def _send(template: str, recipients: Iterable[Any], context: dict[str, Any]) -> None:
    edit_url = mail.admin_url(AdminURLFinder().get_edit_url(context["obj"]) or "")
    addresses = [user.email for user in recipients if user is not None]
    mail.send(f"emails/{template}", addresses, {**context, "edit_url": edit_url})


def task_waiting(task: Any, obj: Any, submitted_by: Any = None) -> None:
    """A step has started: tell everyone who may do it (principals and delegates)."""
    _send(
        "task_waiting",
        task.actors(obj),
        {"obj": obj, "task": task, "step": task.get_step_display(), "by": submitted_by},
    )


def sent_back(obj: Any, workflow_state: Any, by: Any, comment: str) -> None:
    """Content was sent back: tell whoever submitted it and its owner."""
    _send(
        "sent_back",
        [workflow_state.requested_by, getattr(obj, "owner", None)],
        {"obj": obj, "by": by, "comment": comment},
    )


def approved(obj: Any, workflow_state: Any, by: Any) -> None:
    """The last step approved the content: say it is public only once it really is."""
    obj.refresh_from_db(fields=["live"])
    if not getattr(obj, "live", True):
        logger.error("%r was approved but is not live: no 'published' e-mail sent", obj)
        return
    _send(
        "approved",
        [workflow_state.requested_by, getattr(obj, "owner", None)],
        {"obj": obj, "by": by},
    )


def silence_wagtail_workflow_mail() -> None:
    """Wagtail's own workflow e-mails would duplicate ours (and go to the wrong people)."""
    from wagtail.models import TaskState, WorkflowState
    from wagtail.signals import (
        task_submitted,
        workflow_approved,
        workflow_rejected,
        workflow_submitted,
    )

    task_submitted.disconnect(
        sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
    )
    for signal, uid in [
        (workflow_submitted, "workflow_state_submitted_email_notification"),
        (workflow_rejected, "workflow_state_rejected_email_notification"),
        (workflow_approved, "workflow_state_approved_email_notification"),
    ]:
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)
