"""Who may see or do what with consultations and the comments on them.

- The public sees published consultations and approved comments, never contact data.
- A drafting unit's staff (Cán bộ cập nhật, Thủ trưởng đơn vị) manage and moderate only
  their own unit's consultations; the editorial board and the administrators, all of them.
- Staff lookups answer 403 without the right and 404 for another unit's consultation.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from portal.consultations.models import Consultation, ConsultationComment
from portal.core import access as core_access
from portal.core.models import Unit

MODERATE = "consultations.moderate_consultationcomment"


def is_board(user: Any) -> bool:
    """The editorial board and the administrators act on every unit's consultations."""
    return bool(user.is_active and core_access.works_for_every_unit(user))


def is_unit_staff(user: Any) -> bool:
    return bool(user.is_active and core_access.works_for_own_unit(user))


def manageable_consultations(user: Any) -> QuerySet[Consultation]:
    if is_board(user):
        return Consultation.objects.all()
    if is_unit_staff(user):
        return Consultation.objects.filter(drafting_unit_id=user.unit_id)
    return Consultation.objects.none()


def units_for_drafting(user: Any, current: Consultation | None = None) -> list[Unit]:
    """Units a user may name as the drafting unit: their own, or any for the board."""
    if is_board(user):
        units = list(Unit.objects.active())
    elif is_unit_staff(user):
        units = list(Unit.objects.filter(pk=user.unit_id))
    else:
        units = []
    if current is not None and current.drafting_unit_id:
        if all(unit.pk != current.drafting_unit_id for unit in units):
            units.append(current.drafting_unit)
    return units


def unit_choices(user: Any, current: Consultation | None = None) -> QuerySet[Unit]:
    return Unit.objects.filter(pk__in=[u.pk for u in units_for_drafting(user, current)])


# -- public ----------------------------------------------------------------------------


def get_public_consultation(pk: int) -> Consultation:
    return get_object_or_404(Consultation.objects.public().select_related("drafting_unit"), pk=pk)


# -- staff -----------------------------------------------------------------------------


def require_moderator(request: HttpRequest) -> None:
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied


def get_moderated_consultation(request: HttpRequest, pk: int) -> Consultation:
    """A consultation whose comments the user moderates: 403 without the right, else 404."""
    require_moderator(request)
    return get_object_or_404(manageable_consultations(request.user), pk=pk)


def get_moderated_comment(request: HttpRequest, pk: int) -> ConsultationComment:
    require_moderator(request)
    consultations = manageable_consultations(request.user)
    return get_object_or_404(
        ConsultationComment.objects.select_related("consultation", "article"),
        pk=pk,
        consultation__in=consultations,
    )


def can_edit(user: Any, consultation: Consultation) -> bool:
    return manageable_consultations(user).filter(pk=consultation.pk).exists()
