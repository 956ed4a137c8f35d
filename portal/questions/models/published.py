"""The published, anonymous form of an answered question or feedback (hỏi đáp đã công bố).

A snippet under the editorial workflow of Điều 15: the board prepares it from the unit's
answer (step 1), the deputy head edits it (step 2) and the head approves it (step 3), which
publishes it. It never holds the asker's contact data, and step 3 is refused while its text
still contains the asker's name, e-mail or phone number (`approval_blockers`).
"""

from __future__ import annotations

import re
from typing import Any

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.core.models.content import EditorialQuerySet, EditorialRecord
from portal.questions.models.questions import Kind, Question
from portal.text import search_key, vi_slugify


class PublishedQuestionQuerySet(EditorialQuerySet):
    def of_kind(self, kind: str) -> PublishedQuestionQuerySet:
        return self.filter(kind=kind)


class PublishedQuestion(EditorialRecord):
    Kind = Kind

    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices, default=Kind.QUESTION)
    question = models.OneToOneField(
        Question,
        verbose_name=_("câu hỏi gốc"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="publication",
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    question_text = models.TextField(
        _("nội dung câu hỏi (đã lược bỏ thông tin cá nhân)"),
        help_text=_(
            "Bỏ họ tên, số điện thoại, địa chỉ, số giấy tờ và mọi chi tiết làm lộ danh tính "
            "người hỏi trước khi gửi duyệt."
        ),
    )
    answer_text = models.TextField(_("nội dung trả lời"))
    linh_vuc = models.ForeignKey(
        "documents.Field",
        verbose_name=_("lĩnh vực"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị trả lời"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="published_answers",
    )
    asked_on = models.DateField(_("ngày hỏi"))
    answered_on = models.DateField(_("ngày trả lời"))
    is_faq = models.BooleanField(
        _("câu hỏi thường gặp"),
        default=False,
        help_text=_("Hiển thị trong mục “Câu hỏi thường gặp”."),
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = PublishedQuestionQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("is_faq")]),
        FieldRowPanel([FieldPanel("linh_vuc"), FieldPanel("unit")]),
        FieldPanel("question_text"),
        FieldPanel("answer_text"),
        FieldRowPanel([FieldPanel("asked_on"), FieldPanel("answered_on")]),
    ]

    class Meta:
        verbose_name = _("hỏi đáp đã công bố")
        verbose_name_plural = _("hỏi đáp đã công bố")
        ordering = ["-answered_on", "-pk"]
        indexes = [models.Index(fields=["live", "kind", "-answered_on"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        namespace = "feedback" if self.kind == Kind.FEEDBACK else "questions"
        return reverse(f"{namespace}:detail", args=[self.pk, self.slug])

    @property
    def slug(self) -> str:
        return vi_slugify(self.title, max_length=60) or "hoi-dap"

    def search_parts(self) -> list[Any]:
        linh_vuc = str(self.linh_vuc) if self.linh_vuc_id else ""
        unit = str(self.unit) if self.unit_id else ""
        return [self.title, self.question_text, self.answer_text, linh_vuc, unit]

    def approval_blockers(self) -> list[str]:
        """Step 3 is refused while the text still names or identifies the asker."""
        asker = self.question
        if asker is None or asker.personal_data_erased_at:
            return []
        text = " ".join([self.title, self.question_text, self.answer_text])
        found = personal_data_in(text, asker)
        if not found:
            return []
        return [
            gettext(
                "Nội dung còn chứa thông tin cá nhân của người hỏi (%(what)s); "
                "hãy lược bỏ trước khi duyệt."
            )
            % {"what": ", ".join(found)}
        ]

    def after_approval(self) -> None:
        """Called by the workflow's finish action once step 3 has published this record."""
        from portal.questions import actions

        actions.publication_approved(self)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def personal_data_in(text: str, asker: Question) -> list[str]:
    """Which of the asker's contact details appear in `text` (accent- and case-insensitive)."""
    found: list[str] = []
    folded = f" {search_key(text)} "
    name = search_key(asker.name)
    if name and len(name.split()) >= 2 and f" {name} " in folded:
        found.append(gettext("họ tên"))
    if asker.email and asker.email.lower() in text.lower():
        found.append(gettext("thư điện tử"))
    phone = _digits(asker.phone)
    if len(phone) >= 8 and (phone in _digits(text) or phone[-9:] in _digits(text)):
        found.append(gettext("số điện thoại"))
    address = search_key(asker.address)
    if len(address) >= 12 and address in folded:
        found.append(gettext("địa chỉ"))
    return found


def redact(text: str, asker: Question) -> str:
    """Replace the asker's exact name, e-mail and phone number in `text` by “[đã ẩn]”."""
    hidden = gettext("[đã ẩn]")
    for value in (asker.email, asker.name, asker.address):
        if value and len(value) >= 4:
            text = re.sub(re.escape(value), hidden, text, flags=re.IGNORECASE)
    phone = _digits(asker.phone)
    if len(phone) >= 8:
        pattern = r"[\s.\-]?".join(re.escape(d) for d in phone[-9:])
        text = re.sub(rf"(\+?84|0)?[\s.\-]?{pattern}", hidden, text)
    return text
