"""Who may see or change what, for staff screens of the core app."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db.models import QuerySet

from portal.core import roles
from portal.core.models import Delegation, Unit


def is_portal_admin(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(roles.ADMINISTER))


def works_for_every_unit(user: Any) -> bool:
    """Administrators and the editorial board work on every unit's records."""
    return bool(user.is_authenticated and user.has_perm(roles.EVERY_UNIT))


def works_for_own_unit(user: Any) -> bool:
    """A unit's staff: an account attached to a unit, with the unit staff's right."""
    return bool(user.is_authenticated and user.unit_id and user.has_perm(roles.OWN_UNIT))


def acting_units(user: Any) -> QuerySet[Unit]:
    """The units under which `user` may file records."""
    if works_for_every_unit(user):
        return Unit.objects.active()
    return Unit.objects.filter(pk=user.unit_id, is_active=True)


def unit_records(user: Any, records: QuerySet[Any], permission: str) -> QuerySet[Any]:
    """The `records` (with a `unit` field) that `user` may change: every one for those who
    work for all units, their own unit's for a unit's staff with `permission`, else none."""
    if not user.is_authenticated or not user.has_perm(permission):
        return records.none()
    if works_for_every_unit(user):
        return records
    if user.unit_id:
        return records.filter(unit_id=user.unit_id)
    return records.none()


def editable_units(user: Any) -> QuerySet[Unit]:
    """Administrators edit every unit; a unit's updater or head edits only their own unit."""
    if is_portal_admin(user):
        return Unit.objects.all()
    if user.unit_id and user.has_perm("core.change_unit"):
        return Unit.objects.filter(pk=user.unit_id)
    return Unit.objects.none()


def visible_delegations(user: Any) -> QuerySet[Delegation]:
    """Administrators see every delegation; others see those they gave or received."""
    qs = Delegation.objects.select_related("delegator", "delegate")
    if is_portal_admin(user):
        return qs
    return qs.filter(delegator=user) | qs.filter(delegate=user)


# -- staff accounts ------------------------------------------------------------------------


def grantable_groups(user: Any) -> QuerySet[Group]:
    """The roles `user` may give to an account.

    Superusers give any role; the office's administrators give every role but their own
    (the administrators' role, like superuser status, is given only by a superuser); anyone
    else who manages accounts gives only roles they hold themselves, never the administrators'.
    """
    if user.is_superuser:
        return Group.objects.all()
    if is_portal_admin(user):
        return Group.objects.exclude(name=roles.ADMIN)
    return user.groups.exclude(name=roles.ADMIN)


def is_protected_account(account: Any) -> bool:
    """Superusers and administrators: only a superuser may change or act on their accounts."""
    return bool(account.is_superuser or account.has_perm(roles.ADMINISTER))


def may_manage_account(user: Any, account: Any) -> bool:
    if user.is_superuser:
        return True
    return not is_protected_account(account) or account.pk == user.pk
