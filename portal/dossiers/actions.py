"""Every change of a dossier: one function each. Each checks the allowed previous status,
saves, records the history line (who, when, note, form) and notifies the applicant."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from portal.core.calendar import work_calendar
from portal.dossiers import deadlines, notifications
from portal.dossiers.models import (
    FINISHED,
    Dossier,
    DossierEvent,
    DossierFile,
    SatisfactionRating,
    Status,
)


class InvalidTransition(Exception):
    def __init__(self, current: str, action: str) -> None:
        super().__init__(
            _("Không thể “%(action)s” khi hồ sơ đang ở trạng thái “%(status)s”.")
            % {"action": action, "status": Status(current).label}
        )


# action → (allowed previous statuses, new status, history label, form)
TRANSITIONS: dict[str, tuple[set[str], str | None, str, str]] = {
    "receive": ({Status.NEW}, Status.RECEIVED, _l("Tiếp nhận hồ sơ"), "01"),
    "refuse": (
        {Status.NEW, Status.RECEIVED, Status.PROCESSING},
        Status.NOT_RECEIVED,
        _l("Từ chối tiếp nhận, giải quyết"),
        "03",
    ),
    "start": ({Status.RECEIVED}, Status.PROCESSING, _l("Chuyển xử lý"), ""),
    "request_supplement": (
        {Status.NEW, Status.RECEIVED, Status.PROCESSING},
        Status.SUPPLEMENT,
        _l("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
        "02",
    ),
    "request_payment": (
        {Status.PROCESSING},
        Status.PAYMENT,
        _l("Yêu cầu thực hiện nghĩa vụ tài chính"),
        "",
    ),
    "payment_done": (
        {Status.PAYMENT},
        Status.PROCESSING,
        _l("Đã thực hiện nghĩa vụ tài chính"),
        "",
    ),
    "stop": (
        {Status.PROCESSING, Status.SUPPLEMENT, Status.PAYMENT},
        Status.STOPPED,
        _l("Dừng xử lý"),
        "",
    ),
    "complete": ({Status.PROCESSING}, Status.DONE, _l("Đã xử lý xong"), ""),
    "return_result": ({Status.DONE}, Status.RETURNED, _l("Đã trả kết quả"), ""),
}
STAFF_ACTIONS = list(TRANSITIONS)


def allowed_actions(dossier: Dossier) -> list[str]:
    return [name for name, (before, *_rest) in TRANSITIONS.items() if dossier.status in before]


def _record(
    dossier: Dossier,
    action: str,
    actor: Any = None,
    note: str = "",
    form: str = "",
    internal: bool = False,
) -> DossierEvent:
    return DossierEvent.objects.create(
        dossier=dossier,
        status=dossier.status,
        action=action,
        note=note,
        form=form,
        actor=actor,
        internal=internal,
    )


def _finish(dossier: Dossier) -> list[str]:
    dossier.finished_at = timezone.now()
    dossier.timeliness = deadlines.timeliness(dossier.due_date, timezone.localdate())
    return ["finished_at", "timeliness"]


@transaction.atomic
def transition(dossier: Dossier, action: str, by: Any, note: str = "") -> Dossier:
    """Apply a staff action from TRANSITIONS to `dossier`."""
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    before, after, label, form = TRANSITIONS[action]
    if dossier.status not in before:
        raise InvalidTransition(dossier.status, str(label))
    if action in {"refuse", "request_supplement", "stop"} and not note.strip():
        raise ValueError(_("Phải ghi rõ lý do hoặc nội dung cần bổ sung."))
    fields = ["status"]
    dossier.status = after
    if action == "receive":
        dossier.received_at = timezone.now()
        fields.append("received_at")
    if action == "request_supplement":
        dossier.paused_since = timezone.localdate()
        fields.append("paused_since")
    if after in FINISHED and action != "return_result":
        fields += _finish(dossier)
    dossier.save(update_fields=fields)
    _record(dossier, str(label), by, note, form)
    notifications.status_changed(dossier, str(label), note)
    return dossier


@transaction.atomic
def add_supplement(dossier: Dossier, files: list[tuple[Any, UploadedFile]], note: str) -> Dossier:
    """The applicant sends what was asked for: the clock starts again, pushed by the pause."""
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    if dossier.status != Status.SUPPLEMENT:
        raise InvalidTransition(dossier.status, _("Nộp bổ sung"))
    for paper, upload in files:
        store_file(dossier, upload, DossierFile.Kind.SUPPLEMENT, paper)
    today = timezone.localdate()
    if dossier.due_date and dossier.paused_since:
        dossier.due_date = deadlines.extend_for_pause(
            dossier.due_date, dossier.paused_since, today, work_calendar()
        )
    dossier.paused_since = None
    dossier.status = Status.PROCESSING if dossier.received_at else Status.NEW
    dossier.save(update_fields=["status", "due_date", "paused_since"])
    _record(dossier, _("Người nộp đã bổ sung hồ sơ"), None, note)
    notifications.status_changed(dossier, _("Đã nhận hồ sơ bổ sung"), "")
    return dossier


@transaction.atomic
def withdraw(dossier: Dossier, reason: str) -> Dossier:
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    if dossier.status in FINISHED:
        raise InvalidTransition(dossier.status, _("Rút hồ sơ"))
    dossier.status = Status.WITHDRAWN
    dossier.save(update_fields=["status", *_finish(dossier)])
    _record(dossier, _("Công dân rút hồ sơ"), None, reason)
    notifications.status_changed(dossier, _("Đã rút hồ sơ"), reason)
    return dossier


@transaction.atomic
def apologise(dossier: Dossier, by: Any, reason: str, new_date: date) -> Dossier:
    """Mẫu 04: apology and a new date, at most once, only while the dossier is open."""
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    if dossier.apology_sent:
        raise ValueError(_("Chỉ được hẹn lại ngày trả kết quả một lần."))
    if dossier.status in FINISHED or not reason.strip():
        raise ValueError(_("Phải ghi lý do; hồ sơ phải đang được giải quyết."))
    if dossier.due_date and new_date <= dossier.due_date:
        raise ValueError(_("Ngày hẹn mới phải sau ngày hẹn cũ."))
    old = dossier.due_date
    dossier.due_date, dossier.apology_sent = new_date, True
    dossier.save(update_fields=["due_date", "apology_sent"])
    note = _("Hẹn lại từ %(old)s sang %(new)s. Lý do: %(reason)s") % {
        "old": old.strftime("%d/%m/%Y") if old else "—",
        "new": new_date.strftime("%d/%m/%Y"),
        "reason": reason,
    }
    _record(dossier, _("Xin lỗi và hẹn lại ngày trả kết quả"), by, note, "04")
    notifications.status_changed(dossier, _("Hẹn lại ngày trả kết quả"), note)
    return dossier


def assign(dossier: Dossier, officer: Any, by: Any) -> Dossier:
    if dossier.status in FINISHED:
        raise InvalidTransition(dossier.status, _("Phân công"))
    dossier.assigned_to = officer
    dossier.save(update_fields=["assigned_to"])
    _record(dossier, _("Phân công cán bộ xử lý: %s") % officer, by, internal=True)
    return dossier


def advance_step(dossier: Dossier, by: Any, note: str = "") -> Dossier:
    """Mark the current step of the procedure's process as done (Mẫu 05 control sheet)."""
    steps = list(dossier.procedure.steps.all())
    if dossier.status in FINISHED or dossier.current_step >= len(steps):
        raise InvalidTransition(dossier.status, _("Hoàn thành bước"))
    step = steps[dossier.current_step]
    dossier.current_step += 1
    dossier.save(update_fields=["current_step"])
    _record(
        dossier,
        _("Hoàn thành bước %(n)d: %(step)s") % {"n": dossier.current_step, "step": step},
        by,
        note,
        "05",
        internal=True,
    )
    return dossier


