"""Public procedure catalogue: list with filters and search, printable detail."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models.functions import Collate
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from portal.procedures.filters import ProcedureFilterForm, public_procedures

PAGE_SIZE = 20


def procedure_list(request: HttpRequest) -> HttpResponse:
    form = ProcedureFilterForm(request.GET or None)
    procedures = public_procedures()
    if form.is_bound:
        procedures = form.apply(procedures) if form.is_valid() else procedures.none()
    ordered = procedures.order_by(Collate("ten", "vi"))  # Vietnamese alphabetical order
    page = Paginator(ordered, PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    context = {"form": form, "procedures": page, "query": query.urlencode()}
    return render(request, "procedures/procedure_list.html", context)


def procedure_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    procedure = get_object_or_404(public_procedures(), pk=pk)
    if slug != procedure.slug:
        return redirect(procedure.get_absolute_url(), permanent=True)
    context = {
        "procedure": procedure,
        "steps": procedure.steps.all(),
        "papers": procedure.papers.select_related("template"),
        "legal_documents": procedure.legal_documents.filter(live=True),
    }
    template = (
        "procedures/procedure_print.html"
        if request.GET.get("in") == "1"
        else ("procedures/procedure_detail.html")
    )
    return render(request, template, context)
