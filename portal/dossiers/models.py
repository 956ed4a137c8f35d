"""Online dossiers (hồ sơ trực tuyến): the applicant's submission, its files and its history.

Citizen data lives here, in plain models, never in pages; files are stored privately and
served only through access-checked views.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.models.submissions import TrackedSubmission
from portal.dossiers.storage import DOSSIERS, generated_name, private_storage


class Status(models.TextChoices):
    """The national dossier statuses (Cổng DVCQG TrangThaiHoSo 1–10)."""

    NEW = "moi", _("Mới đăng ký")
    RECEIVED = "tiep_nhan", _("Được tiếp nhận")
    NOT_RECEIVED = "khong_tiep_nhan", _("Không được tiếp nhận")
    PROCESSING = "dang_xu_ly", _("Đang xử lý")
    SUPPLEMENT = "bo_sung", _("Yêu cầu bổ sung")
    PAYMENT = "nghia_vu_tai_chinh", _("Yêu cầu thực hiện nghĩa vụ tài chính")
    WITHDRAWN = "rut_ho_so", _("Công dân rút hồ sơ")
    STOPPED = "dung_xu_ly", _("Dừng xử lý")
    DONE = "da_xu_ly_xong", _("Đã xử lý xong")
    RETURNED = "da_tra_ket_qua", _("Đã trả kết quả")


NATIONAL_CODES = {
    Status.NEW: 1,
    Status.RECEIVED: 2,
    Status.NOT_RECEIVED: 3,
    Status.PROCESSING: 4,
    Status.SUPPLEMENT: 5,
    Status.PAYMENT: 6,
    Status.WITHDRAWN: 7,
    Status.STOPPED: 8,
    Status.DONE: 9,
    Status.RETURNED: 10,
}
FINISHED = {Status.NOT_RECEIVED, Status.WITHDRAWN, Status.STOPPED, Status.DONE, Status.RETURNED}


class Rating(models.TextChoices):
    VERY_SATISFIED = "rat_hai_long", _("Rất hài lòng")
    SATISFIED = "hai_long", _("Hài lòng")
    UNSATISFIED = "chua_hai_long", _("Chưa hài lòng")


class DossierQuerySet(models.QuerySet["Dossier"]):
    def for_unit(self, unit_id: int | None) -> DossierQuerySet:
        return self.filter(unit_id=unit_id) if unit_id else self.none()

    def open(self) -> DossierQuerySet:
        return self.exclude(status__in=FINISHED)

    def overdue(self, today: date | None = None) -> DossierQuerySet:
        today = today or timezone.localdate()
        return self.open().filter(due_date__lt=today)

    def retention_over(self, cutoff: datetime) -> DossierQuerySet:
        """Finished before `cutoff` and still holding papers or personal data."""
        return self.filter(
            status__in=FINISHED, finished_at__lt=cutoff, personal_data_erased_at__isnull=True
        )


class Dossier(TrackedSubmission):
    class ApplicantKind(models.TextChoices):
        PERSON = "ca_nhan", _("Cá nhân")
        ORGANISATION = "to_chuc", _("Tổ chức, doanh nghiệp")

    class Timeliness(models.TextChoices):
        EARLY = "truoc_han", _("Trước hạn")
        ON_TIME = "dung_han", _("Đúng hạn")
        LATE = "qua_han", _("Quá hạn")

    Status = Status

    code = models.CharField(_("mã hồ sơ"), max_length=60, unique=True, editable=False)
    procedure = models.ForeignKey(
        "procedures.Procedure", verbose_name=_("thủ tục"), on_delete=models.PROTECT
    )
    unit = models.ForeignKey(
        "core.Unit", verbose_name=_("cơ quan tiếp nhận"), on_delete=models.PROTECT
    )
    status = models.CharField(
        _("trạng thái"), max_length=30, choices=Status.choices, default=Status.NEW
    )
    applicant_kind = models.CharField(
        _("người nộp là"), max_length=10, choices=ApplicantKind.choices
    )
    full_name = models.CharField(_("họ và tên"), max_length=120)
    id_number = models.CharField(_("số định danh cá nhân (CCCD)"), max_length=12, blank=True)
    birth_date = models.DateField(_("ngày sinh"), null=True, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255)
    phone = models.CharField(_("điện thoại"), max_length=20)
    email = models.EmailField(_("thư điện tử"), blank=True)
    organisation = models.CharField(_("tên tổ chức"), max_length=255, blank=True)
    tax_code = models.CharField(_("mã số thuế"), max_length=14, blank=True)
    form_data = models.JSONField(_("thông tin riêng của thủ tục"), default=dict, blank=True)
    submitted_at = models.DateTimeField(_("nộp lúc"), default=timezone.now, db_index=True)
    received_at = models.DateTimeField(_("tiếp nhận lúc"), null=True, blank=True)
    due_date = models.DateField(_("ngày hẹn trả kết quả"), null=True, blank=True)
    paused_since = models.DateField(_("tạm dừng tính thời hạn từ"), null=True, blank=True)
    apology_sent = models.BooleanField(_("đã gửi phiếu xin lỗi, hẹn lại"), default=False)
    finished_at = models.DateTimeField(_("kết thúc xử lý lúc"), null=True, blank=True)
    timeliness = models.CharField(
        _("tiến độ"), max_length=12, choices=Timeliness.choices, blank=True
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ xử lý"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_dossiers",
    )
    current_step = models.PositiveSmallIntegerField(_("bước đang thực hiện"), default=0)
    warned_on = models.DateField(_("đã nhắc hạn ngày"), null=True, blank=True, editable=False)
    personal_data_erased_at = models.DateTimeField(
        _("đã xóa giấy tờ, dữ liệu cá nhân lúc"), null=True, blank=True, editable=False
    )

    objects = DossierQuerySet.as_manager()

    class Meta:
        verbose_name = _("hồ sơ")
        verbose_name_plural = _("hồ sơ")
        ordering = ["-submitted_at"]
        permissions = [("process_dossier", _("Xử lý hồ sơ của đơn vị mình"))]
        indexes = [models.Index(fields=["unit", "status"]), models.Index(fields=["due_date"])]

    def __str__(self) -> str:
        return self.code

    def new_code(self, day: date) -> str:
        """The national mã hồ sơ: the receiving agency, the day, the day's number."""
        from portal.dossiers.codes import dossier_code

        return dossier_code(self.unit, day)

    @property
    def national_status(self) -> int:
        return NATIONAL_CODES[Status(self.status)]

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED

    @property
    def applicant_display(self) -> str:
        return self.organisation or self.full_name


