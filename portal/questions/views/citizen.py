"""What a citizen does without an account: ask, send feedback, track, ask for deletion.

The confirmation page is the POST response itself (marked `no-store`), so the secret never
travels in a URL nor sits in a session. The form's one-time challenge names it: the same form
sent again (a reload after a cut-off answer) finds the item it created and shows it with a
fresh secret, instead of storing a second one.
"""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.core import antispam
from portal.lib.ratelimit import Limit, client_ip
from portal.questions import access, actions
from portal.questions.forms.public import CONSENT_TEXT, EraseForm, SubmissionForm, TrackForm
from portal.questions.models import Kind, Question, Status
from portal.questions.views.kinds import kind_context

SUBMIT_PER_CLIENT = Limit("questions.submit.client", 10, 3600)
SUBMIT_PER_CONTACT = Limit("questions.submit.contact", 5, 24 * 3600)
TRACK_PER_CLIENT = Limit("questions.track.client", 30, 3600)
TRACK_PER_CODE = Limit("questions.track.code", 10, 3600)
ERASE_SALT = "portal.questions.erase"
ERASE_MAX_AGE = 30 * 60


def _submission_refused(request: HttpRequest, data: dict[str, Any]) -> str | None:
    ip_ok = SUBMIT_PER_CLIENT.allow(client_ip(request))
    contacts = [v for v in (data.get("email", "").lower(), data.get("phone", "")) if v]
    # Count every contact given (no short-circuit), then decide.
    counted = [SUBMIT_PER_CONTACT.allow(contact) for contact in contacts]
    contact_ok = all(counted)
    if ip_ok and contact_ok:
        return None
    return _(
        "Bạn đã gửi quá nhiều câu hỏi, phản ánh trong thời gian ngắn. Nội dung đã nhập vẫn "
        "được giữ dưới đây; vui lòng gửi lại sau ít phút."
    )


def _form_page(
    request: HttpRequest, form: SubmissionForm, kind: str, status: int = 200
) -> HttpResponse:
    context = {
        **kind_context(kind),
        "form": form,
        "file_dropped": bool(request.FILES.get("attachment")) and form.is_bound,
    }
    return render(request, "questions/ask.html", context, status=status)


def ask(request: HttpRequest, kind: str = Kind.QUESTION) -> HttpResponse:
    if request.method != "POST":
        return _form_page(request, SubmissionForm(kind=kind), kind)
    key = antispam.nonce(request.POST.get("challenge_token", ""))
    if key and Question.objects.filter(submission_key=key).exists():
        # The same form again (a reload after a cut-off answer): show what it stored.
        if not SUBMIT_PER_CLIENT.allow(client_ip(request)):
            return _form_page(request, SubmissionForm(kind=kind), kind, status=429)
        earlier = actions.received_before(key)
        if earlier is not None:
            return _submitted_page(request, earlier[0].kind, *earlier)
    form = SubmissionForm(request.POST, request.FILES, kind=kind)
    if not form.is_valid():
        return _form_page(request, form, kind, status=400 if form.honeypot_tripped else 200)
    refusal = _submission_refused(request, form.cleaned_data)
    if refusal:
        form.add_error(None, refusal)
        return _form_page(request, form, kind, status=429)
    question, secret = actions.receive(kind, form.cleaned_data, str(CONSENT_TEXT), key)
    return _submitted_page(request, kind, question, secret)


def _submitted_page(
    request: HttpRequest, kind: str, question: Question, secret: str
) -> HttpResponse:
    context = {**kind_context(kind), "question": question, "secret": secret}
    response = render(request, "questions/submitted.html", context)
    response["Cache-Control"] = "no-store"
    return response


def _result_page(
    request: HttpRequest, question: Question, erase_form: EraseForm | None = None
) -> HttpResponse:
    token = signing.dumps({"id": question.pk}, salt=ERASE_SALT)
    publication = getattr(question, "publication", None)
    if question.status == Status.MERGED and question.duplicate_of_id:
        publication = getattr(question.duplicate_of, "publication", None)
    context = {
        "question": question,
        "events": question.events.filter(is_public=True),
        "publication": publication if publication is not None and publication.live else None,
        "erase_form": erase_form or EraseForm(initial={"token": token}),
    }
    response = render(request, "questions/track_result.html", context)
    response["Cache-Control"] = "no-store"
    return response


def track(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        form = TrackForm(initial={"code": request.GET.get("ma", "")[:30]})
        return render(request, "questions/track.html", {"form": form})
    form = TrackForm(request.POST)
    if not form.is_valid():
        return render(request, "questions/track.html", {"form": form})
    code = form.cleaned_data["code"]
    if not (TRACK_PER_CLIENT.allow(client_ip(request)) and TRACK_PER_CODE.allow(code)):
        form.add_error(None, _("Bạn đã tra cứu quá nhiều lần; vui lòng thử lại sau một giờ."))
        return render(request, "questions/track.html", {"form": form}, status=429)
    question = access.get_tracked_question(code, form.cleaned_data["secret"])
    if question is None:
        form.add_error(None, _("Mã tra cứu hoặc mật khẩu tra cứu không đúng."))
        return render(request, "questions/track.html", {"form": form}, status=404)
    return _result_page(request, question)


@require_POST
def erase(request: HttpRequest) -> HttpResponse:
    form = EraseForm(request.POST)
    try:
        payload = signing.loads(
            request.POST.get("token", ""), salt=ERASE_SALT, max_age=ERASE_MAX_AGE
        )
        question = Question.objects.get(pk=int(payload["id"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError, Question.DoesNotExist):
        message = _("Phiên xác nhận đã hết hạn. Vui lòng tra cứu lại rồi gửi yêu cầu xóa.")
        context = {"form": TrackForm(), "error": message}
        return render(request, "questions/track.html", context, status=400)
    if not form.is_valid():
        return _result_page(request, question, erase_form=form)
    actions.request_erasure(question)
    return render(request, "questions/erased.html", {"question": question})
