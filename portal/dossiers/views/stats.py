"""The public statistics page of online dossiers (TT 32/2017 Điều 11.3): no personal data."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from portal.dossiers import stats
from portal.dossiers.models import Rating


def statistics(request: HttpRequest) -> HttpResponse:
    context = {
        "stats": stats.compute(),
        "today": timezone.localdate(),
        "rating_labels": Rating.labels,
    }
    return render(request, "dossiers/stats.html", context)
