"""Citizens' side of online public services: submit, review, receipt, tracking."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.dossiers import access, actions, receipts, submission
from portal.dossiers.forms import (
    ApplicantForm,
    PapersForm,
    RatingForm,
    SupplementForm,
    TrackForm,
    procedure_fields_form,
)
from portal.dossiers.models import Dossier, DossierFile, SatisfactionRating, Status, field_values
from portal.lib import ratelimit
from portal.procedures.models import Procedure


def _online_procedure(pk: int) -> Procedure:
    procedure = get_object_or_404(Procedure.objects.public().select_related("unit"), pk=pk)
    if not procedure.accepts_online or procedure.unit is None:
        raise Http404
    return procedure


def index(request: HttpRequest) -> HttpResponse:
    procedures = Procedure.objects.public().filter(
        truc_tuyen=True, service_level__accepts_online=True, unit__isnull=False
    )
    context = {"procedures": procedures.order_by("ten"), "form": TrackForm()}
    return render(request, "dossiers/index.html", context)


def _forms(request: HttpRequest, procedure: Procedure, data: dict[str, Any] | None) -> Any:
    draft = submission.draft(request, procedure)
    kept = {int(pk) for pk in draft["files"]}
    fields_class = procedure_fields_form(procedure)
    post = data if data is not None else (draft["post"] or None)
    return (
        draft,
        ApplicantForm(post, prefix="nguoi_nop"),
        fields_class(post, prefix="thong_tin"),
        PapersForm(
            data,
            request.FILES if data is not None else None,
            papers=list(procedure.papers.all()),
            kept=kept,
            prefix="giay_to",
        ),
    )


def submit(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1: fill in. Valid uploads are kept even when another field has an error."""
    procedure = _online_procedure(pk)
    post = request.POST.dict() if request.method == "POST" else None
    draft, applicant, fields, papers = _forms(request, procedure, post)
    if request.method == "POST":
        papers.is_valid()
        submission.keep_uploads(draft, papers.uploads())
        draft["post"] = {k: v for k, v in post.items() if k != "csrfmiddlewaretoken"}
        submission.save_draft(request, procedure, draft)
        if applicant.is_valid() and fields.is_valid() and not papers.errors:
            return redirect("dossiers:review", pk=procedure.pk)
        if draft["files"]:
            messages.info(request, _("Các tệp đã tải lên hợp lệ được giữ lại; không cần chọn lại."))
    context = {
        "procedure": procedure,
        "applicant": applicant,
        "fields": fields,
        "papers": papers,
        "kept": draft["files"],
    }
    return render(request, "dossiers/submit.html", context)


def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 2: check everything; submitting creates the dossier, its files and its code."""
    procedure = _online_procedure(pk)
    draft, applicant, fields, _papers = _forms(request, procedure, None)
    if not draft["post"] or not (applicant.is_valid() and fields.is_valid()):
        return redirect("dossiers:submit", pk=procedure.pk)
    missing = [
        p for p in procedure.papers.all() if p.upload_required and str(p.pk) not in draft["files"]
    ]
    if missing:
        return redirect("dossiers:submit", pk=procedure.pk)
    if request.method == "POST":
        if not ratelimit.allow(f"dossier-submit:{ratelimit.client_ip(request)}", 20, 3600):
            return render(request, "dossiers/too_many.html", status=429)
        data = {k: v for k, v in applicant.cleaned_data.items() if k not in {"consent", "website"}}
        dossier, secret = submission.create_dossier(
            procedure, data, _json_ready(fields.cleaned_data), draft["files"]
        )
        submission.clear_draft(request, procedure)
        access.unlock(request, dossier)
        request.session["dossier_secret"] = {dossier.code: secret}
        return redirect("dossiers:receipt", code=dossier.code)
    context = {
        "procedure": procedure,
        "applicant": applicant,
        "fields": fields,
        "files": draft["files"],
        "papers": {str(p.pk): p for p in procedure.papers.all()},
    }
    return render(request, "dossiers/review.html", context)


def _json_ready(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def receipt(request: HttpRequest, code: str) -> HttpResponse:
    """Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả, printable; `?pdf=1` for the PDF."""
    dossier = access.get_unlocked_dossier(request, code)
    if request.GET.get("pdf") == "1":
        return receipts.pdf_response(dossier)
    secret = request.session.get("dossier_secret", {}).get(dossier.code)
    context = {
        "dossier": dossier,
        "secret": secret,
        "fields": field_values(dossier),
        "files": dossier.files.filter(kind=DossierFile.Kind.APPLICATION),
    }
    return render(request, "dossiers/receipt.html", context)


def track(request: HttpRequest) -> HttpResponse:
    form = TrackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not ratelimit.allow(f"dossier-track:{ratelimit.client_ip(request)}", 10, 600):
            return render(request, "dossiers/too_many.html", status=429)
        dossier = access.find_for_applicant(form.cleaned_data["code"], form.cleaned_data["secret"])
        if dossier is not None:
            access.unlock(request, dossier)
            return redirect("dossiers:status", code=dossier.code)
        form.add_error(None, _("Không tìm thấy hồ sơ với mã và thông tin xác minh này."))
    return render(request, "dossiers/track.html", {"form": form})


def status(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    context = {
        "dossier": dossier,
        "events": dossier.events.filter(internal=False),
        "results": dossier.files.filter(kind=DossierFile.Kind.RESULT),
        "supplement_form": SupplementForm() if dossier.status == Status.SUPPLEMENT else None,
        "rating_form": _rating_form(dossier),
    }
    return render(request, "dossiers/status.html", context)


def _rating_form(dossier: Dossier) -> RatingForm | None:
    finished = dossier.status in {Status.DONE, Status.RETURNED}
    rated = SatisfactionRating.objects.filter(dossier=dossier).exists()
    return RatingForm() if finished and not rated else None


@require_POST
def supplement(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    form = SupplementForm(request.POST, request.FILES)
    if not form.is_valid():
        events = dossier.events.filter(internal=False)
        context = {"dossier": dossier, "events": events, "supplement_form": form}
        return render(request, "dossiers/status.html", context, status=400)
    actions.add_supplement(dossier, [(None, form.cleaned_data["file"])], form.cleaned_data["note"])
    messages.success(request, _("Đã gửi giấy tờ bổ sung. Thời hạn giải quyết được tính tiếp."))
    return redirect("dossiers:status", code=code)


@require_POST
def withdraw(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    actions.withdraw(dossier, request.POST.get("reason", "").strip()[:500])
    messages.success(request, _("Đã rút hồ sơ."))
    return redirect("dossiers:status", code=code)


@require_POST
def rate(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    form = RatingForm(request.POST)
    if _rating_form(dossier) is None or not form.is_valid():
        messages.error(request, _("Chưa thể đánh giá hồ sơ này, hoặc thiếu tiêu chí."))
        return redirect("dossiers:status", code=code)
    SatisfactionRating.objects.create(dossier=dossier, **form.cleaned_data)
    messages.success(request, _("Cảm ơn anh/chị đã đánh giá."))
    return redirect("dossiers:status", code=code)


def download(request: HttpRequest, code: str, file_id: int) -> FileResponse:
    """The applicant's own files and the result, never anyone else's."""
    dossier = access.get_unlocked_dossier(request, code)
    stored = get_object_or_404(DossierFile, pk=file_id, dossier=dossier)
    return FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name)
