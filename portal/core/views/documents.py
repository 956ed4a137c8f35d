"""Serving the public files of Wagtail documents (`/tai-lieu/…`) with correct headers.

Wagtail's view sends a literal `Content-Encoding: None` when the type guess has no encoding,
and an empty ETag for a document whose hash was never computed (documents created in code
rather than through the upload form). This wrapper computes a missing hash once, so the
conditional-GET tag is real, and drops the bogus header.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtail_serve


def serve(request: HttpRequest, document_id: str, document_filename: str) -> HttpResponse:
    if not (document_id.isascii() and document_id.isdigit() and len(document_id) <= 18):
        raise Http404
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None and not document.file_hash:
        document.get_file_hash()  # computes and saves it
    response = wagtail_serve.serve(request, document_id, document_filename)
    if response.get("Content-Encoding") in {"None", ""}:
        del response["Content-Encoding"]
    return response
