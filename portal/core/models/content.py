"""What every piece of content under the editorial workflow (Điều 15) has in common.

`EditorialContent` declares, in one place, the hooks the workflow calls on content: what
blocks approval, what follows it, who edits it at step 2. Pages and records inherit it and
override what concerns them.

`EditorialRecord` is the abstract snippet for records under the workflow (documents,
procedures, published answers, consultations): Wagtail's draft, revision, lock and workflow
mixins with their relations, Unicode NFC, `public()` for what was approved, and a folded
search text kept in step with the record on every save.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from portal.core.nfc import NFCModelMixin
from portal.core.search import FoldedSearchQuerySet, build_search_blob


class EditorialContent:
    """The hooks of the editorial workflow, with their defaults."""

    def approval_blockers(self) -> list[str]:
        """Reasons, in Vietnamese, why step 3 may not approve this content (none: [])."""
        return []

    def after_approval(self) -> None:
        """Called once step 3's approval has published this content."""

    def editorial_deputies(self) -> models.QuerySet[Any] | None:
        """The deputy heads responsible for step 2 of this content (None: every deputy)."""
        return None


class EditorialQuerySet(FoldedSearchQuerySet):
    def public(self) -> Any:
        """Only approved (published) records are ever shown to the public."""
        return self.filter(live=True)


class EditorialRecord(
    EditorialContent,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    NFCModelMixin,
    ClusterableModel,
):
    search_blob = models.TextField(editable=False, blank=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    objects = EditorialQuerySet.as_manager()

    class Meta:
        abstract = True

    def search_parts(self) -> Iterable[Any]:
        """The texts the record is found by (folded into `search_blob` on every save)."""
        return ()

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_blob = build_search_blob(*self.search_parts())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_blob" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_blob"]
        super().save(*args, **kwargs)
