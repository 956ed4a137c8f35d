"""Per-site settings: who runs the portal, at which level of government."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.core.nfc import NFCModelMixin


@register_setting(icon="cog")
class PortalSettings(NFCModelMixin, BaseSiteSetting):
    class Level(models.TextChoices):
        PROVINCE = "tinh", _("Cấp tỉnh (tỉnh, thành phố trực thuộc trung ương)")
        DISTRICT = "huyen", _("Cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh)")
        COMMUNE = "xa", _("Cấp xã (xã, phường, thị trấn)")

    level = models.CharField(
        _("cấp chính quyền"), max_length=10, choices=Level.choices, default=Level.DISTRICT
    )
    government_name = models.CharField(
        _("tên cơ quan chủ quản"), max_length=255, default="Ủy ban nhân dân huyện"
    )
    portal_name = models.CharField(
        _("tên cổng/trang thông tin"), max_length=255, default="Trang thông tin điện tử"
    )
    place = models.CharField(_("địa danh"), max_length=120, blank=True)
    province = models.CharField(_("tỉnh, thành phố"), max_length=120, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm nội dung"), max_length=255, blank=True
    )
    license = models.CharField(_("giấy phép"), max_length=255, blank=True)
    answer_working_days = models.PositiveSmallIntegerField(
        _("thời hạn trả lời công dân (ngày làm việc)"),
        default=15,
        help_text=_("NĐ 43/2011 Điều 17: trả lời trong 15 ngày làm việc."),
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("nhắc hạn trước (ngày làm việc)"), default=3
    )
    personal_data_retention_days = models.PositiveIntegerField(
        _("thời gian lưu dữ liệu cá nhân sau khi kết thúc (ngày)"),
        default=730,
        help_text=_("Hết thời hạn, thông tin liên hệ của công dân trong hồ sơ đã đóng bị xóa."),
    )
    dossier_retention_days = models.PositiveIntegerField(
        _("thời gian lưu giấy tờ, dữ liệu cá nhân của hồ sơ trực tuyến đã kết thúc (ngày)"),
        default=1826,
        help_text=_(
            "Hết thời hạn, giấy tờ tải lên, số định danh, ngày sinh, địa chỉ, điện thoại, thư "
            "điện tử và thông tin riêng của hồ sơ bị xóa; mã hồ sơ, thủ tục, người nộp, ngày "
            "tháng, trạng thái và lịch sử xử lý (sổ theo dõi) được giữ lại để lưu trữ."
        ),
    )
    require_staff_2fa = models.BooleanField(
        _("bắt buộc xác thực hai bước cho cán bộ"),
        default=False,
        help_text=_(
            "Khi bật, mọi tài khoản cán bộ phải nhập mã TOTP từ ứng dụng xác thực "
            "sau khi đăng nhập trang quản trị."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("government_name"),
                FieldPanel("portal_name"),
                FieldPanel("place"),
                FieldPanel("province"),
            ],
            heading=_("Cơ quan chủ quản"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("responsible_person"),
                FieldPanel("license"),
            ],
            heading=_("Thông tin chân trang"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("answer_working_days"),
                FieldPanel("reminder_working_days"),
                FieldPanel("personal_data_retention_days"),
                FieldPanel("dossier_retention_days"),
            ],
            heading=_("Thời hạn xử lý và dữ liệu cá nhân"),
        ),
        FieldPanel("require_staff_2fa"),
    ]

    class Meta:
        verbose_name = _("thiết lập cổng thông tin")
        verbose_name_plural = _("thiết lập cổng thông tin")
        permissions = [
            ("administer_portal", _("Quản trị cổng: tài khoản, đơn vị, thiết lập")),
            ("view_site_reports", _("Xem lịch sử và báo cáo của trang quản trị")),
        ]
