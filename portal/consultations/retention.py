"""Comments on drafts keep their text (the public record of the consultation); the names and
contact data of their authors are erased once the retention period after closing is over."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy

from portal.consultations import actions
from portal.consultations.models import Consultation, ConsultationComment
from portal.core.privacy import RetentionRule, retention_cutoff


def consultations_due(now: datetime) -> Iterator[Consultation]:
    due = ConsultationComment.objects.contact_data_due_for_purge(retention_cutoff(now))
    yield from Consultation.objects.filter(pk__in=due.values("consultation")).order_by("pk")


def erase(consultation: Consultation) -> int:
    return actions.purge_personal_data(consultation, closed_before=retention_cutoff())


RULES = [
    RetentionRule(
        name=gettext_lazy("Góp ý dự thảo (theo đợt lấy ý kiến đã đóng)"),
        due=consultations_due,
        erase=erase,
        describe=lambda c: f"{c.title} (đóng {timezone.localtime(c.closes_at):%d/%m/%Y})",
    )
]
