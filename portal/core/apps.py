from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CoreConfig(AppConfig):
    default = True  # apps.py also defines the users app config below
    name = "portal.core"
    label = "core"
    verbose_name = _("Lõi cổng thông tin")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from portal.core import sqlite  # noqa: F401  (registers the Vietnamese collation)
        from portal.core.notifications import silence_wagtail_workflow_mail

        silence_wagtail_workflow_mail()


class PortalUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "portal.core.accounts.UserViewSet"
