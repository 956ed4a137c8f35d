"""State changes of consultations and of the comments on them: one function each.

Each checks the allowed previous state, saves with update_fields, writes an audit entry
(wagtail.log_actions) and notifies. Log entries never carry personal data: a comment is
named by its tracking code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone
from wagtail.log_actions import log

from portal.consultations import emails
from portal.consultations.models import (
    Consultation,
    ConsultationComment,
    DraftArticle,
)
from portal.core import privacy

Status = ConsultationComment.Status

# Log actions, registered with their labels in wagtail_hooks.py.
SUBMIT = "portal.consultation_comment.submit"
APPROVE = "portal.consultation_comment.approve"
REJECT = "portal.consultation_comment.reject"
CLOSE = "portal.consultation.close"


class InvalidTransition(Exception):
    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(f"{current} → {wanted}")
        self.current, self.wanted = current, wanted


class ConsultationNotOpen(Exception):
    pass


def submit_comment(
    consultation: Consultation,
    *,
    article: DraftArticle | None,
    name: str,
    email: str,
    phone: str,
    organisation: str,
    show_name: bool,
    content: str,
    consent_text: str,
) -> ConsultationComment:
    """Receive a comment: only while the consultation is open; it waits for moderation."""
    if not consultation.is_open:
        raise ConsultationNotOpen(consultation.pk)
    if article is not None and article.consultation_id != consultation.pk:
        raise ValueError("article of another consultation")
    comment = ConsultationComment(
        consultation=consultation,
        article=article,
        article_label=article.label if article else "",
        name=name,
        email=email,
        phone=phone,
        organisation=organisation,
        show_name=show_name,
        content=content,
        consent_text=consent_text,
        status=Status.PENDING,
    )
    comment.save_with_code()
    log(instance=comment, action=SUBMIT, data={"consultation_id": consultation.pk})
    emails.comment_received(comment)
    return comment


def approve_comment(comment: ConsultationComment, by: Any) -> None:
    if comment.status not in (Status.PENDING, Status.REJECTED):
        raise InvalidTransition(comment.status, Status.APPROVED)
    comment.status = Status.APPROVED
    comment.moderated_at = timezone.now()
    comment.moderated_by = by
    comment.rejection_reason = ""
    comment.save(update_fields=["status", "moderated_at", "moderated_by", "rejection_reason"])
    log(instance=comment, action=APPROVE, user=by)
    emails.comment_moderated(comment)


def reject_comment(comment: ConsultationComment, by: Any, reason: str) -> None:
    """Keep a comment off the public page (or take it down), always with a reason."""
    if comment.status not in (Status.PENDING, Status.APPROVED):
        raise InvalidTransition(comment.status, Status.REJECTED)
    reason = reason.strip()
    if not reason:
        raise ValueError("a rejection needs a reason")
    comment.status = Status.REJECTED
    comment.moderated_at = timezone.now()
    comment.moderated_by = by
    comment.rejection_reason = reason
    comment.save(update_fields=["status", "moderated_at", "moderated_by", "rejection_reason"])
    log(instance=comment, action=REJECT, user=by, data={"reason": reason})
    emails.comment_moderated(comment)


def close_consultation(consultation: Consultation) -> None:
    """Record that the end date has passed and tell the drafting unit what it received.

    The public form already closed by itself at `closes_at`; this is the bookkeeping step
    run by `manage.py close_consultations`.
    """
    now = timezone.now()
    if consultation.closed_at is not None or consultation.closes_at > now:
        raise InvalidTransition(str(consultation.current_phase), Consultation.Phase.CLOSED)
    consultation.closed_at = now
    consultation.save(update_fields=["closed_at"])
    comments = consultation.comments.all()
    counts = {
        "received": comments.count(),
        "pending": comments.pending().count(),
        "published": comments.published().count(),
    }
    log(instance=consultation, action=CLOSE, data=counts)
    emails.consultation_closed(consultation, counts)


def purge_personal_data(consultation: Consultation, closed_before: datetime) -> int:
    """Erase the commenters' names and contact data once the retention period is over."""
    if consultation.closes_at >= closed_before:
        raise InvalidTransition("retention period running", "purged")
    due = consultation.comments.filter(purged_at__isnull=True)
    erased = due.update(name="", email="", phone="", organisation="", purged_at=timezone.now())
    if erased:
        privacy.log_personal_data_erasure(consultation, comments=erased)
    return erased


def record_personal_data_view(
    consultation: Consultation, by: Any, comments: list[ConsultationComment], purpose: str
) -> None:
    """Log every time staff see commenters' personal data (NĐ 13/2023, Điều 38.2)."""
    privacy.log_personal_data_view(by, consultation, purpose, comments=[c.code for c in comments])
