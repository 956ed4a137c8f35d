"""Accessible form rendering: errors and help linked to their field with aria-describedby."""

from __future__ import annotations

from django import forms


class AccessibleFormMixin(forms.BaseForm):
    """After validation, mark invalid fields and point them at their help and error texts.

    Templates render the help text with id `<field id>_help` and the errors with id
    `<field id>_error` (see `questions/_field.html`).
    """

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
        """(anchor id, label, message) for every error, for the summary at the top."""
        summary = []
        for name, errors in self.errors.items():
            if name == forms.forms.NON_FIELD_ERRORS or name not in self.fields:
                continue
            bound = self[name]
            label = getattr(self, "summary_labels", {}).get(name, bound.label)
            for error in errors:
                summary.append((bound.auto_id, str(label), str(error)))
        return summary
