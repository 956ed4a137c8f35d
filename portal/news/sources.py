"""The rule of Điều 15, step 1: content taken from elsewhere must cite its source."""

from __future__ import annotations

from django.utils.translation import gettext as _

OWN = "own"
QUOTED = "quoted"


def source_problems(kind: str, name: str, reference: str) -> dict[str, str]:
    """Field name → message for each thing missing from an article's source."""
    problems: dict[str, str] = {}
    if kind not in (OWN, QUOTED):
        problems["source_kind"] = _("Phải chọn nguồn tin (Điều 15: tin phải ghi rõ trích nguồn).")
    elif kind == QUOTED:
        if not (name or "").strip():
            problems["source_name"] = _("Tin trích từ nguồn khác phải ghi tên nguồn.")
        if not (reference or "").strip():
            problems["source_reference"] = _(
                "Tin trích từ nguồn khác phải ghi đường dẫn hoặc số, ngày văn bản nguồn."
            )
    return problems
