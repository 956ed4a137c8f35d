"""E-mail unit heads before a question's deadline and once it is overdue. Idempotent."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.questions import actions
from portal.questions.deadlines import portal_settings, working_days_left
from portal.questions.models import Question


class Command(BaseCommand):
    help = (
        "Nhắc thủ trưởng đơn vị các câu hỏi, phản ánh sắp đến hạn trả lời (trước N ngày làm "
        "việc theo thiết lập) và báo khi quá hạn. Chạy nhiều lần trong ngày không gửi trùng."
    )

    def handle(self, **options: Any) -> None:
        today = timezone.localdate()
        warn = portal_settings().reminder_working_days
        reminded = overdue = 0
        for question in Question.objects.waiting_for_unit().select_related("unit"):
            left = working_days_left(question.due_date, today)
            if question.due_date < today:
                overdue += actions.notify_overdue(question, today, days_late=-left)
            elif left <= warn and question.reminder_sent_on is None:
                reminded += actions.remind(question, today, days_left=left)
        self.stdout.write(f"Đã nhắc hạn {reminded} mục; đã báo quá hạn {overdue} mục.")
