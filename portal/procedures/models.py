"""Administrative procedures (thủ tục hành chính): what to bring, the steps, who, how long."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.models import Orderable

from portal.core.models.content import EditorialRecord
from portal.core.nfc import NFCModelMixin
from portal.core.unit_owned import UnitOwnedForm
from portal.text import vi_slugify


class ServiceLevel(NFCModelMixin, models.Model):
    """An online service level. Labels are data: the law renamed them (mức độ 1–4 → toàn trình
    / một phần in 2022)."""

    label = models.CharField(_("tên mức độ"), max_length=120, unique=True)
    accepts_online = models.BooleanField(
        _("nhận hồ sơ trực tuyến"), default=False, help_text=_("Công dân nộp hồ sơ qua mạng.")
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("mức độ dịch vụ công trực tuyến")
        verbose_name_plural = _("mức độ dịch vụ công trực tuyến")
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return self.label


class Procedure(EditorialRecord):
    class DeadlineUnit(models.TextChoices):
        WORKING_DAYS = "ngay_lam_viec", _("ngày làm việc")
        WORKING_HOURS = "gio_lam_viec", _("giờ làm việc")

    ma_thu_tuc = models.CharField(_("mã thủ tục"), max_length=60, blank=True)
    ten = models.CharField(_("tên thủ tục"), max_length=500)
    linh_vuc = models.ForeignKey(
        "documents.Field",
        verbose_name=_("lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="procedures",
    )
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("cơ quan thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="procedures",
    )
    co_quan_thuc_hien = models.CharField(
        _("cơ quan thực hiện (như công bố)"), max_length=255, blank=True
    )
    cap_tinh = models.BooleanField(_("cấp tỉnh"), default=False)
    cap_huyen = models.BooleanField(_("cấp huyện"), default=False)
    cap_xa = models.BooleanField(_("cấp xã"), default=False)
    truc_tiep = models.BooleanField(_("nộp trực tiếp"), default=True)
    truc_tuyen = models.BooleanField(_("nộp trực tuyến"), default=False)
    buu_chinh = models.BooleanField(_("nộp qua bưu chính"), default=False)
    service_level = models.ForeignKey(
        ServiceLevel,
        verbose_name=_("mức độ dịch vụ công trực tuyến"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    so_bo_ho_so = models.CharField(_("số bộ hồ sơ"), max_length=120, blank=True)
    thoi_han_text = models.TextField(_("thời hạn giải quyết (như công bố)"), blank=True)
    thoi_han = models.DecimalField(
        _("thời hạn giải quyết"),
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Số ngày (hoặc giờ) làm việc dùng để tính ngày hẹn trả kết quả."),
    )
    thoi_han_don_vi = models.CharField(
        _("đơn vị thời hạn"),
        max_length=20,
        choices=DeadlineUnit.choices,
        default=DeadlineUnit.WORKING_DAYS,
    )
    phi_le_phi = models.TextField(_("phí, lệ phí"), blank=True)
    doi_tuong = models.TextField(_("đối tượng thực hiện"), blank=True)
    ket_qua = models.TextField(_("kết quả thực hiện"), blank=True)
    yeu_cau_dieu_kien = models.TextField(_("yêu cầu, điều kiện"), blank=True)
    can_cu_phap_ly = models.TextField(
        _("căn cứ pháp lý"), blank=True, help_text=_("Mỗi văn bản một dòng.")
    )
    legal_documents = ParentalManyToManyField(
        "documents.LegalDocument",
        verbose_name=_("văn bản căn cứ có trên cổng"),
        blank=True,
        related_name="procedures",
    )
    source_url = models.URLField(_("nguồn công bố"), max_length=500, blank=True)

    base_form_class = UnitOwnedForm
    panels = [
        FieldPanel("ten"),
        FieldRowPanel([FieldPanel("ma_thu_tuc"), FieldPanel("linh_vuc")]),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("co_quan_thuc_hien")]),
        FieldRowPanel(
            [FieldPanel("cap_tinh"), FieldPanel("cap_huyen"), FieldPanel("cap_xa")],
            heading=_("Cấp thực hiện"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("truc_tiep"), FieldPanel("truc_tuyen"), FieldPanel("buu_chinh")]
                ),
                FieldPanel("service_level"),
            ],
            heading=_("Cách thức thực hiện"),
        ),
        InlinePanel("steps", heading=_("Trình tự thực hiện"), label=_("bước")),
        InlinePanel("papers", heading=_("Thành phần hồ sơ"), label=_("giấy tờ")),
        FieldPanel("so_bo_ho_so"),
        MultiFieldPanel(
            [
                FieldPanel("thoi_han_text"),
                FieldRowPanel([FieldPanel("thoi_han"), FieldPanel("thoi_han_don_vi")]),
            ],
            heading=_("Thời hạn giải quyết"),
        ),
        FieldPanel("phi_le_phi"),
        FieldPanel("doi_tuong"),
        FieldPanel("ket_qua"),
        FieldPanel("yeu_cau_dieu_kien"),
        FieldPanel("can_cu_phap_ly"),
        FieldPanel("legal_documents"),
        InlinePanel(
            "form_fields",
            heading=_("Trường thông tin riêng của hồ sơ trực tuyến"),
            label=_("trường"),
        ),
        FieldPanel("source_url"),
    ]

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")
        ordering = ["ten"]

    def __str__(self) -> str:
        return self.ten

    def clean(self) -> None:
        super().clean()
        if not self.accepts_online:
            return
        if self.unit is None:
            raise ValidationError(
                {"unit": _("Thủ tục nhận hồ sơ trực tuyến phải có cơ quan thực hiện.")}
            )
        if not self.unit.agency_code:
            raise ValidationError(
                {
                    "unit": _(
                        "Cơ quan “%(unit)s” chưa có mã định danh (QCVN 102:2016) nên chưa nhận "
                        "được hồ sơ trực tuyến: nhập mã định danh ở mục Đơn vị trước."
                    )
                    % {"unit": self.unit}
                }
            )

    def search_parts(self) -> list[Any]:
        return [self.ma_thu_tuc, self.ten, self.co_quan_thuc_hien, self.linh_vuc]

    def get_absolute_url(self) -> str:
        return reverse("procedures:detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return vi_slugify(self.ten, max_length=70) or "thu-tuc"

    @property
    def accepts_online(self) -> bool:
        return bool(self.truc_tuyen and self.service_level and self.service_level.accepts_online)

    @property
    def levels_display(self) -> str:
        flags = [
            (self.cap_tinh, "Cấp tỉnh"),
            (self.cap_huyen, "Cấp huyện"),
            (self.cap_xa, "Cấp xã"),
        ]
        return ", ".join(label for flag, label in flags if flag)

    @property
    def channels_display(self) -> str:
        flags = [
            (self.truc_tiep, "Trực tiếp"),
            (self.truc_tuyen, "Trực tuyến"),
            (self.buu_chinh, "Bưu chính"),
        ]
        return ", ".join(label for flag, label in flags if flag)

    def can_cu_list(self) -> list[str]:
        return [line.strip() for line in self.can_cu_phap_ly.splitlines() if line.strip()]


class ProcedureStep(Orderable):
    procedure = ParentalKey(Procedure, related_name="steps", on_delete=models.CASCADE)
    description = models.TextField(_("nội dung bước"))
    responsible = models.CharField(_("người/bộ phận chịu trách nhiệm"), max_length=255, blank=True)
    duration = models.CharField(_("thời gian"), max_length=120, blank=True)

    panels = [FieldPanel("description"), FieldPanel("responsible"), FieldPanel("duration")]

    def __str__(self) -> str:
        return self.description[:80]


class ProcedurePaper(Orderable):
    procedure = ParentalKey(Procedure, related_name="papers", on_delete=models.CASCADE)
    name = models.CharField(_("tên giấy tờ"), max_length=500)
    copies = models.CharField(_("số lượng"), max_length=120, blank=True)
    template = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("mẫu đơn, tờ khai"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    upload_required = models.BooleanField(_("bắt buộc tải lên khi nộp trực tuyến"), default=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("copies"), FieldPanel("upload_required")]),
        FieldPanel("template"),
    ]

    def __str__(self) -> str:
        return self.name


class ProcedureFormField(AbstractFormField):
    """A field of the procedure's own online form, defined in the back office, no code."""

    procedure = ParentalKey(Procedure, related_name="form_fields", on_delete=models.CASCADE)

    def get_field_clean_name(self) -> str:
        # Wagtail's default spells đ as "u0111"; fold Vietnamese properly instead.
        return vi_slugify(self.label, max_length=60).replace("-", "_") or "truong"
