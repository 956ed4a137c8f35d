"""E-mail officers about dossiers close to or past their due date. Idempotent per day."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.dossiers import reminders


class Command(BaseCommand):
    help = (
        "Nhắc cán bộ xử lý (hoặc thủ trưởng đơn vị khi chưa phân công) các hồ sơ sắp đến hạn "
        "trả kết quả (trước N ngày làm việc theo thiết lập) và báo khi quá hạn. Hồ sơ đang chờ "
        "bổ sung không bị nhắc. Chạy nhiều lần trong ngày không gửi trùng."
    )

    def handle(self, **options: Any) -> None:
        outcome = reminders.warn_all(timezone.localdate())
        self.stdout.write(
            f"Đã nhắc {outcome.soon} hồ sơ sắp đến hạn; đã báo {outcome.overdue} hồ sơ quá hạn."
        )
