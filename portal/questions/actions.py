"""State changes of questions and feedback: one function per transition.

Each function checks the allowed previous status (under a row lock), saves with
`update_fields`, writes a history event and an audit-log entry, then notifies. Mail is sent
after the transaction, so a rolled-back change never e-mails anyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal.core import privacy
from portal.core.models import Unit
from portal.questions import emails
from portal.questions.deadlines import due_date, portal_settings
from portal.questions.models import (
    EventKind,
    PublishedQuestion,
    Question,
    QuestionEvent,
    RejectReason,
    Status,
)
from portal.questions.models.published import redact

MODERATABLE = [Status.RECEIVED, Status.ACCEPTED]
FORWARDABLE = [Status.RECEIVED, Status.ACCEPTED, Status.FORWARDED]
ERASED_FIELDS = [
    "name",
    "email",
    "phone",
    "address",
    "attachment",
    "attachment_kind",
    "personal_data_erased_at",
]


class InvalidTransition(Exception):
    def __init__(self, current: str, target: str) -> None:
        self.current, self.target = current, target
        super().__init__(
            _("Không thể chuyển từ trạng thái “%(current)s” sang “%(target)s”.")
            % {"current": Status(current).label, "target": Status(target).label}
        )


def _event(
    question: Question,
    kind: str,
    by: Any = None,
    note: str = "",
    internal_note: str = "",
    public: bool = True,
) -> QuestionEvent:
    event = QuestionEvent.objects.create(
        question=question,
        kind=kind,
        actor=by,
        note=note,
        internal_note=internal_note,
        is_public=public,
    )
    log(
        instance=question,
        action=f"portal.questions.{kind}",
        user=by,
        data={"status": question.status},
    )
    return event


@contextmanager
def _transition(question: Question, allowed: Iterable[str], target: str) -> Iterator[None]:
    """Lock the row, check its current status, and let the caller change and save it."""
    with transaction.atomic():
        current = (
            Question.objects.select_for_update()
            .filter(pk=question.pk)
            .values_list("status", flat=True)
            .get()
        )
        if current not in allowed:
            question.status = current
            raise InvalidTransition(current, target)
        question.status = target
        yield


def _close(question: Question, target: str) -> list[str]:
    now = timezone.now()
    question.closed_at = now
    fields = ["status", "closed_at"]
    if target in (Status.PUBLISHED, Status.ANSWERED):
        question.answered_at = now
        fields.append("answered_at")
    return fields


# -- citizen -------------------------------------------------------------------------------


def receive(
    kind: str, data: dict[str, Any], consent_text: str, key: str = ""
) -> tuple[Question, str]:
    """Save a new submission under a unique code; e-mail the code and secret to the citizen.

    `key` names the form that was sent (its one-time challenge): the same form sent again,
    even at the same moment, finds the item already stored (see `received_before`).
    """
    upload = data.get("attachment")
    question = Question(
        kind=kind,
        name=data["name"],
        email=data.get("email") or "",
        phone=data.get("phone") or "",
        address=data.get("address") or "",
        linh_vuc=data.get("linh_vuc"),
        suggested_unit=data.get("suggested_unit"),
        title=data["title"],
        content=data["content"],
        consent_text=consent_text,
        submission_key=key or None,
    )
    secret = question.set_secret()
    try:
        with transaction.atomic():
            question.save_with_code()
            if upload:
                question.attachment_kind = upload.sniffed_kind
                question.attachment.save("tep", upload, save=False)
                question.save(update_fields=["attachment", "attachment_kind"])
            _event(question, EventKind.RECEIVED)
    except IntegrityError:
        if key and (earlier := received_before(key)) is not None:
            return earlier  # the same form, sent twice at once
        raise
    emails.to_citizen(question, "received", secret=secret)
    return question, secret


def received_before(key: str) -> tuple[Question, str] | None:
    """The item a form already created, with a fresh secret (the answer that carried the
    first one may never have reached the citizen), e-mailed like the first; else None."""
    question = Question.objects.filter(submission_key=key).first()
    if question is None:
        return None
    secret = question.set_secret()
    Question.objects.filter(pk=question.pk).update(secret_digest=question.secret_digest)
    emails.to_citizen(question, "received", secret=secret)
    return question, secret


def request_erasure(question: Question) -> None:
    """The citizen asked (with code and secret) to delete their personal data (NĐ 13 Đ16)."""
    if question.personal_data_erased_at is not None:
        return
    address = question.email
    question.erasure_requested_at = timezone.now()
    question.save(update_fields=["erasure_requested_at"])
    if erase_personal_data(question, reason=_("Công dân yêu cầu xóa.")):
        emails.to_citizen(question, "erased", address=address)


def erase_personal_data(question: Question, by: Any = None, reason: str = "") -> bool:
    """Irreversibly erase contact data and the attachment; keep the question and answer."""
    with transaction.atomic():
        locked = Question.objects.select_for_update().get(pk=question.pk)
        if locked.personal_data_erased_at is not None:
            return False
        if locked.attachment:
            locked.attachment.delete(save=False)
        locked.name = locked.email = locked.phone = locked.address = ""
        locked.attachment = ""
        locked.attachment_kind = ""
        locked.personal_data_erased_at = timezone.now()
        locked.save(update_fields=ERASED_FIELDS)
        _event(locked, EventKind.ERASED, by=by, internal_note=reason)
        privacy.log_personal_data_erasure(locked, by, why=reason)
    for field in ERASED_FIELDS:
        setattr(question, field, getattr(locked, field))
    return True


# -- the board -----------------------------------------------------------------------------


def accept(question: Question, by: Any) -> None:
    with _transition(question, [Status.RECEIVED], Status.ACCEPTED):
        question.save(update_fields=["status"])
        _event(question, EventKind.ACCEPTED, by)
    emails.to_citizen(question, "accepted")


def reject(question: Question, by: Any, reason: str, note: str = "") -> None:
    with _transition(question, MODERATABLE, Status.REJECTED):
        question.reject_reason = reason
        question.save(update_fields=[*_close(question, Status.REJECTED), "reject_reason"])
        public = RejectReason(reason).label + (f". {note}" if note else "")
        _event(question, EventKind.REJECTED, by, note=public)
    emails.to_citizen(question, "rejected", reason=RejectReason(reason).label, note=note)


def merge(question: Question, by: Any, original: Question) -> None:
    """Close a duplicate: it points to the original, whose answer its asker will receive."""
    with _transition(question, MODERATABLE, Status.MERGED):
        question.duplicate_of = original
        question.save(update_fields=[*_close(question, Status.MERGED), "duplicate_of"])
        _event(
            question,
            EventKind.MERGED,
            by,
            note=_(
                "Nội dung trùng với một câu hỏi đã được tiếp nhận; "
                "câu trả lời chung sẽ được gửi tới bạn."
            ),
            internal_note=original.code,
        )
    emails.to_citizen(question, "merged")


def forward(question: Question, by: Any, unit: Unit, note: str = "") -> None:
    days = portal_settings().answer_working_days
    with _transition(question, FORWARDABLE, Status.FORWARDED):
        question.unit = unit
        question.forwarded_at = timezone.now()
        question.due_date = due_date(timezone.localdate(), days)
        question.reminder_sent_on = question.overdue_notice_sent_on = None
        question.save(
            update_fields=[
                "status",
                "unit",
                "forwarded_at",
                "due_date",
                "reminder_sent_on",
                "overdue_notice_sent_on",
            ]
        )
        public = _("Chuyển %(unit)s trả lời trong %(days)d ngày làm việc, hạn %(due)s.") % {
            "unit": unit.name,
            "days": days,
            "due": f"{question.due_date:%d/%m/%Y}",
        }
        _event(question, EventKind.FORWARDED, by, note=public, internal_note=note)
    emails.to_citizen(question, "forwarded", days=days)
    emails.to_staff(emails.unit_staff(question), question, "to_unit", days=days, note=note)


def return_to_unit(question: Question, by: Any, reason: str) -> None:
    with _transition(question, [Status.ANSWER_SUBMITTED], Status.FORWARDED):
        question.save(update_fields=["status"])
        _event(question, EventKind.RETURNED, by, internal_note=reason, public=False)
    emails.to_staff(emails.unit_staff(question), question, "returned", reason=reason)


def prepare_publication(question: Question, by: Any) -> PublishedQuestion:
    """Make the draft Q&A record (contact data redacted) that goes through the workflow."""
    with _transition(question, [Status.ANSWER_SUBMITTED], Status.PUBLISHING):
        question.save(update_fields=["status"])
        record = PublishedQuestion(
            kind=question.kind,
            question=question,
            title=redact(question.title, question),
            question_text=redact(question.content, question),
            answer_text=redact(question.answer_text, question),
            linh_vuc=question.linh_vuc,
            unit=question.unit,
            asked_on=timezone.localdate(question.submitted_at),
            answered_on=timezone.localdate(question.answer_submitted_at or timezone.now()),
            live=False,
        )
        record.save()
        record.save_revision(user=by, log_action=True)
        _event(question, EventKind.PUBLISHING, by)
    return record


def publication_approved(record: PublishedQuestion) -> None:
    """Step 3 published the record: close the question and tell the askers (duplicates too)."""
    question = record.question
    if question is None:
        return
    try:
        with _transition(question, [Status.PUBLISHING], Status.PUBLISHED):
            question.save(update_fields=_close(question, Status.PUBLISHED))
            _event(question, EventKind.PUBLISHED)
    except InvalidTransition:
        return  # a later edit of an already published answer: nobody to tell again
    url = emails.published_url(question)
    for asker in [question, *question.duplicates.all()]:
        emails.to_citizen(asker, "published", url=url, record=record)


def send_private_answer(question: Question, by: Any) -> None:
    with _transition(question, [Status.ANSWER_SUBMITTED], Status.ANSWERED):
        question.save(update_fields=_close(question, Status.ANSWERED))
        _event(question, EventKind.ANSWERED, by)
    emails.to_citizen(question, "answered")


# -- the unit ------------------------------------------------------------------------------


def save_answer(question: Question, by: Any, text: str, is_personal: bool) -> None:
    """Save the unit's draft answer (officer or head); the status does not change."""
    with _transition(question, [Status.FORWARDED], Status.FORWARDED):
        question.answer_text = text
        question.is_personal = is_personal
        question.answer_updated_at = timezone.now()
        question.answer_updated_by = by
        question.save(
            update_fields=["answer_text", "is_personal", "answer_updated_at", "answer_updated_by"]
        )
        _event(question, EventKind.ANSWER_DRAFTED, by, public=False)


