"""Base forms: NFC text and ASCII slugs for every page edited in the back office, and
accessible public forms (errors and help linked to their fields)."""

from __future__ import annotations

from typing import Any

from django import forms
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


class AccessibleFormMixin(forms.BaseForm):
    """After validation, mark invalid fields and point them at their help and error texts.

    Templates render a field's help text with id `<field id>_help` and its errors with id
    `<field id>_error` (see `templates/includes/_field.html`), and the summary of every
    error at the top with `error_summary`.
    """

    summary_labels: dict[str, Any] = {}

    def full_clean(self) -> None:
        super().full_clean()
        self.describe_fields()

    def describe_fields(self) -> None:
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_help")
            if self.is_bound and name in self.errors:
                ids.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
            else:
                field.widget.attrs.pop("aria-describedby", None)

    def error_summary(self) -> list[tuple[str, str, str]]:
        """(anchor id or "", short label, message) for every error, in the form's order."""
        rows = [("", "", str(message)) for message in self.non_field_errors()]
        for name in self.fields:
            bound = self[name]
            label = self.summary_labels.get(name, bound.label)
            rows += [(bound.auto_id, str(label), str(error)) for error in self.errors.get(name, [])]
        return rows
