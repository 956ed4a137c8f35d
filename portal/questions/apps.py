from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "portal.questions"
    label = "questions"
    verbose_name = _("Hỏi đáp")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from portal.core import privacy
        from portal.questions.retention import RULES

        for rule in RULES:
            privacy.register(rule)
