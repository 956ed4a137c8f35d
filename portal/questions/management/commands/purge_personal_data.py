"""Erase citizens' contact data and attachments once the retention period is over."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from portal.questions import actions
from portal.questions.deadlines import portal_settings
from portal.questions.models import Question


class Command(BaseCommand):
    help = (
        "Xóa thông tin liên hệ và tệp đính kèm của các câu hỏi, phản ánh đã kết thúc quá thời "
        "hạn lưu dữ liệu cá nhân (thiết lập cổng thông tin); giữ lại nội dung hỏi đáp ẩn danh."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê, không xóa gì.")

    def handle(self, **options: Any) -> None:
        days = portal_settings().personal_data_retention_days
        cutoff = timezone.now() - timedelta(days=days)
        due = list(Question.objects.retention_over(cutoff).order_by("closed_at"))
        if options["dry_run"]:
            for question in due:
                self.stdout.write(f"{question.code} (kết thúc {question.closed_at:%d/%m/%Y})")
            self.stdout.write(f"Sẽ xóa dữ liệu cá nhân của {len(due)} mục (chạy thử).")
            return
        erased = sum(
            actions.erase_personal_data(q, reason=f"Hết thời hạn lưu {days} ngày.") for q in due
        )
        self.stdout.write(f"Đã xóa dữ liệu cá nhân của {erased} mục.")
