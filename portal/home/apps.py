from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The home page, the site-wide feeds and the demo data: the one app that may import
    every domain app (core never does)."""

    name = "portal.home"
    label = "home"
    verbose_name = _("Trang chủ")
    default_auto_field = "django.db.models.BigAutoField"
