"""Citizens' questions and feedback (hỏi đáp, phản ánh kiến nghị) and their status history.

A plain model, never a page: it holds personal data. Only the editorial board and the unit
the item is forwarded to may see it (`Question.objects.for_staff`); citizens reach their own
item with its tracking code and secret. The anonymous, published form is `PublishedQuestion`.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.models.submissions import TrackedSubmission
from portal.core.nfc import NFCModelMixin
from portal.lib.codes import tracking_code
from portal.questions.storage import private_storage

# Permission codenames (Meta.permissions below); granted to groups by migration 0002.
MODERATE = "questions.moderate_question"
ANSWER = "questions.answer_question"
SUBMIT_ANSWER = "questions.submit_answer"


class Kind(models.TextChoices):
    QUESTION = "hoi_dap", _("Câu hỏi")
    FEEDBACK = "phan_anh", _("Phản ánh, kiến nghị")


# Tracking-code prefixes: no I, L, O or U, which normalise_code() would rewrite.
CODE_PREFIX = {Kind.QUESTION: "HD", Kind.FEEDBACK: "PA"}


class Status(models.TextChoices):
    RECEIVED = "moi", _("Mới gửi, chờ Ban biên tập xem xét")
    ACCEPTED = "tiep_nhan", _("Đã tiếp nhận")
    FORWARDED = "da_chuyen", _("Đã chuyển đơn vị trả lời")
    ANSWER_SUBMITTED = "cho_ban_bien_tap", _("Đơn vị đã trả lời, Ban biên tập đang xem xét")
    PUBLISHING = "dang_cong_bo", _("Đang biên tập để công bố")
    PUBLISHED = "da_cong_bo", _("Đã trả lời và công bố")
    ANSWERED = "da_tra_loi", _("Đã trả lời riêng")
    REJECTED = "tu_choi", _("Không tiếp nhận")
    MERGED = "trung", _("Trùng với câu hỏi đã có")


CLOSED = [Status.PUBLISHED, Status.ANSWERED, Status.REJECTED, Status.MERGED]


class RejectReason(models.TextChoices):
    SPAM = "spam", _("Thư rác, quảng cáo")
    DUPLICATE = "trung_lap", _("Gửi trùng lặp")
    OUT_OF_SCOPE = "ngoai_pham_vi", _("Không thuộc phạm vi trả lời của cổng thông tin")


def attachment_path(instance: Question, filename: str) -> str:
    """A random name: the citizen's own file name may itself contain personal data."""
    extension = instance.attachment_kind or "bin"
    return f"hoi-dap/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.{extension}"


