"""Back-office views: the consultations a user moderates, the moderation queue of one
consultation, approve / reject, and the exports. Every view that shows commenters'
personal data writes a "portal.consultation_personal_data.view" log entry."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from portal.consultations import access, actions, exports
from portal.consultations.forms import RejectForm
from portal.consultations.models import Consultation, ConsultationComment

Status = ConsultationComment.Status
QUEUE_PAGE_SIZE = 50
ALL = "tat-ca"
FILTERS = [
    (Status.PENDING.value, Status.PENDING.label),
    (Status.APPROVED.value, Status.APPROVED.label),
    (Status.REJECTED.value, Status.REJECTED.label),
    (ALL, gettext_lazy("Tất cả")),
]


def overview(request: HttpRequest) -> HttpResponse:
    access.require_moderator(request)
    consultations = (
        access.manageable_consultations(request.user)
        .select_related("drafting_unit")
        .with_comment_counts()
        .order_by("-opens_at", "-pk")
    )
    return render(request, "consultations/admin/overview.html", {"consultations": consultations})


def queue(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.get_moderated_consultation(request, pk)
    chosen = request.GET.get("tinh-trang", Status.PENDING)
    if chosen not in {value for value, _label in FILTERS}:
        chosen = Status.PENDING
    comments = consultation.comments.select_related("article", "moderated_by")
    if chosen != ALL:
        comments = comments.filter(status=chosen)
    page = Paginator(comments.order_by("submitted_at", "pk"), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("trang")
    )
    shown = list(page.object_list)
    counts = _counts(consultation)
    if shown:
        actions.record_personal_data_view(consultation, request.user, shown, "moderation_queue")
    context = {
        "consultation": consultation,
        "page": page,
        "comments": shown,
        "filters": [(value, label, counts[value]) for value, label in FILTERS],
        "chosen": chosen,
    }
    return render(request, "consultations/admin/queue.html", context)


@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    comment = access.get_moderated_comment(request, pk)
    try:
        actions.approve_comment(comment, by=request.user)
    except actions.InvalidTransition:
        messages.error(request, _("Góp ý %(code)s đã được công khai.") % {"code": comment.code})
    else:
        messages.success(request, _("Đã công khai góp ý %(code)s.") % {"code": comment.code})
    return _back_to_queue(request, comment)


def reject(request: HttpRequest, pk: int) -> HttpResponse:
    comment = access.get_moderated_comment(request, pk)
    form = RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.reject_comment(comment, by=request.user, reason=form.cleaned_data["reason"])
        except actions.InvalidTransition:
            messages.error(
                request,
                _("Góp ý %(code)s đã ở tình trạng không công khai.") % {"code": comment.code},
            )
        else:
            messages.success(
                request,
                _("Đã để góp ý %(code)s ở chế độ không công khai.") % {"code": comment.code},
            )
        return _back_to_queue(request, comment)
    context = {"comment": comment, "consultation": comment.consultation, "form": form}
    return render(request, "consultations/admin/reject.html", context)


def export_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.get_moderated_consultation(request, pk)
    actions.record_personal_data_view(
        consultation, request.user, list(consultation.comments.all()), "export_xlsx"
    )
    return _download(exports.xlsx(consultation), exports.XLSX_TYPE, f"gop-y-{consultation.pk}.xlsx")


def export_docx(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.get_moderated_consultation(request, pk)
    shown = list(consultation.comments.exclude(status=Status.REJECTED))
    actions.record_personal_data_view(consultation, request.user, shown, "export_docx")
    return _download(exports.docx(consultation), exports.DOCX_TYPE, f"gop-y-{consultation.pk}.docx")


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _counts(consultation: Consultation) -> dict[str, int]:
    rows = consultation.comments.values("status").annotate(n=Count("pk")).order_by()
    counts = {value: 0 for value, _label in FILTERS}
    for row in rows:
        counts[row["status"]] = row["n"]
    counts[ALL] = sum(row["n"] for row in rows)
    return counts


def _back_to_queue(request: HttpRequest, comment: ConsultationComment) -> HttpResponse:
    url = reverse("consultations_admin:queue", args=[comment.consultation_id])
    chosen = request.POST.get("tinh-trang", "")
    known = {value for value, _label in FILTERS}
    return redirect(f"{url}?tinh-trang={chosen}" if chosen in known else url)
