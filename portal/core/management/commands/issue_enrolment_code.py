"""Give a staff member a one-time code to enrol a new second factor (for the last
administrator who lost their phone; others get theirs on the users screen)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.log_actions import log

from portal.core.models import EnrolmentCode, User
from portal.core.views.two_factor import CODE_ISSUED


class Command(BaseCommand):
    help = "Cấp mã thiết lập xác thực hai bước (dùng một lần, 24 giờ) cho một tài khoản."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", help="Tên đăng nhập.")

    def handle(self, **options: Any) -> None:
        account = User.objects.filter(username=options["username"]).first()
        if account is None:
            raise CommandError(f"Không có tài khoản “{options['username']}”.")
        _record, code = EnrolmentCode.issue(account, by=None)
        log(instance=account, action=CODE_ISSUED, data={"by": "manage.py"})
        self.stdout.write(f"Mã thiết lập cho {account.username}: {code} (hết hạn sau 24 giờ).")
