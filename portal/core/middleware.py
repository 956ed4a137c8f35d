"""Security headers (CSP) and the two-factor step for the back office."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.shortcuts import redirect
from django.urls import reverse

from portal.core.models import PortalSettings

ADMIN_PREFIX = "/quan-tri/"
DOCUMENT_PREFIX = "/tai-lieu/"
_OPEN_ADMIN_PATHS = ("login/", "logout/", "password_reset/", "jsi18n/")
# The two-factor steps themselves (not the administrators' code screen under the same prefix).
_TWO_FACTOR_PATHS = {"xac-thuc-hai-buoc/", "xac-thuc-hai-buoc/thiet-lap/"}


class SecurityHeadersMiddleware:
    """Content-Security-Policy and Permissions-Policy on every response.

    The public site's policy forbids inline scripts; the back office's allows them because
    Wagtail's admin templates still contain some.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = (
            settings.ADMIN_CONTENT_SECURITY_POLICY
            if request.path.startswith(ADMIN_PREFIX)
            else settings.CONTENT_SECURITY_POLICY
        )
        if request.path.startswith(DOCUMENT_PREFIX):
            # Files are shown in the PDF viewer of our own document pages, never elsewhere.
            policy = policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'")
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        if policy:
            response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response


class RejectNullBytesMiddleware:
    """A NUL character in a path or a query string is never valid input (PostgreSQL cannot
    even compare text with it): answer 404 / 400 before any view queries with it. The JSON
    API answers its own parameter errors, as its schema describes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if "\x00" in request.path:
            return HttpResponseNotFound("Không tìm thấy trang.", content_type=PLAIN)
        if any("\x00" in key or "\x00" in value for key, value in request.GET.items()):
            return HttpResponseBadRequest("Yêu cầu không hợp lệ.", content_type=PLAIN)
        return self.get_response(request)


PLAIN = "text/plain; charset=utf-8"
API_PREFIX = "/api/"


def two_factor_required(request: HttpRequest) -> bool:
    if settings.STAFF_2FA_REQUIRED:
        return True
    return bool(PortalSettings.for_request(request).require_staff_2fa)


class StaffTwoFactorMiddleware:
    """Send a logged-in staff member to the TOTP step before any other back-office page.

    Someone who has set up a TOTP device always passes the step; when an administrator
    makes two-factor authentication mandatory, someone without a device must set one up.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        path = request.path
        if (
            user is not None
            and user.is_authenticated
            and path.startswith(ADMIN_PREFIX)
            and not path[len(ADMIN_PREFIX) :].startswith(_OPEN_ADMIN_PATHS)
            and path[len(ADMIN_PREFIX) :] not in _TWO_FACTOR_PATHS
            and not user.is_verified()
        ):
            from django_otp import devices_for_user

            if any(True for _ in devices_for_user(user, confirmed=True)):
                return redirect(f"{reverse('two_factor_verify')}?next={path}")
            if two_factor_required(request):
                return redirect(reverse("two_factor_setup"))
        return self.get_response(request)
