"""TOTP two-factor authentication for staff: enrol a device, verify a code, and the one-time
enrolment codes administrators issue.

A password alone enrols a device only for a new account's first enrolment, within
TWO_FACTOR_FIRST_ENROLMENT_DAYS of its creation, or for someone who has just passed their
existing second factor. Anyone else (a lost phone, a removed device, an old account turning
2FA on) needs a one-time code from an administrator, so a stolen password never brings the
second factor with it. Every enrolment and every code issued is logged.
"""

from __future__ import annotations

import base64
from datetime import timedelta
from io import BytesIO
from typing import Any

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from portal.core import access
from portal.core.middleware import two_factor_required
from portal.core.models import EnrolmentCode, User

CODE_SESSION_KEY = "two_factor_enrolment_code"
ENROLLED = "portal.two_factor.enrol"
CODE_ISSUED = "portal.two_factor.code_issued"


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=gettext_lazy("Mã xác thực 6 chữ số"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": gettext_lazy("Mã xác thực gồm đúng 6 chữ số.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class EnrolmentCodeForm(forms.Form):
    enrolment_code = forms.CharField(
        label=gettext_lazy("Mã thiết lập do quản trị viên cấp"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


def _safe_next(request: HttpRequest) -> str:
    target = request.GET.get("next") or request.POST.get("next") or "/quan-tri/"
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/quan-tri/"


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode("utf-8")


def may_enrol_with_password(user: Any) -> bool:
    """A first enrolment in the account's first days, or someone who just passed 2FA."""
    if user.is_verified():
        return True
    if user.two_factor_enrolled_at or any(devices_for_user(user, confirmed=True)):
        return False
    window = timedelta(days=settings.TWO_FACTOR_FIRST_ENROLMENT_DAYS)
    return timezone.now() - user.date_joined <= window


def _code_in_session(request: HttpRequest) -> EnrolmentCode | None:
    pk = request.session.get(CODE_SESSION_KEY)
    return EnrolmentCode.objects.usable().filter(pk=pk, user=request.user).first() if pk else None


@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Enrol a device: show its QR code and confirm it with a code from the app."""
    code = _code_in_session(request)
    if not may_enrol_with_password(request.user) and code is None:
        return _ask_for_code(request)
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=request.user, name="TOTP", confirmed=False)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            _confirm(request, device, code)
            messages.success(request, _("Đã bật xác thực hai bước cho tài khoản của bạn."))
            return redirect("/quan-tri/")
        form.add_error("token", _("Mã xác thực không đúng hoặc đã hết hạn. Hãy thử mã mới."))
    context = {
        "form": form,
        "qr_svg": _qr_svg(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode("ascii"),
        "required": two_factor_required(request),
        "replacing": code is not None,
    }
    return render(request, "core/two_factor_setup.html", context)


@transaction.atomic
def _confirm(request: HttpRequest, device: TOTPDevice, code: EnrolmentCode | None) -> None:
    user = User.objects.get(pk=request.user.pk)  # the real record (request.user is lazy)
    if code is not None:  # a lost or removed device: the new one replaces every other
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        code.used_at = timezone.now()
        code.save(update_fields=["used_at"])
        request.session.pop(CODE_SESSION_KEY, None)
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    if user.two_factor_enrolled_at is None:
        user.two_factor_enrolled_at = timezone.now()
        user.save(update_fields=["two_factor_enrolled_at"])
    log(instance=user, action=ENROLLED, user=user, data={"with_code": code is not None})
    otp_login(request, device)


def _ask_for_code(request: HttpRequest) -> HttpResponse:
    form = EnrolmentCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = EnrolmentCode.find(request.user, form.cleaned_data["enrolment_code"])
        if code is not None:
            request.session[CODE_SESSION_KEY] = code.pk
            return redirect("two_factor_setup")
        form.add_error("enrolment_code", _("Mã thiết lập không đúng, đã dùng hoặc đã hết hạn."))
    context = {"form": form, "required": two_factor_required(request)}
    return render(request, "core/two_factor_code.html", context)


@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Ask for the current code of one of the user's confirmed devices."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["token"].strip()
        for device in devices_for_user(request.user, confirmed=True):
            if device.verify_token(token):
                otp_login(request, device)
                return redirect(_safe_next(request))
        form.add_error("token", _("Mã xác thực không đúng hoặc đã hết hạn."))
    return render(
        request, "core/two_factor_verify.html", {"form": form, "next": _safe_next(request)}
    )


def issue_code(request: HttpRequest, user_id: int) -> HttpResponse:
    """An administrator gives a staff member a one-time code to enrol a new device."""
    account = get_object_or_404(User, pk=user_id)
    if (
        not request.user.has_perm("core.change_user")
        or account.pk == request.user.pk
        or not access.may_manage_account(request.user, account)
    ):
        raise PermissionDenied
    context: dict[str, Any] = {"account": account}
    if request.method == "POST":
        _record, code = EnrolmentCode.issue(account, by=request.user)
        log(instance=account, action=CODE_ISSUED, user=request.user)
        context["code"] = code
    return render(request, "core/two_factor_issue.html", context)
