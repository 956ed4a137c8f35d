"""The public archive of published questions and answers (and of answered feedback).

Only `PublishedQuestion` records that passed step 3 of the editorial workflow are shown, and
only their anonymous fields: the asker is not named at all, not even by initials (in a
commune of a few thousand people, initials plus a subject often identify someone).
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from portal.questions.filters import ArchiveFilterForm, public_records
from portal.questions.models import Kind
from portal.questions.views.kinds import kind_context

PAGE_SIZE = 20


def archive(request: HttpRequest, kind: str = Kind.QUESTION) -> HttpResponse:
    form = ArchiveFilterForm(request.GET or None, kind=kind)
    records = public_records(kind)
    if form.is_bound and form.is_valid():
        records = form.apply(records)
    elif form.is_bound:
        records = records.none()
    else:
        records = records.order_by("-answered_on", "-pk")
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    faq = (
        public_records(kind).filter(is_faq=True).order_by("title")[:10] if not form.is_bound else []
    )
    context = {
        **kind_context(kind),
        "form": form,
        "records": page,
        "query": query.urlencode(),
        "faq": faq,
    }
    return render(request, "questions/archive.html", context)


def detail(
    request: HttpRequest, pk: int, slug: str = "", kind: str = Kind.QUESTION
) -> HttpResponse:
    record = get_object_or_404(public_records(kind), pk=pk)
    if slug != record.slug:
        return redirect(record.get_absolute_url(), permanent=True)
    related = (
        public_records(kind)
        .filter(linh_vuc=record.linh_vuc_id)
        .exclude(pk=record.pk)
        .order_by("-answered_on")[:5]
        if record.linh_vuc_id
        else []
    )
    context = {**kind_context(kind), "record": record, "related": related}
    return render(request, "questions/detail.html", context)
