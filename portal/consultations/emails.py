"""E-mails of the consultation process: to the commenter and to the drafting unit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.urls import reverse

from portal.consultations.models import Consultation, ConsultationComment
from portal.core import mail, roles


def _send(template: str, recipients: Iterable[str], context: dict[str, Any]) -> None:
    mail.send(f"consultations/emails/{template}", recipients, context)


def comment_received(comment: ConsultationComment) -> None:
    _send(
        "comment_received",
        [comment.email],
        {
            "comment": comment,
            "consultation": comment.consultation,
            "lookup_url": mail.public_url(reverse("consultations:lookup")),
        },
    )


def comment_moderated(comment: ConsultationComment) -> None:
    _send(
        "comment_moderated",
        [comment.email],
        {
            "comment": comment,
            "consultation": comment.consultation,
            "approved": comment.status == ConsultationComment.Status.APPROVED,
            "public_url": mail.public_url(comment.consultation.get_absolute_url()),
        },
    )


def unit_recipients(consultation: Consultation) -> list[str]:
    """The drafting unit's official address and its staff who manage consultations."""
    unit = consultation.drafting_unit
    staff = roles.holders(roles.OWN_UNIT).filter(unit=unit).exclude(email="")
    return [unit.email, *staff.values_list("email", flat=True)]


def consultation_closed(consultation: Consultation, counts: dict[str, int]) -> None:
    _send(
        "consultation_closed",
        unit_recipients(consultation),
        {
            "consultation": consultation,
            "counts": counts,
            "queue_url": mail.admin_url(
                reverse("consultations_admin:queue", args=[consultation.pk])
            ),
        },
    )
