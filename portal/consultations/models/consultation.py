"""A consultation on a draft (đợt lấy ý kiến góp ý dự thảo): editorial content, published
only through the editorial workflow, with its files and its articles (Điều) as children."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from portal.consultations.admin_forms import ConsultationAdminForm
from portal.core.models.content import EditorialQuerySet, EditorialRecord
from portal.core.nfc import NFCModelMixin
from portal.text import vi_slugify

REPORT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ConsultationQuerySet(EditorialQuerySet):
    def open(self, at: datetime | None = None) -> ConsultationQuerySet:
        at = at or timezone.now()
        return self.public().filter(opens_at__lte=at, closes_at__gt=at)

    def upcoming(self, at: datetime | None = None) -> ConsultationQuerySet:
        return self.public().filter(opens_at__gt=at or timezone.now())

    def closed(self, at: datetime | None = None) -> ConsultationQuerySet:
        return self.public().filter(closes_at__lte=at or timezone.now())

    def due_for_closing(self, at: datetime | None = None) -> ConsultationQuerySet:
        """Past their end date but not yet marked closed (the drafting unit not yet told)."""
        return self.closed(at).filter(closed_at__isnull=True)

    def with_comment_counts(self) -> ConsultationQuerySet:
        from portal.consultations.models.comments import ConsultationComment

        published = Q(comments__status=ConsultationComment.Status.APPROVED)
        pending = Q(comments__status=ConsultationComment.Status.PENDING)
        return self.annotate(
            published_count=Count("comments", filter=published),
            pending_count=Count("comments", filter=pending),
            received_count=Count("comments"),
        )


class Consultation(EditorialRecord):
    class Phase(models.TextChoices):
        UPCOMING = "sap_lay_y_kien", _("Sắp lấy ý kiến")
        OPEN = "dang_lay_y_kien", _("Đang lấy ý kiến")
        CLOSED = "da_ket_thuc", _("Đã kết thúc lấy ý kiến")

    title = models.CharField(
        _("tên dự thảo"),
        max_length=500,
        help_text=_("Ví dụ: Dự thảo Quy chế hoạt động của Trang thông tin điện tử huyện."),
    )
    drafting_unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("cơ quan chủ trì soạn thảo"),
        on_delete=models.PROTECT,
        related_name="consultations",
    )
    summary = models.TextField(
        _("tóm tắt"), help_text=_("Mục đích, phạm vi, đối tượng của dự thảo; vài câu.")
    )
    opens_at = models.DateTimeField(_("bắt đầu lấy ý kiến"))
    closes_at = models.DateTimeField(
        _("kết thúc lấy ý kiến"), help_text=_("Sau thời điểm này, biểu mẫu góp ý tự đóng.")
    )
    preamble = models.TextField(
        _("phần mở đầu"),
        blank=True,
        help_text=_("Phần trước Điều 1: quốc hiệu, căn cứ, quyết định ban hành kèm theo…"),
    )
    report = RichTextField(
        _("báo cáo tổng hợp, tiếp thu, giải trình"),
        features=REPORT_FEATURES,
        blank=True,
        help_text=_("Công khai sau khi kết thúc lấy ý kiến, khi đã được duyệt."),
    )
    report_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tệp báo cáo tổng hợp"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    final_document = models.ForeignKey(
        "documents.LegalDocument",
        verbose_name=_("văn bản đã ban hành"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultations",
        help_text=_("Văn bản chính thức được ban hành từ dự thảo này."),
    )
    closed_at = models.DateTimeField(_("đã đóng lúc"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = ConsultationQuerySet.as_manager()
    base_form_class = ConsultationAdminForm

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("title"),
                    FieldPanel("drafting_unit", widget=forms.Select),
                    FieldRowPanel(
                        [FieldPanel("opens_at"), FieldPanel("closes_at")],
                        heading=_("Thời gian lấy ý kiến"),
                    ),
                    FieldPanel("summary"),
                    InlinePanel("files", heading=_("Hồ sơ dự thảo (tệp)"), label=_("tệp")),
                ],
                heading=_("Dự thảo"),
            ),
            ObjectList(
                [
                    FieldPanel("source_text"),
                    FieldPanel("preamble"),
                    InlinePanel("articles", heading=_("Các Điều"), label=_("Điều")),
                ],
                heading=_("Nội dung các Điều"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("report"), FieldPanel("report_file")],
                        heading=_("Báo cáo tổng hợp, tiếp thu, giải trình ý kiến"),
                    ),
                    FieldPanel("final_document"),
                ],
                heading=_("Kết quả"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("đợt lấy ý kiến dự thảo")
        verbose_name_plural = _("lấy ý kiến dự thảo")
        ordering = ["-opens_at", "-pk"]
        indexes = [models.Index(fields=["live", "closes_at"])]

    def __str__(self) -> str:
        return self.title

    def search_parts(self) -> list[Any]:
        unit = str(self.drafting_unit) if self.drafting_unit_id else ""
        return [self.title, self.summary, unit]

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return vi_slugify(self.title, max_length=60) or "du-thao"

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError(
                {"closes_at": _("Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến.")}
            )

    def phase(self, at: datetime | None = None) -> Consultation.Phase:
        """Computed from the dates alone, so the form closes on time without any job."""
        at = at or timezone.now()
        if at < self.opens_at:
            return self.Phase.UPCOMING
        if at < self.closes_at:
            return self.Phase.OPEN
        return self.Phase.CLOSED

    @property
    def current_phase(self) -> Consultation.Phase:
        return self.phase()

    @admin.display(description=_("giai đoạn"))
    def phase_label(self) -> str:
        return str(self.phase().label)

    @property
    def is_open(self) -> bool:
        return self.live and self.phase() == self.Phase.OPEN

    @property
    def shows_report(self) -> bool:
        return self.phase() == self.Phase.CLOSED and bool(self.report or self.report_file_id)

    def approval_blockers(self) -> list[str]:
        """Checked by the editorial workflow's last step before publication."""
        if not self.files.all() and not self.articles.all():
            return [str(_("Dự thảo chưa có tệp hoặc nội dung Điều nào để lấy ý kiến."))]
        return []

    def with_content_json(self, content: dict[str, Any]) -> Consultation:
        """Publishing an older revision must not undo the closing, which is not editorial."""
        obj = super().with_content_json(content)
        obj.closed_at = self.closed_at
        obj.created_at = self.created_at
        return obj


class DraftFile(NFCModelMixin, Orderable):
    consultation = ParentalKey(Consultation, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("tên hiển thị"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp dự thảo")
        verbose_name_plural = _("tệp dự thảo")

    def __str__(self) -> str:
        return self.title or self.document.title


class DraftArticle(NFCModelMixin, Orderable):
    """One article (Điều) of the draft: people may comment on it alone."""

    consultation = ParentalKey(Consultation, related_name="articles", on_delete=models.CASCADE)
    chapter = models.CharField(_("chương"), max_length=255, blank=True)
    number = models.CharField(_("số điều"), max_length=30, help_text=_("Ví dụ: Điều 1"))
    title = models.CharField(_("tên điều"), max_length=500, blank=True)
    text = models.TextField(_("nội dung"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("chapter")]),
        FieldPanel("title"),
        FieldPanel("text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("điều")
        verbose_name_plural = _("các điều")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.title else self.number

    @property
    def anchor(self) -> str:
        return f"dieu-{self.pk}"

    def paragraphs(self) -> list[str]:
        return [line for line in self.text.splitlines() if line.strip()]
