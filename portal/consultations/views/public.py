"""Public pages: consultations (open first), a draft with its articles and published
comments, the comment form, the confirmation with a tracking code, and the code lookup.

No view here loads a commenter's e-mail, phone or organisation: published comments are
read with `.only()` on the public fields.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.consultations import access, actions, privacy
from portal.consultations.forms import CommentForm, LookupForm
from portal.consultations.models import Consultation, ConsultationComment
from portal.lib import ratelimit
from portal.lib.ratelimit import Limit

PAGE_SIZE = 10
SESSION_KEY = "consultations_last_code"
COMMENT_PER_CLIENT = Limit("consultations.comment.client", 20, 10 * 60)
LOOKUP_PER_CLIENT = Limit("consultations.lookup.client", 30, 10 * 60)
PUBLIC_FIELDS = ("id", "content", "submitted_at", "show_name", "name", "article", "article_label")
ARTICLE_PK = re.compile(r"[0-9]{1,18}")
KEPT_ON_LIMIT = ("article", "content", "name", "email", "phone", "organisation")


def consultation_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    public = Consultation.objects.public().select_related("drafting_unit").with_comment_counts()
    closed = Paginator(public.closed(now).order_by("-closes_at", "-pk"), PAGE_SIZE)
    context = {
        "open": public.open(now).order_by("closes_at", "pk"),
        "upcoming": public.upcoming(now).order_by("opens_at", "pk"),
        "closed": closed.get_page(request.GET.get("trang")),
    }
    return render(request, "consultations/consultation_list.html", context)


def consultation_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    consultation = access.get_public_consultation(pk)
    if slug != consultation.slug:
        return redirect(consultation.get_absolute_url(), permanent=True)
    form = None
    if consultation.is_open:
        form = CommentForm(initial=_chosen_article(request), consultation=consultation)
    return _render_detail(request, consultation, form)


@require_POST
def submit_comment(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.get_public_consultation(pk)
    if not consultation.is_open:
        return _refuse_closed(request, consultation)
    if not COMMENT_PER_CLIENT.allow(ratelimit.client_ip(request)):
        kept = {name: request.POST.get(name, "") for name in KEPT_ON_LIMIT}
        kept["show_name"] = bool(request.POST.get("show_name"))
        form = CommentForm(initial=kept, consultation=consultation)
        return _render_detail(request, consultation, form, status=429, rate_limited=True)
    form = CommentForm(request.POST, consultation=consultation)
    if not form.is_valid():
        return _render_detail(request, consultation, form)
    data = form.cleaned_data
    consent = privacy.consent_record(
        consultation,
        str(form.fields["consent"].label),
        str(form.fields["show_name"].label) if data["show_name"] else None,
    )
    try:
        comment = actions.submit_comment(
            consultation,
            article=data["article"],
            name=data["name"],
            email=data["email"],
            phone=data["phone"],
            organisation=data["organisation"],
            show_name=data["show_name"],
            content=data["content"],
            consent_text=consent,
        )
    except actions.ConsultationNotOpen:
        return _refuse_closed(request, consultation)
    request.session[SESSION_KEY] = comment.code
    return redirect("consultations:sent", pk=consultation.pk)


def comment_sent(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.get_public_consultation(pk)
    code = request.session.get(SESSION_KEY)
    comment = (
        ConsultationComment.objects.filter(code=code, consultation=consultation)
        .only("code", "submitted_at", "article_label", "consultation")
        .first()
        if code
        else None
    )
    if comment is None:
        return redirect(consultation)
    context = {"consultation": consultation, "comment": comment}
    return render(request, "consultations/comment_sent.html", context)


def lookup(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.GET or None)
    context: dict[str, Any] = {"form": form, "searched": False}
    if form.is_bound and form.is_valid():
        if not LOOKUP_PER_CLIENT.allow(ratelimit.client_ip(request)):
            context["rate_limited"] = True
            return render(request, "consultations/lookup.html", context, status=429)
        context["searched"] = True
        context["comment"] = (
            ConsultationComment.objects.filter(code=form.cleaned_data["ma"])
            .filter(consultation__live=True)
            .select_related("consultation")
            .only(
                "code",
                "status",
                "submitted_at",
                "article_label",
                "rejection_reason",
                "consultation",
                "consultation__title",
                "consultation__id",
            )
            .first()
        )
    return render(request, "consultations/lookup.html", context)


# -- helpers ---------------------------------------------------------------------------


def _chosen_article(request: HttpRequest) -> dict[str, int]:
    """`?dieu=<article pk>` (the "Góp ý về Điều …" links) preselects that article.

    Only plain ASCII digits, short enough for a database key: `str.isdigit()` also accepts
    "²" or "①", which `int()` refuses, and `int()` refuses more than 4,300 digits.
    """
    chosen = request.GET.get("dieu", "")
    return {"article": int(chosen)} if ARTICLE_PK.fullmatch(chosen) else {}


def _render_detail(
    request: HttpRequest,
    consultation: Consultation,
    form: CommentForm | None,
    status: int = 200,
    **extra: Any,
) -> HttpResponse:
    articles = list(consultation.articles.all())
    published = list(
        consultation.comments.published().only(*PUBLIC_FIELDS).order_by("submitted_at", "pk")
    )
    by_article: dict[int, list[ConsultationComment]] = {article.pk: [] for article in articles}
    general = []
    for comment in published:
        if comment.article_id in by_article:
            by_article[comment.article_id].append(comment)
        else:
            general.append(comment)
    context = {
        "consultation": consultation,
        "phase": consultation.current_phase,
        "article_rows": [(article, by_article[article.pk]) for article in articles],
        "article_level": 4 if any(article.chapter for article in articles) else 3,
        "general_comments": general,
        "published_count": len(published),
        "received_count": consultation.comments.count(),
        "files": consultation.files.select_related("document"),
        "final_document": _public_final_document(consultation),
        "form": form,
        "notice": privacy.processing_notice(consultation) if form is not None else "",
        **extra,
    }
    return render(request, "consultations/consultation_detail.html", context, status=status)


def _public_final_document(consultation: Consultation) -> Any:
    document = consultation.final_document
    return document if document is not None and document.live else None


def _refuse_closed(request: HttpRequest, consultation: Consultation) -> HttpResponse:
    """After the end date nothing is accepted; the typed text is shown back, not lost."""
    typed = request.POST.get("content", "")
    return _render_detail(
        request, consultation, None, status=410, refused=True, refused_content=typed
    )
