"""Staff views of the core app that the generic viewsets do not provide."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from portal.core import access, actions


def revoke_delegation(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke an active delegation: its delegator or an administrator may."""
    delegation = get_object_or_404(access.visible_delegations(request.user), pk=pk)
    if not (access.is_portal_admin(request.user) or delegation.delegator_id == request.user.pk):
        raise PermissionDenied
    if request.method == "POST":
        actions.revoke_delegation(delegation, by=request.user)
        messages.success(request, _("Đã thu hồi ủy quyền."))
        return redirect("delegation:index")
    return render(request, "core/delegation_revoke.html", {"delegation": delegation})
