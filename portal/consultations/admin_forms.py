"""The back-office form of a consultation: units see only their own unit, and a pasted
draft text is split into its articles (Điều) on save."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.consultations.draft_text import SplitDraft, split_articles
from portal.core.nfc import NFCFormMixin


class ConsultationAdminForm(NFCFormMixin, WagtailAdminModelForm):
    source_text = forms.CharField(
        label=_("Dán toàn văn dự thảo để tách thành các Điều"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Hệ thống tách theo các dòng bắt đầu bằng “Điều N.”, nhận biết các Chương. "
            "Kết quả thay cho phần mở đầu và các Điều bên dưới. Để trống nếu không dùng."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.split: SplitDraft | None = None
        unit_field = self.fields.get("drafting_unit")
        if unit_field is not None and self.for_user is not None:
            from portal.consultations import access

            units = access.unit_choices(self.for_user, current=self.instance)
            unit_field.queryset = units
            if not self.instance.pk and len(units) == 1:
                unit_field.initial = units[0].pk

    def clean_source_text(self) -> str:
        text = self.cleaned_data.get("source_text") or ""
        if not text.strip():
            return ""
        split = split_articles(text)
        if not split.articles:
            raise ValidationError(
                _("Không tìm thấy dòng nào bắt đầu bằng “Điều 1.”, “Điều 2.”… trong văn bản.")
            )
        self.split = split
        return text

    def save(self, commit: bool = True) -> Any:
        instance = super().save(commit=False)
        if self.split is not None:
            from portal.consultations.models import DraftArticle

            instance.preamble = self.split.preamble
            instance.articles = [
                DraftArticle(
                    number=article.label,
                    title=article.title[:500],
                    text=article.text,
                    chapter=article.chapter[:255],
                    sort_order=index,
                )
                for index, article in enumerate(self.split.articles)
            ]
        if commit:
            instance.save()
            self._save_m2m()
        return instance
