"""Erase citizens' personal data past its retention period, for every kind of submission."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from portal.core.privacy import RULES


class Command(BaseCommand):
    help = (
        "Xóa dữ liệu cá nhân của công dân đã hết thời hạn lưu (hỏi đáp, phản ánh, góp ý, hồ sơ "
        "trực tuyến, tệp nháp bị bỏ dở); giữ lại phần phải lưu trữ. Lỗi ở một mục không dừng lệnh."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê, không xóa gì.")

    def handle(self, **options: Any) -> None:
        now = timezone.now()
        failures: list[str] = []
        for rule in RULES:
            due = list(rule.due(now))
            if options["dry_run"]:
                for item in due:
                    self.stdout.write(f"  {rule.name}: {rule.describe(item)}")
                self.stdout.write(f"{rule.name}: sẽ xóa {len(due)} mục (chạy thử).")
                continue
            erased = 0
            for index, item in enumerate(due, start=1):
                try:
                    erased += rule.erase(item)
                except Exception as error:  # noqa: BLE001  (reported at the end, run goes on)
                    failures.append(f"{rule.name} – {rule.describe(item)}: {error}")
                if index % 100 == 0:
                    self.stdout.write(f"  {rule.name}: {index}/{len(due)}…")
            self.stdout.write(f"{rule.name}: đã xóa {erased} mục.")
        if failures:
            self.stderr.write(f"{len(failures)} mục không xóa được:")
            for line in failures:
                self.stderr.write(f"  {line}")