class QuestionQuerySet(models.QuerySet["Question"]):
    def for_staff(self, user: Any) -> QuestionQuerySet:
        """The board sees every item; a unit's staff see the items forwarded to their unit."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if user.has_perm(MODERATE):
            return self.all()
        if user.has_perm(ANSWER) and user.unit_id:
            return self.filter(unit_id=user.unit_id)
        return self.none()

    def open(self) -> QuestionQuerySet:
        return self.exclude(status__in=CLOSED)

    def waiting_for_unit(self) -> QuestionQuerySet:
        return self.filter(status=Status.FORWARDED, due_date__isnull=False)

    def overdue(self, today: date) -> QuestionQuerySet:
        return self.waiting_for_unit().filter(due_date__lt=today)

    def retention_over(self, cutoff: datetime) -> QuestionQuerySet:
        """Closed before `cutoff` and still holding personal data."""
        return self.filter(
            status__in=CLOSED, closed_at__lte=cutoff, personal_data_erased_at__isnull=True
        )


class Question(TrackedSubmission):
    Kind = Kind
    Status = Status
    RejectReason = RejectReason

    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    # -- personal data (NĐ 13/2023): erased by `purge_personal_data` or on request ---------
    name = models.CharField(_("họ và tên"), max_length=120, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    attachment = models.FileField(
        _("tệp đính kèm"), storage=private_storage, upload_to=attachment_path, blank=True
    )
    attachment_kind = models.CharField(_("loại tệp"), max_length=10, blank=True)
    personal_data_erased_at = models.DateTimeField(_("đã xóa dữ liệu cá nhân lúc"), null=True)
    erasure_requested_at = models.DateTimeField(_("công dân yêu cầu xóa lúc"), null=True)
    # -- what was asked ------------------------------------------------------------------
    linh_vuc = models.ForeignKey(
        "documents.Field", verbose_name=_("lĩnh vực"), null=True, on_delete=models.SET_NULL
    )
    suggested_unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị công dân đề nghị"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    content = models.TextField(_("nội dung"))
    # -- moderation and routing ----------------------------------------------------------
    reject_reason = models.CharField(
        _("lý do không tiếp nhận"), max_length=20, choices=RejectReason.choices, blank=True
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("trùng với"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị trả lời"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="questions",
    )
    forwarded_at = models.DateTimeField(_("ngày chuyển đơn vị"), null=True)
    due_date = models.DateField(_("hạn trả lời"), null=True, db_index=True)
    reminder_sent_on = models.DateField(_("đã nhắc hạn ngày"), null=True)
    overdue_notice_sent_on = models.DateField(_("đã báo quá hạn ngày"), null=True)
    # -- the unit's answer ---------------------------------------------------------------
    answer_text = models.TextField(_("nội dung trả lời"), blank=True)
    is_personal = models.BooleanField(
        _("trả lời riêng (không công bố)"),
        default=False,
        help_text=_("Câu hỏi về trường hợp riêng của công dân: trả lời riêng, không công bố."),
    )
    answer_updated_at = models.DateTimeField(null=True)
    answer_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer_submitted_at = models.DateTimeField(_("ngày đơn vị gửi trả lời"), null=True)
    answer_submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_at = models.DateTimeField(_("ngày trả lời công dân"), null=True)
    closed_at = models.DateTimeField(_("ngày kết thúc"), null=True, db_index=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("câu hỏi, phản ánh của công dân")
        verbose_name_plural = _("câu hỏi, phản ánh của công dân")
        ordering = ["-submitted_at", "-pk"]
        permissions = [
            ("moderate_question", _("Kiểm duyệt, chuyển câu hỏi và phản ánh (Ban biên tập)")),
            ("answer_question", _("Soạn trả lời câu hỏi, phản ánh chuyển đến đơn vị")),
            ("submit_answer", _("Gửi trả lời của đơn vị cho Ban biên tập (Thủ trưởng)")),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.title[:60]}"

    def get_absolute_url(self) -> str:
        """The staff screen (the public never sees this record)."""
        return reverse("questions_admin:detail", args=[self.pk])

    def new_code(self, day: date) -> str:
        return tracking_code(CODE_PREFIX[Kind(self.kind)], day)

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED

    @property
    def has_personal_data(self) -> bool:
        return bool(self.name or self.email or self.phone or self.address or self.attachment)


class EventKind(models.TextChoices):
    RECEIVED = "gui", _("Công dân gửi")
    ACCEPTED = "tiep_nhan", _("Ban biên tập tiếp nhận")
    REJECTED = "tu_choi", _("Ban biên tập không tiếp nhận")
    MERGED = "gop", _("Gộp vào câu hỏi trùng")
    FORWARDED = "chuyen", _("Chuyển đơn vị trả lời")
    ANSWER_DRAFTED = "du_thao", _("Đơn vị soạn trả lời")
    ANSWER_SUBMITTED = "gui_tra_loi", _("Đơn vị gửi trả lời")
    RETURNED = "tra_lai", _("Ban biên tập trả lại đơn vị")
    PUBLISHING = "bien_tap", _("Ban biên tập biên tập để công bố")
    PUBLISHED = "cong_bo", _("Công bố câu trả lời")
    ANSWERED = "tra_loi_rieng", _("Gửi trả lời riêng cho công dân")
    REMINDED = "nhac_han", _("Nhắc hạn trả lời")
    OVERDUE = "qua_han", _("Báo quá hạn trả lời")
    ERASED = "xoa_du_lieu", _("Xóa dữ liệu cá nhân")


class QuestionEvent(NFCModelMixin, models.Model):
    """One step of an item's history. Public events (and their `note`) are what the citizen
    sees when tracking; `internal_note` is for staff only."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("bước"), max_length=20, choices=EventKind.choices)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_public = models.BooleanField(_("công dân xem được"), default=True)
    note = models.TextField(_("ghi chú cho công dân"), blank=True)
    internal_note = models.TextField(_("ghi chú nội bộ"), blank=True)

    class Meta:
        verbose_name = _("diễn biến xử lý")
        verbose_name_plural = _("diễn biến xử lý")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.question.code}: {self.get_kind_display()}"
