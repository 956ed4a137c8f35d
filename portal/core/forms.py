"""Base forms: NFC text and ASCII slugs for every page edited in the back office."""

from __future__ import annotations

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from portal.core.nfc import NFCFormMixin
from portal.text import vi_slugify


class PortalPageForm(NFCFormMixin, WagtailAdminPageForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False  # made from the title when left empty

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug") or ""
        if not slug.isascii() or not slug:
            slug = vi_slugify(slug or self.data.get("title", ""))
        return slug
