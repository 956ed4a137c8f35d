"""Comments sent by organisations and citizens on a draft: citizen data, in a plain model.

Only the text, the date and, when its author agreed, the name are ever public. E-mail,
phone and organisation are for the drafting unit alone and are erased after the retention
period (PortalSettings.personal_data_retention_days).
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.consultations.models.consultation import Consultation, DraftArticle
from portal.core.models.submissions import TrackedSubmission

CODE_PREFIX = "GY"  # góp ý; no I, L, O or U, so it survives being read aloud


class ConsultationCommentQuerySet(models.QuerySet["ConsultationComment"]):
    def published(self) -> ConsultationCommentQuerySet:
        return self.filter(status=ConsultationComment.Status.APPROVED)

    def pending(self) -> ConsultationCommentQuerySet:
        return self.filter(status=ConsultationComment.Status.PENDING)

    def on_whole_draft(self) -> ConsultationCommentQuerySet:
        return self.filter(article__isnull=True, article_label="")

    def contact_data_due_for_purge(self, closed_before: datetime) -> ConsultationCommentQuerySet:
        """Comments still holding contact data on consultations closed before the cutoff."""
        return self.filter(consultation__closes_at__lt=closed_before, purged_at__isnull=True)


class ConsultationComment(TrackedSubmission):
    class Status(models.TextChoices):
        PENDING = "cho_duyet", _("Chờ kiểm duyệt")
        APPROVED = "da_cong_khai", _("Đã công khai")
        REJECTED = "khong_cong_khai", _("Không công khai")

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("đợt lấy ý kiến"),
        on_delete=models.PROTECT,
        related_name="comments",
    )
    article = models.ForeignKey(
        DraftArticle,
        verbose_name=_("điều"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    article_label = models.CharField(
        _("góp ý cho"),
        max_length=600,
        blank=True,
        help_text=_("Điều được góp ý, ghi lại lúc gửi; để trống là góp ý chung cho cả dự thảo."),
    )
    code = models.CharField(_("mã góp ý"), max_length=60, unique=True, editable=False)
    name = models.CharField(_("họ và tên"), max_length=120, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=255, blank=True)
    show_name = models.BooleanField(_("đồng ý công khai họ tên"), default=False)
    content = models.TextField(_("nội dung góp ý"))
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    moderated_at = models.DateTimeField(_("kiểm duyệt lúc"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người kiểm duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    rejection_reason = models.TextField(_("lý do không công khai"), blank=True)
    purged_at = models.DateTimeField(_("đã xóa dữ liệu cá nhân lúc"), null=True, blank=True)

    code_prefix = CODE_PREFIX
    objects = ConsultationCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("góp ý dự thảo")
        verbose_name_plural = _("góp ý dự thảo")
        ordering = ["submitted_at", "pk"]
        indexes = [models.Index(fields=["consultation", "status"])]
        permissions = [
            (
                "moderate_consultationcomment",
                "Kiểm duyệt, xuất góp ý dự thảo (xem thông tin người góp ý)",
            )
        ]

    def __str__(self) -> str:
        # Log entries and admin titles use this: never the author's name or contact data.
        return f"Góp ý {self.code}"

    def get_absolute_url(self) -> str:
        return f"{self.consultation.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"y-kien-{self.pk}"

    @property
    def public_name(self) -> str:
        """The name shown under a published comment: only with its author's consent."""
        return self.name if self.show_name else ""

    @property
    def target_label(self) -> str:
        return self.article_label or str(_("Toàn bộ dự thảo"))
