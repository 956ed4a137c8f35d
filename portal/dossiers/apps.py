from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DossiersConfig(AppConfig):
    name = "portal.dossiers"
    label = "dossiers"
    verbose_name = _("Hồ sơ trực tuyến")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from portal.core import privacy
        from portal.dossiers.retention import RULES

        for rule in RULES:
            privacy.register(rule)
