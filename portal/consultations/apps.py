from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "portal.consultations"
    label = "consultations"
    verbose_name = _("Góp ý")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from portal.consultations.retention import RULES
        from portal.core import privacy

        for rule in RULES:
            privacy.register(rule)
