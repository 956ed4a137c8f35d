"""Plain content pages (introduction, organisation, functions)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.forms import PortalPageForm
from portal.core.nfc import NFCModelMixin


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
    # Under the home page or another content page: the other page types admit no children
    # of this type, so no parent list is needed here (core names no other app).
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")
