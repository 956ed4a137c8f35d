"""Erase names and contact data of comments on consultations that closed longer ago than
PortalSettings.personal_data_retention_days (NĐ 13/2023/NĐ-CP, Điều 16.7). The comments'
text stays: it is part of the public record of the consultation. Idempotent."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.consultations import actions, privacy
from portal.consultations.models import Consultation, ConsultationComment


class Command(BaseCommand):
    help = "Xóa họ tên, thông tin liên hệ của người góp ý khi đã hết thời hạn lưu."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Chỉ đếm, không xóa gì.")

    def handle(self, **options: Any) -> None:
        days = privacy.retention_days()
        cutoff = timezone.now() - timedelta(days=days)
        due = ConsultationComment.objects.contact_data_due_for_purge(cutoff)
        consultations = Consultation.objects.filter(pk__in=due.values("consultation"))
        if options["dry_run"]:
            self.stdout.write(
                f"Sẽ xóa dữ liệu cá nhân của {due.count()} góp ý "
                f"({consultations.count()} đợt lấy ý kiến, hết hạn lưu {days} ngày)."
            )
            return
        erased = sum(actions.purge_personal_data(c, closed_before=cutoff) for c in consultations)
        self.stdout.write(f"Đã xóa dữ liệu cá nhân của {erased} góp ý (thời hạn lưu {days} ngày).")
