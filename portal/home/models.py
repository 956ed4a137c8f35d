"""The home page: featured and latest news of every section."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal.core.forms import PortalPageForm
from portal.core.nfc import NFCModelMixin
from portal.news.queries import home_sections


class HomePage(NFCModelMixin, Page):
    intro = models.TextField(_("lời giới thiệu"), blank=True)
    latest_per_category = models.PositiveSmallIntegerField(
        _("số tin mới mỗi chuyên mục"), default=4
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("latest_per_category"),
    ]
    base_form_class = PortalPageForm
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "core.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self, per_category=self.latest_per_category))
        return context
