"""Words and links that differ between questions (hỏi đáp) and feedback (phản ánh, kiến nghị)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from portal.questions.models import Kind


def kind_context(kind: str) -> dict[str, Any]:
    if kind == Kind.FEEDBACK:
        return {
            "kind": kind,
            "is_feedback": True,
            "section_title": _("Phản ánh, kiến nghị"),
            "list_url": reverse("feedback:list"),
            "ask_url": reverse("feedback:submit"),
            "ask_label": _("Gửi phản ánh, kiến nghị"),
            "item_word": _("phản ánh, kiến nghị"),
            "archive_title": _("Phản ánh, kiến nghị đã được trả lời"),
        }
    return {
        "kind": kind,
        "is_feedback": False,
        "section_title": _("Hỏi đáp"),
        "list_url": reverse("questions:list"),
        "ask_url": reverse("questions:ask"),
        "ask_label": _("Gửi câu hỏi"),
        "item_word": _("câu hỏi"),
        "archive_title": _("Hỏi đáp"),
    }