def submit_answer(question: Question, by: Any, text: str, is_personal: bool) -> None:
    """The unit head sends the unit's answer to the board (Điều 11)."""
    if not text.strip():
        raise ValueError(_("Phải có nội dung trả lời trước khi gửi."))
    with _transition(question, [Status.FORWARDED], Status.ANSWER_SUBMITTED):
        now = timezone.now()
        question.answer_text = text
        question.is_personal = is_personal
        question.answer_updated_at = question.answer_submitted_at = now
        question.answer_updated_by = question.answer_submitted_by = by
        question.save(
            update_fields=[
                "status",
                "answer_text",
                "is_personal",
                "answer_updated_at",
                "answer_updated_by",
                "answer_submitted_at",
                "answer_submitted_by",
            ]
        )
        _event(question, EventKind.ANSWER_SUBMITTED, by)
    emails.to_staff(emails.board(), question, "answer_submitted")


# -- deadlines -----------------------------------------------------------------------------


def remind(question: Question, today: date, days_left: int) -> bool:
    """E-mail the unit head that the deadline is near, once per forwarding."""
    with transaction.atomic():
        claimed = Question.objects.filter(
            pk=question.pk, status=Status.FORWARDED, reminder_sent_on__isnull=True
        ).update(reminder_sent_on=today)
        if not claimed:
            return False
        _event(question, EventKind.REMINDED, public=False, internal_note=str(days_left))
    emails.to_staff(
        emails.unit_staff(question, heads_only=True), question, "reminder", days_left=days_left
    )
    return True


def notify_overdue(question: Question, today: date, days_late: int) -> bool:
    """E-mail the unit head once that the deadline has passed."""
    with transaction.atomic():
        claimed = Question.objects.filter(
            pk=question.pk, status=Status.FORWARDED, overdue_notice_sent_on__isnull=True
        ).update(overdue_notice_sent_on=today)
        if not claimed:
            return False
        _event(question, EventKind.OVERDUE, public=False, internal_note=str(days_late))
    emails.to_staff(
        emails.unit_staff(question, heads_only=True), question, "overdue", days_late=days_late
    )
    return True
