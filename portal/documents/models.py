"""Legal and administrative documents (văn bản): the record, its files and its relations."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from portal.core.models.content import EditorialRecord
from portal.core.nfc import NFCModelMixin
from portal.core.unit_owned import UnitOwnedForm
from portal.text import vi_slugify


class DocumentType(NFCModelMixin, models.Model):
    """A type of document (NĐ 30/2020 Phụ lục III, plus the legal normative types)."""

    class Group(models.TextChoices):
        ADMINISTRATIVE = "hanh_chinh", _("Văn bản hành chính")
        NORMATIVE = "qppl", _("Văn bản quy phạm pháp luật")

    name = models.CharField(_("tên loại"), max_length=120)
    abbreviation = models.CharField(_("viết tắt"), max_length=20, blank=True)
    group = models.CharField(_("nhóm"), max_length=20, choices=Group.choices)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)

    class Meta:
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["name", "group"], name="unique_type")]

    def __str__(self) -> str:
        return self.name


class Field(NFCModelMixin, models.Model):
    """Lĩnh vực (subject area)."""

    name = models.CharField(_("tên lĩnh vực"), max_length=160, unique=True)

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Validity(models.TextChoices):
    NOT_YET = "chua_hieu_luc", _("Chưa có hiệu lực")
    IN_FORCE = "con_hieu_luc", _("Còn hiệu lực")
    PARTLY_EXPIRED = "het_mot_phan", _("Hết hiệu lực một phần")
    EXPIRED = "het_toan_bo", _("Hết hiệu lực toàn bộ")


class LegalDocument(index.Indexed, EditorialRecord):
    so = models.CharField(_("số"), max_length=20, blank=True)
    nam = models.PositiveSmallIntegerField(
        _("năm (trong số hiệu)"),
        null=True,
        blank=True,
        help_text=_("Chỉ với văn bản có năm trong số hiệu, ví dụ 12/2024/QĐ-TTg."),
    )
    ky_hieu = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    so_ky_hieu = models.CharField(
        _("số ký hiệu"), max_length=100, blank=True, help_text=_("Như in trên văn bản.")
    )
    loai = models.ForeignKey(DocumentType, verbose_name=_("loại văn bản"), on_delete=models.PROTECT)
    issuer = models.ForeignKey(
        "core.Unit",
        verbose_name=_("cơ quan ban hành (đơn vị trong hệ thống)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents_issued",
    )
    issuer_name = models.CharField(
        _("cơ quan ban hành"),
        max_length=255,
        blank=True,
        help_text=_("Tên cơ quan ban hành ngoài hệ thống, hoặc tên đầy đủ như in."),
    )
    linh_vuc = models.ForeignKey(
        Field, verbose_name=_("lĩnh vực"), null=True, blank=True, on_delete=models.SET_NULL
    )
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị cập nhật, chịu trách nhiệm"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents_maintained",
        help_text=_(
            "Đơn vị đưa văn bản lên cổng và chịu trách nhiệm về thông tin (Điều 9); cán bộ của "
            "đơn vị chỉ sửa được văn bản của đơn vị mình."
        ),
    )
    nguoi_ky = models.CharField(_("người ký"), max_length=120, blank=True)
    chuc_vu_ky = models.CharField(
        _("chức vụ người ký"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    )
    dia_danh = models.CharField(_("địa danh"), max_length=120, blank=True)
    ngay_ban_hanh = models.DateField(_("ngày ban hành"), null=True, blank=True)
    ngay_hieu_luc = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    ngay_het_hieu_luc = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    trich_yeu = models.TextField(_("trích yếu"))
    can_cu = models.TextField(_("căn cứ"), blank=True, help_text=_("Mỗi căn cứ một dòng."))
    noi_nhan = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi nơi nhận một dòng."))
    full_text = models.TextField(_("toàn văn (để tìm kiếm)"), blank=True)
    validity = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=20,
        choices=Validity.choices,
        default=Validity.IN_FORCE,
        editable=False,
    )
    validity_reason = models.CharField(
        _("lý do tình trạng hiệu lực"), max_length=500, blank=True, editable=False
    )
    source_sha256 = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    base_form_class = UnitOwnedForm
    panels = [
        FieldPanel("unit"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("so_ky_hieu"), FieldPanel("loai")]),
                FieldRowPanel([FieldPanel("so"), FieldPanel("nam"), FieldPanel("ky_hieu")]),
            ],
            heading=_("Số, ký hiệu, loại"),
        ),
        FieldPanel("trich_yeu"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issuer"), FieldPanel("issuer_name")]),
                FieldRowPanel([FieldPanel("linh_vuc"), FieldPanel("dia_danh")]),
                FieldRowPanel([FieldPanel("nguoi_ky"), FieldPanel("chuc_vu_ky")]),
            ],
            heading=_("Cơ quan ban hành, người ký"),
        ),
        FieldRowPanel(
            [
                FieldPanel("ngay_ban_hanh"),
                FieldPanel("ngay_hieu_luc"),
                FieldPanel("ngay_het_hieu_luc"),
            ],
            heading=_("Ngày"),
        ),
        InlinePanel("attachments", heading=_("Tệp văn bản"), label=_("tệp")),
        InlinePanel("relations", heading=_("Văn bản liên quan"), label=_("quan hệ")),
        FieldPanel("can_cu"),
        FieldPanel("noi_nhan"),
        FieldPanel("full_text"),
    ]
    search_fields = [
        index.SearchField("so_ky_hieu"),
        index.SearchField("trich_yeu"),
        index.AutocompleteField("so_ky_hieu"),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-ngay_ban_hanh", "-pk"]
        indexes = [models.Index(fields=["live", "-ngay_ban_hanh"])]

    def __str__(self) -> str:
        return (
            f"{self.so_ky_hieu} – {self.trich_yeu[:80]}"
            if self.so_ky_hieu
            else self.trich_yeu[:100]
        )

    def get_absolute_url(self) -> str:
        return reverse("documents:detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return vi_slugify(self.so_ky_hieu or self.trich_yeu, max_length=60) or "van-ban"

    @property
    def issuer_display(self) -> str:
        return self.issuer_name or (self.issuer.name if self.issuer else "")

    def can_cu_list(self) -> list[str]:
        return [line.strip() for line in self.can_cu.splitlines() if line.strip()]

    def noi_nhan_list(self) -> list[str]:
        return [line.strip() for line in self.noi_nhan.splitlines() if line.strip()]

    def search_parts(self) -> list[Any]:
        loai = str(self.loai) if self.loai_id else ""
        return [
            self.so_ky_hieu,
            self.trich_yeu,
            loai,
            self.issuer_display,
            self.nguoi_ky,
            self.full_text,
        ]

    def after_approval(self) -> None:
        """Called once the board's approval has published this record."""
        from portal.documents import validity

        validity.refresh_with_targets(self)


