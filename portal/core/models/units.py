"""Units (cơ quan, đơn vị) and the staff accounts that belong to them."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from portal.core.nfc import NFCModelMixin

# Mã định danh of an agency (QCVN 102:2016/BTTTT): four levels, e.g. 000.00.22.H15.
AGENCY_CODE_PATTERN = r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$"
agency_code_validator = RegexValidator(
    AGENCY_CODE_PATTERN,
    _("Mã định danh gồm bốn cấp theo QCVN 102:2016/BTTTT, ví dụ 000.00.22.H15."),
)


class UnitQuerySet(models.QuerySet["Unit"]):
    def active(self) -> UnitQuerySet:
        return self.filter(is_active=True)


class Unit(NFCModelMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        HDND = "hdnd", _("Hội đồng nhân dân")
        UBND = "ubnd", _("Ủy ban nhân dân")
        OFFICE = "van_phong", _("Văn phòng HĐND-UBND")
        DEPARTMENT = "phong_ban", _("Phòng, ban chuyên môn")
        COMMUNE = "xa", _("Xã, phường, thị trấn")
        ORGANISATION = "doan_the", _("Đoàn thể")
        OTHER = "khac", _("Đơn vị khác")

    code = models.SlugField(_("mã đơn vị"), max_length=60, unique=True)
    name = models.CharField(_("tên đơn vị"), max_length=255)
    kind = models.CharField(_("loại đơn vị"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    head_name = models.CharField(_("họ tên thủ trưởng"), max_length=120, blank=True)
    head_title = models.CharField(_("chức vụ thủ trưởng"), max_length=120, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    functions = models.TextField(_("chức năng, nhiệm vụ"), blank=True)
    agency_code = models.CharField(
        _("mã định danh cơ quan"),
        max_length=13,
        blank=True,
        validators=[agency_code_validator],
        help_text=_(
            "Theo QCVN 102:2016/BTTTT; là phần đầu của mã hồ sơ, ví dụ 000.00.22.H15. "
            "Bắt buộc với đơn vị tiếp nhận hồ sơ trực tuyến."
        ),
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)

    objects = UnitQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("code")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("parent")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("head_name"), FieldPanel("head_title")]),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("address"),
                FieldPanel("agency_code"),
            ],
            heading=_("Thủ trưởng và liên hệ"),
        ),
        FieldPanel("functions"),
        FieldPanel("is_active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["kind", "name"]
        permissions = [
            ("act_for_every_unit", _("Làm việc với thông tin, hồ sơ của mọi đơn vị")),
            ("act_for_own_unit", _("Cập nhật thông tin, hồ sơ của đơn vị mình")),
            ("head_unit", _("Thủ trưởng đơn vị: chịu trách nhiệm, nhận thông báo hạn xử lý")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["agency_code"],
                condition=~Q(agency_code=""),
                name="unique_agency_code",
                violation_error_message=_("Mã định danh này đã được đơn vị khác sử dụng."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("wagtailsnippets_core_unit:edit", args=[self.pk])


class User(NFCModelMixin, AbstractUser):
    """A staff account. Citizens have no account (they track submissions by code)."""

    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị công tác"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="staff",
    )
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=40, blank=True)
    two_factor_enrolled_at = models.DateTimeField(
        _("lần đầu thiết lập xác thực hai bước lúc"), null=True, blank=True, editable=False
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    def get_full_name(self) -> str:
        # Vietnamese order: family and middle names (last_name) before the given name.
        return f"{self.last_name} {self.first_name}".strip()

    def get_short_name(self) -> str:
        return self.first_name or self.username