def _upload_to(instance: DossierFile, filename: str) -> str:
    return generated_name(DOSSIERS, instance.content_type)


class DossierFile(models.Model):
    class Kind(models.TextChoices):
        APPLICATION = "ho_so", _("Giấy tờ trong hồ sơ")
        SUPPLEMENT = "bo_sung", _("Giấy tờ bổ sung")
        RESULT = "ket_qua", _("Kết quả giải quyết")

    dossier = models.ForeignKey(Dossier, related_name="files", on_delete=models.CASCADE)
    paper = models.ForeignKey(
        "procedures.ProcedurePaper",
        verbose_name=_("giấy tờ"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices)
    file = models.FileField(_("tệp"), upload_to=_upload_to, storage=private_storage)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("dung lượng"))
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tệp hồ sơ")
        verbose_name_plural = _("tệp hồ sơ")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class DossierEvent(models.Model):
    """One line of the dossier's history: who did what, when, with which note and form."""

    dossier = models.ForeignKey(Dossier, related_name="events", on_delete=models.CASCADE)
    status = models.CharField(_("trạng thái"), max_length=30, choices=Status.choices)
    action = models.CharField(_("thao tác"), max_length=60)
    note = models.TextField(_("ghi chú"), blank=True)
    form = models.CharField(_("mẫu phiếu"), max_length=10, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("lúc"), default=timezone.now)
    internal = models.BooleanField(
        _("chỉ cán bộ xem"), default=False, help_text=_("Phân công, giao nhận giữa các bước.")
    )

    class Meta:
        verbose_name = _("lịch sử hồ sơ")
        verbose_name_plural = _("lịch sử hồ sơ")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.dossier_id} {self.action}"

    @property
    def actor_display(self) -> str:
        return str(self.actor) if self.actor else str(_("Người nộp hồ sơ"))


class DailySequence(models.Model):
    """The running number of dossiers of one code prefix on a day (the XXXX of the code)."""

    prefix = models.CharField(max_length=20)
    day = models.DateField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "day"], name="one_sequence_a_prefix_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.prefix} {self.day}: {self.last}"


class SatisfactionRating(models.Model):
    """TT 32/2017 Điều 12: overall, ease of use, timeliness, officials' attitude."""

    dossier = models.OneToOneField(Dossier, related_name="rating", on_delete=models.CASCADE)
    overall = models.CharField(_("đánh giá chung"), max_length=20, choices=Rating.choices)
    ease = models.CharField(
        _("dễ sử dụng, thời gian phản hồi"), max_length=20, choices=Rating.choices
    )
    timeliness = models.CharField(_("tiến độ giải quyết"), max_length=20, choices=Rating.choices)
    attitude = models.CharField(_("thái độ cán bộ"), max_length=20, choices=Rating.choices)
    comment = models.TextField(_("ý kiến thêm"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("đánh giá mức độ hài lòng")
        verbose_name_plural = _("đánh giá mức độ hài lòng")

    def __str__(self) -> str:
        return f"{self.dossier_id}: {self.get_overall_display()}"


def field_values(dossier: Dossier) -> list[tuple[str, Any]]:
    """The procedure's own fields with the applicant's answers, in the form's order."""
    fields = dossier.procedure.form_fields.all()
    return [(f.label, dossier.form_data.get(f.clean_name, "")) for f in fields]
