"""What happens when the last step approves: publish, with the approval as the authority.

Wagtail's default re-checks the approver's page "publish" permission; on this portal nobody
but a superuser holds that right for articles (publication happens only through step 3), so
the approver's authority comes from the workflow task instead. Content that must react to
publication (documents recompute validity) overrides `EditorialContent.after_approval()`.
"""

from __future__ import annotations

from typing import Any


def publish_approved(workflow_state: Any, user: Any = None) -> None:
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
    published = workflow_state.content_object
    published = published.specific if hasattr(published, "specific") else published
    published.refresh_from_db()
    # Imported here: Wagtail loads this module while its own models are being defined.
    from portal.core.models.content import EditorialContent

    if isinstance(published, EditorialContent):
        published.after_approval()
