"""Back-office panel showing who wrote, who edited and who approved an article."""

from __future__ import annotations

from typing import Any

from wagtail.admin.panels import Panel
from wagtail.models import TaskState, WorkflowState


def editorial_trail(page: Any) -> dict[str, Any]:
    """The people behind each step of the latest workflow run of `page`."""
    if page is None or not page.pk:
        return {"writer": None, "submitted_at": None, "steps": []}
    workflow_state = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    first_revision = page.revisions.order_by("created_at").first()
    trail: dict[str, Any] = {
        "writer": page.owner or (first_revision.user if first_revision else None),
        "submitted_by": workflow_state.requested_by if workflow_state else None,
        "submitted_at": workflow_state.created_at if workflow_state else None,
        "status": workflow_state.get_status_display() if workflow_state else None,
        "steps": [],
    }
    if workflow_state:
        states = (
            TaskState.objects.filter(workflow_state=workflow_state)
            .exclude(status=TaskState.STATUS_CANCELLED)
            .select_related("task", "finished_by")
            .order_by("started_at")
        )
        trail["steps"] = [
            {
                "task": state.task.name,
                "status": state.get_status_display(),
                "by": state.finished_by,
                "at": state.finished_at,
                "comment": state.comment,
            }
            for state in states
        ]
    return trail


class EditorialTrailPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "news/panels/editorial_trail.html"

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            context["trail"] = editorial_trail(self.instance)
            return context
