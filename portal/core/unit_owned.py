"""Records a unit maintains (procedures, legal documents…): the same rule everywhere.

A unit's staff list and edit only their own unit's records and can only file new ones under
their own unit; the board and the administrators see them all; whoever must act on a record
in the editorial workflow may open it while it waits for them. Each viewset states which
records a user may edit (`editable`), the rest is here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.snippets.views.snippets import IndexView

from portal.core import access
from portal.core.nfc import NFCFormMixin

Editable = Callable[[Any], QuerySet[Any]]


class UnitOwnedForm(NFCFormMixin, WagtailAdminModelForm):
    """The owning unit: any unit for those who work for all, else only the user's own."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("unit")
        if field is None:
            return
        # A plain list: the snippet chooser would offer every unit, whoever asks.
        field.widget = forms.Select()
        user = self.for_user
        if user is None or access.works_for_every_unit(user):
            field.queryset = field.queryset.all()
            return
        field.queryset = access.acting_units(user)
        field.required = True
        field.empty_label = None
        if not self.instance.pk:
            self.initial.setdefault("unit", user.unit_id)


def in_review_by(obj: Any, user: Any) -> bool:
    task = obj.current_workflow_task
    return bool(task and task.specific.user_can_act(obj, user))


class UnitOwnedIndexView(IndexView):
    editable: Editable

    def get_base_queryset(self) -> QuerySet[Any]:
        queryset = super().get_base_queryset()
        if access.works_for_every_unit(self.request.user):
            return queryset
        return queryset.filter(pk__in=self.editable(self.request.user).values("pk"))


class ScopedObjectViews:
    """Mix into a viewset: every screen showing one object (edit, delete, history, copy,
    inspect, revisions, workflow history, usage…) opens only the objects `may_open` allows;
    anyone else is refused before Wagtail's own view runs."""

    model: type[Model]

    def may_open(self, user: Any, obj: Any) -> bool:
        raise NotImplementedError  # each viewset states its rule

    def get_urlpatterns(self) -> list[Any]:
        patterns = super().get_urlpatterns()  # type: ignore[misc]
        for pattern in patterns:
            if "pk" in pattern.pattern.regex.groupindex:
                pattern.callback = self._scoped(pattern.callback)
        return patterns

    def _scoped(self, view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        def scoped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            obj = self.model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            if obj is not None and not self.may_open(request.user, obj):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return scoped


class UnitOwnedViews(ScopedObjectViews):
    """Mix into the SnippetViewSet of records a unit maintains; `editable(user)` gives the
    records the user may change. Those who work for every unit open any record; a unit's
    staff their own unit's, and any record waiting for them in the editorial workflow."""

    editable: Editable

    def may_open(self, user: Any, obj: Any) -> bool:
        if access.works_for_every_unit(user) or in_review_by(obj, user):
            return True
        return type(self).editable(user).filter(pk=obj.pk).exists()


def unit_owned_index(editable: Editable, base: type[IndexView] = IndexView) -> type[IndexView]:
    """The listing of a viewset of unit-owned records, bound to its `editable` rule."""
    return type("IndexView", (UnitOwnedIndexView, base), {"editable": staticmethod(editable)})
