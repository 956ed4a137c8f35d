"""Mark consultations past their end date as closed and tell each drafting unit.

The public form closes by itself at `closes_at` (visibility is computed from the dates);
this command does the bookkeeping and the notice. Idempotent: run it from cron every few
minutes; a consultation is closed and announced once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from portal.consultations import actions
from portal.consultations.models import Consultation


class Command(BaseCommand):
    help = "Đóng các đợt lấy ý kiến đã hết hạn và báo cho cơ quan soạn thảo."

    def handle(self, **options: Any) -> None:
        due = list(Consultation.objects.due_for_closing().select_related("drafting_unit"))
        for consultation in due:
            actions.close_consultation(consultation)
            self.stdout.write(f"Đã đóng: {consultation.title}")
        self.stdout.write(f"Đã đóng {len(due)} đợt lấy ý kiến.")
