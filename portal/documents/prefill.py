"""Back office: upload a file, let the parser pre-fill the form, the clerk corrects it."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.documents.importing import build_record, store_file
from portal.documents.models import DocumentAttachment, LegalDocument
from portal.documents.parsing import DocumentReadError, parse_metadata, read_document

SESSION_KEY = "documents_prefill"
MAX_UPLOAD = 20 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp văn bản (.pdf, .docx, .txt)"),
        help_text=gettext_lazy("Tối đa 20 MB. Hệ thống đọc văn bản và điền sẵn các trường."),
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in {".pdf", ".docx", ".txt"}:
            raise forms.ValidationError(_("Chỉ nhận tệp .pdf, .docx hoặc .txt."))
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("Tệp lớn hơn 20 MB."))
        return upload


def upload_view(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("documents.add_legaldocument"):
        raise PermissionDenied
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / Path(upload.name).name
            with path.open("wb") as handle:
                for chunk in upload.chunks():
                    handle.write(chunk)
            try:
                read = read_document(path)
            except DocumentReadError as error:
                form.add_error("file", str(error))
                return render(request, "documents/admin/upload.html", {"form": form})
            meta = parse_metadata(read.text)
            stored = store_file(path, meta.get("so_ky_hieu") or path.stem, request.user)
        request.session[SESSION_KEY] = {"meta": meta, "file_id": stored.pk, "text": read.text}
        for warning in read.warnings + meta.get("warnings", []):
            messages.warning(request, warning)
        messages.info(request, _("Đã điền sẵn từ tệp. Hãy kiểm tra, sửa rồi lưu hoặc gửi duyệt."))
        return redirect(reverse("wagtailsnippets_documents_legaldocument:add"))
    return render(request, "documents/admin/upload.html", {"form": form})


def pop_draft(request: HttpRequest) -> LegalDocument | None:
    """The record pre-filled by the last upload, once."""
    data = request.session.pop(SESSION_KEY, None) if request.method == "GET" else None
    if not data:
        return None
    from wagtail.documents import get_document_model

    record = build_record(data["meta"], full_text=data.get("text", ""))
    stored = get_document_model().objects.filter(pk=data["file_id"]).first()
    if stored is not None:
        record.attachments = [DocumentAttachment(file=stored, title=stored.title)]
    return record
