"""Citizens' side of online public services: submit, review, receipt, tracking."""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from portal.dossiers import access, actions, receipts, submission
from portal.dossiers.forms import (
    ApplicantForm,
    PapersForm,
    RatingForm,
    ResendSecretForm,
    SupplementForm,
    TrackForm,
    procedure_fields_form,
)
from portal.dossiers.models import Dossier, DossierFile, SatisfactionRating, Status, field_values
from portal.lib import ratelimit
from portal.lib.ratelimit import Limit
from portal.procedures.models import Procedure

logger = logging.getLogger(__name__)


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
    typed = data if data is not None else (draft["post"] or None)
    post = _form_data(typed) if typed is not None else None
    return (
        draft,
        ApplicantForm(post, prefix="nguoi_nop"),
        fields_class(post, prefix="thong_tin"),
        PapersForm(
            post if data is not None else None,
            request.FILES if data is not None else None,
            papers=list(procedure.papers.all()),
            kept=kept,
            prefix="giay_to",
        ),
    )


def _typed(posted: QueryDict) -> dict[str, list[str]]:
    """What the applicant typed, as the draft keeps it: every value of each field (a
    checkboxes field sends one per box), without the CSRF token."""
    return {key: posted.getlist(key) for key in posted if key != "csrfmiddlewaretoken"}


def _form_data(typed: dict[str, Any]) -> MultiValueDict[str, Any]:
    """The forms' data from a draft (drafts saved before lists were kept hold strings)."""
    return MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in typed.items()})


UPLOADS_PER_CLIENT = Limit("dossiers.upload.client", 60, 3600)
UPLOADS_PER_SESSION = Limit("dossiers.upload.session", 30, 3600)
SUBMIT_PER_CLIENT = Limit("dossiers.submit.client", 20, 3600)


def _uploads_allowed(request: HttpRequest) -> bool:
    """Step-1 files are stored before the dossier exists: limit them per client and session."""
    count = len(request.FILES)
    if not count:
        return True
    if not request.session.session_key:
        request.session.save()
    client_ok = UPLOADS_PER_CLIENT.allow(ratelimit.client_ip(request), cost=count)
    session_ok = UPLOADS_PER_SESSION.allow(str(request.session.session_key), cost=count)
    return client_ok and session_ok


