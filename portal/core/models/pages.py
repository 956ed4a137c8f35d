"""Home page and plain content pages (introduction, organisation, functions)."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.forms import PortalPageForm
from portal.core.nfc import NFCModelMixin


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
        from portal.news.queries import home_sections  # news depends on core, not the reverse

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self, per_category=self.latest_per_category))
        return context


class StandardPage(NFCModelMixin, Page):
    intro = models.TextField(_("tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"), blank=True)
    sidebar = RichTextField(_("thông tin bên lề"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("sidebar"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    base_form_class = PortalPageForm
    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")
