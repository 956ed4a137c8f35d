"""Who may see which dossier.

Applicants: by code plus secret, then remembered in their session. The applicant's phone or
e-mail never opens a dossier (codes are sequential, and a phone number is no secret): it only
lets a new secret be sent to the e-mail on file. Guessing is limited per client and per code.
Staff: the dossiers received by their own unit, with the `process_dossier` permission.
Anyone else gets 404, which reveals nothing.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from portal.dossiers.models import Dossier
from portal.text import fold

SESSION_KEY = "dossiers_unlocked"


def find_for_applicant(code: str, secret: str) -> Dossier | None:
    """The dossier whose code and secret match, else None."""
    dossier = Dossier.objects.filter(code__iexact=code.strip()).first()
    if dossier is None or not dossier.check_secret(secret):
        return None
    return dossier


def find_by_contact(code: str, contact: str) -> Dossier | None:
    """The dossier whose code and applicant's phone or e-mail match (to resend a secret)."""
    dossier = Dossier.objects.filter(code__iexact=code.strip()).first()
    if dossier is None or not contact.strip():
        return None
    digits = "".join(c for c in contact if c.isdigit())
    if digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if "@" not in contact and digits and digits == dossier.phone:
        return dossier
    if dossier.email and fold(contact.strip()) == fold(dossier.email):
        return dossier
    return None


def unlock(request: HttpRequest, dossier: Dossier) -> None:
    unlocked = set(request.session.get(SESSION_KEY, []))
    unlocked.add(dossier.pk)
    request.session[SESSION_KEY] = sorted(unlocked)


def get_unlocked_dossier(request: HttpRequest, code: str) -> Dossier:
    """A dossier this browser has proven it may see (404 for anyone else)."""
    dossier = Dossier.objects.filter(code=code).select_related("procedure", "unit").first()
    if dossier is None or dossier.pk not in request.session.get(SESSION_KEY, []):
        raise Http404
    return dossier


PERMISSION = "dossiers.process_dossier"


def require_processor(user: Any) -> None:
    """403 for staff without the right to process dossiers."""
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def get_dossier(request: HttpRequest, pk: int) -> Dossier:
    """The dossier if it belongs to the user's unit (404 otherwise); 403 without the right."""
    require_processor(request.user)
    return get_unit_dossier(request.user, pk)


def may_process(user: Any) -> bool:
    return bool(
        user.is_authenticated and user.has_perm("dossiers.process_dossier") and user.unit_id
    )


def unit_dossiers(user: Any) -> Any:
    if user.is_superuser:
        return Dossier.objects.all()
    if not may_process(user):
        return Dossier.objects.none()
    return Dossier.objects.for_unit(user.unit_id)


def get_unit_dossier(user: Any, pk: int) -> Dossier:
    dossier = unit_dossiers(user).filter(pk=pk).select_related("procedure", "unit").first()
    if dossier is None:
        raise Http404
    return dossier