def submit(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1: fill in. Valid uploads are kept even when another field has an error."""
    procedure = _online_procedure(pk)
    post = _typed(request.POST) if request.method == "POST" else None
    draft, applicant, fields, papers = _forms(request, procedure, post)
    status = 200
    if request.method == "POST":
        papers.is_valid()
        if _uploads_allowed(request):
            submission.keep_uploads(draft, papers.uploads())
        else:
            status = 429
            papers.add_error(None, _TOO_MANY_UPLOADS)
        draft["post"] = post
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
    return render(request, "dossiers/submit.html", context, status=status)


_TOO_MANY_UPLOADS = _l(
    "Anh/chị đã tải lên quá nhiều tệp trong thời gian ngắn nên các tệp vừa chọn chưa được "
    "nhận. Thông tin đã nhập vẫn được giữ; xin đợi ít phút rồi chọn lại tệp."
)


def review(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 2: check everything; submitting creates the dossier, its files and its code."""
    procedure = _online_procedure(pk)
    draft, applicant, fields, _papers = _forms(request, procedure, None)
    if not draft["post"] and (code := submission.submitted_from_here(request, procedure)):
        messages.info(request, _("Hồ sơ đã được nộp; đây là giấy tiếp nhận của hồ sơ."))
        return redirect("dossiers:receipt", code=code)
    if not draft["post"] or not (applicant.is_valid() and fields.is_valid()):
        return redirect("dossiers:submit", pk=procedure.pk)
    if submission.drop_missing_files(draft):
        submission.save_draft(request, procedure, draft)
        messages.warning(request, _("Một số tệp đã tải lên quá lâu và đã bị xóa; xin chọn lại."))
        return redirect("dossiers:submit", pk=procedure.pk)
    missing = [
        p for p in procedure.papers.all() if p.upload_required and str(p.pk) not in draft["files"]
    ]
    if missing:
        return redirect("dossiers:submit", pk=procedure.pk)
    if request.method == "POST":
        if not SUBMIT_PER_CLIENT.allow(ratelimit.client_ip(request)):
            return render(request, "dossiers/too_many.html", status=429)
        data = {k: v for k, v in applicant.cleaned_data.items() if k not in {"consent", "website"}}
        try:
            dossier, secret = _create_retrying(
                procedure, data, _json_ready(fields.cleaned_data), draft["files"], draft["id"]
            )
        except DatabaseError:
            logger.exception("Dossier for procedure %s not stored; the draft is kept", pk)
            context = {"review_url": reverse("dossiers:review", args=[procedure.pk])}
            return render(request, "dossiers/submit_failed.html", context, status=503)
        submission.forget_draft(request, procedure, dossier)
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


def _create_retrying(procedure: Procedure, *args: Any) -> tuple[Dossier, str]:
    """Create the dossier; after a lost database connection, try once more on a new one."""
    try:
        return submission.create_dossier(procedure, *args)
    except (OperationalError, InterfaceError):
        logger.warning("Database connection lost at the final submit; retrying once")
        connection.close()
        return submission.create_dossier(procedure, *args)


def _json_ready(data: dict[str, Any]) -> dict[str, Any]:
    """The procedure's own fields for a JSON column: dates in ISO form, numbers (a "number"
    field gives a Decimal) as the text of their exact value."""
    return {k: _json_value(v) for k, v in data.items()}


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


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


TRACK_PER_CLIENT = Limit("dossiers.track.client", 10, 600)
FAILED_TRIES_PER_CODE = Limit("dossiers.track.failed", 5, 3600)
RESEND_PER_CLIENT = Limit("dossiers.resend.client", 5, 3600)
RESEND_PER_CODE = Limit("dossiers.resend.code", 3, 24 * 3600)


def track(request: HttpRequest) -> HttpResponse:
    """Code and secret open a dossier. Wrong secrets are counted per client and per code: a
    code tried too often is closed to tracking for an hour, whoever tries it."""
    form = TrackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not TRACK_PER_CLIENT.allow(ratelimit.client_ip(request)):
            return render(request, "dossiers/too_many.html", status=429)
        code = form.cleaned_data["code"]
        subject = code.strip().upper()
        if FAILED_TRIES_PER_CODE.exhausted(subject):
            form.add_error(None, _LOCKED_CODE)
            return render(request, "dossiers/track.html", {"form": form}, status=429)
        dossier = access.find_for_applicant(code, form.cleaned_data["secret"])
        if dossier is not None:
            access.unlock(request, dossier)
            return redirect("dossiers:status", code=dossier.code)
        FAILED_TRIES_PER_CODE.allow(subject)
        form.add_error(None, _("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này."))
    return render(request, "dossiers/track.html", {"form": form})


_LOCKED_CODE = _l(
    "Mã hồ sơ này đã bị nhập sai mã tra cứu nhiều lần nên tạm khóa tra cứu trong một giờ. "
    "Nếu anh/chị quên mã tra cứu, hãy dùng chức năng “Gửi lại mã tra cứu”."
)


def resend_secret(request: HttpRequest) -> HttpResponse:
    """A new secret, sent only to the e-mail given when submitting. The answer is the same
    whether or not the code and contact match, so it reveals nothing about anyone's dossier."""
    form = ResendSecretForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if not (
            RESEND_PER_CLIENT.allow(ratelimit.client_ip(request))
            and RESEND_PER_CODE.allow(code.strip().upper())
        ):
            return render(request, "dossiers/too_many.html", status=429)
        dossier = access.find_by_contact(code, form.cleaned_data["contact"])
        if dossier is not None and dossier.email:
            actions.reissue_secret(dossier)
            FAILED_TRIES_PER_CODE.reset(code.strip().upper())
        return render(request, "dossiers/resend_secret.html", {"sent": True})
    return render(request, "dossiers/resend_secret.html", {"form": form})


def status(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    return _status_page(request, dossier)


def _status_page(
    request: HttpRequest, dossier: Dossier, http_status: int = 200, **forms: Any
) -> HttpResponse:
    context = {
        "dossier": dossier,
        "events": dossier.events.filter(internal=False),
        "results": dossier.files.filter(kind=DossierFile.Kind.RESULT),
        "supplement_form": SupplementForm() if dossier.status == Status.SUPPLEMENT else None,
        "rating_form": _rating_form(dossier),
        **forms,
    }
    return render(request, "dossiers/status.html", context, status=http_status)


def _rating_form(dossier: Dossier) -> RatingForm | None:
    finished = dossier.status in {Status.DONE, Status.RETURNED}
    rated = SatisfactionRating.objects.filter(dossier=dossier).exists()
    return RatingForm() if finished and not rated else None


def _refused(request: HttpRequest, dossier: Dossier, message: str) -> HttpResponse:
    """An action the dossier's current status does not allow: say why, store nothing."""
    messages.error(request, message)
    dossier.refresh_from_db()  # an officer may have changed it meanwhile
    return _status_page(request, dossier, 409)


@require_POST
def supplement(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    if dossier.status != Status.SUPPLEMENT:
        return _refused(request, dossier, str(_NOT_AWAITING_SUPPLEMENT))
    form = SupplementForm(request.POST, request.FILES)
    if not form.is_valid():
        return _status_page(request, dossier, 400, supplement_form=form)
    try:
        actions.add_supplement(
            dossier, [(None, form.cleaned_data["file"])], form.cleaned_data["note"]
        )
    except actions.InvalidTransition as refusal:
        return _refused(request, dossier, str(refusal))
    messages.success(request, _("Đã gửi giấy tờ bổ sung. Thời hạn giải quyết được tính tiếp."))
    return redirect("dossiers:status", code=code)


_NOT_AWAITING_SUPPLEMENT = _l(
    "Hồ sơ không ở trạng thái “Yêu cầu bổ sung” nên chưa nhận giấy tờ bổ sung. "
    "Nếu cần, xin liên hệ cơ quan tiếp nhận hồ sơ."
)


@require_POST
def withdraw(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    reason = request.POST.get("reason", "").replace("\x00", "").strip()[:500]
    try:
        actions.withdraw(dossier, reason)
    except actions.InvalidTransition as refusal:
        return _refused(request, dossier, str(refusal))
    messages.success(request, _("Đã rút hồ sơ."))
    return redirect("dossiers:status", code=code)


@require_POST
def rate(request: HttpRequest, code: str) -> HttpResponse:
    dossier = access.get_unlocked_dossier(request, code)
    form = RatingForm(request.POST)
    if not form.is_valid():  # shown again with what was chosen and typed
        return _status_page(request, dossier, 400, rating_form=form)
    try:
        actions.rate(dossier, form.cleaned_data)
    except (actions.InvalidTransition, actions.AlreadyRated) as refusal:
        messages.error(request, str(refusal))
        return redirect("dossiers:status", code=code)
    messages.success(request, _("Cảm ơn anh/chị đã đánh giá."))
    return redirect("dossiers:status", code=code)


def download(request: HttpRequest, code: str, file_id: int) -> FileResponse:
    """The applicant's own files and the result, never anyone else's."""
    dossier = access.get_unlocked_dossier(request, code)
    stored = get_object_or_404(DossierFile, pk=file_id, dossier=dossier)
    return FileResponse(stored.file.open("rb"), as_attachment=True, filename=stored.original_name)