class DocumentAttachment(Orderable):
    record = ParentalKey(LegalDocument, related_name="attachments", on_delete=models.CASCADE)
    file = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("tên hiển thị"), max_length=255, blank=True)

    panels = [FieldPanel("file"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")

    def __str__(self) -> str:
        return self.title or self.file.title

    @property
    def is_pdf(self) -> bool:
        return self.file.file_extension.lower() == "pdf"


class RelationKind(models.TextChoices):
    BASIS = "can_cu", _("Căn cứ")
    AMENDS = "sua_doi", _("Sửa đổi")
    SUPPLEMENTS = "bo_sung", _("Bổ sung")
    REPLACES = "thay_the", _("Thay thế toàn bộ")
    REPLACES_PART = "thay_the_mot_phan", _("Thay thế một phần")
    REPEALS = "bai_bo", _("Bãi bỏ toàn bộ")
    REPEALS_PART = "bai_bo_mot_phan", _("Bãi bỏ một phần")
    GUIDES = "huong_dan", _("Hướng dẫn")
    CORRECTS = "dinh_chinh", _("Đính chính")


# How a relation reads from the other document's side.
INVERSE_LABELS = {
    RelationKind.BASIS: _("Là căn cứ của"),
    RelationKind.AMENDS: _("Bị sửa đổi bởi"),
    RelationKind.SUPPLEMENTS: _("Được bổ sung bởi"),
    RelationKind.REPLACES: _("Bị thay thế toàn bộ bởi"),
    RelationKind.REPLACES_PART: _("Bị thay thế một phần bởi"),
    RelationKind.REPEALS: _("Bị bãi bỏ toàn bộ bởi"),
    RelationKind.REPEALS_PART: _("Bị bãi bỏ một phần bởi"),
    RelationKind.GUIDES: _("Được hướng dẫn bởi"),
    RelationKind.CORRECTS: _("Được đính chính bởi"),
}


class DocumentRelation(Orderable):
    """`source` (this document) relates to `target` in the way `kind` says."""

    source = ParentalKey(LegalDocument, related_name="relations", on_delete=models.CASCADE)
    kind = models.CharField(_("quan hệ"), max_length=30, choices=RelationKind.choices)
    target = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("target"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.target}"

    @property
    def inverse_label(self) -> str:
        return str(INVERSE_LABELS[RelationKind(self.kind)])
