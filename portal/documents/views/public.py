"""Public pages of the document database: list with filters, detail, print view."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from portal.documents.filters import DocumentFilterForm, public_documents
from portal.documents.models import DocumentRelation

PAGE_SIZE = 20


def document_list(request: HttpRequest) -> HttpResponse:
    form = DocumentFilterForm(request.GET or None)
    documents = public_documents()
    if form.is_bound and form.is_valid():
        documents = form.apply(documents)
    elif not form.is_bound:
        documents = documents.order_by("-ngay_ban_hanh", "-pk")
    else:
        documents = documents.none()
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    context = {"form": form, "documents": page, "query": query.urlencode()}
    return render(request, "documents/document_list.html", context)


def document_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    document = get_object_or_404(public_documents(), pk=pk)
    if slug != document.slug:
        return redirect(document.get_absolute_url(), permanent=True)
    outgoing = document.relations.filter(target__live=True).select_related("target")
    incoming = DocumentRelation.objects.filter(target=document, source__live=True).select_related(
        "source"
    )
    context = {
        "document": document,
        "outgoing": outgoing,
        "incoming": incoming,
        "attachments": document.attachments.select_related("file"),
    }
    template = (
        "documents/document_print.html"
        if request.GET.get("in") == "1"
        else ("documents/document_detail.html")
    )
    return render(request, template, context)