def attach_result(dossier: Dossier, upload: UploadedFile, by: Any) -> DossierFile:
    if dossier.status not in {Status.PROCESSING, Status.DONE}:
        raise InvalidTransition(dossier.status, _("Tải kết quả"))
    stored = store_file(dossier, upload, DossierFile.Kind.RESULT, None)
    _record(dossier, _("Tải lên kết quả giải quyết: %s") % stored.original_name, by)
    return stored


def store_file(dossier: Dossier, upload: Any, kind: str, paper: Any) -> DossierFile:
    from portal.dossiers.storage import original_name
    from portal.dossiers.uploads import sniff

    stored = DossierFile(
        dossier=dossier,
        paper=paper,
        kind=kind,
        original_name=original_name(upload.name),
        content_type=sniff(upload) or "application/octet-stream",
        size=upload.size,
    )
    stored.file.save(upload.name, upload, save=False)
    try:
        stored.save()
    except BaseException:
        stored.file.delete(save=False)  # no file without its record
        raise
    return stored


@transaction.atomic
def reissue_secret(dossier: Dossier) -> str:
    """A new tracking secret for an applicant who lost theirs; the old one stops working.

    It is only ever sent to the e-mail on file (the caller checks the applicant's contact).
    """
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    secret = dossier.set_secret()
    dossier.save(update_fields=["secret_digest"])
    _record(dossier, _("Cấp lại mã tra cứu, gửi vào thư điện tử đã khai"), None)
    transaction.on_commit(lambda: notifications.secret_reissued(dossier, secret))
    return secret


class AlreadyRated(Exception):
    pass


@transaction.atomic
def rate(dossier: Dossier, answers: dict[str, Any]) -> SatisfactionRating:
    """The applicant's rating of a finished dossier (TT 32/2017 Điều 12): once, ever."""
    dossier = Dossier.objects.select_for_update().get(pk=dossier.pk)
    if dossier.status not in {Status.DONE, Status.RETURNED}:
        raise InvalidTransition(dossier.status, _("Đánh giá"))
    if SatisfactionRating.objects.filter(dossier=dossier).exists():
        raise AlreadyRated(_("Hồ sơ này đã được đánh giá."))
    return SatisfactionRating.objects.create(dossier=dossier, **answers)
