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
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.snippets.views.snippets import DeleteView, EditView, IndexView

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


class UnitOwnedEditView(EditView):
    editable: Editable

    def get_object(self, queryset: Any = None) -> Model:
        obj = super().get_object(queryset)
        user = self.request.user
        if not (self.editable(user).filter(pk=obj.pk).exists() or in_review_by(obj, user)):
            raise PermissionDenied
        return obj


class UnitOwnedDeleteView(DeleteView):
    editable: Editable

    def get_object(self, queryset: Any = None) -> Model:
        obj = super().get_object(queryset)
        if not self.editable(self.request.user).filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


def unit_owned_views(editable: Editable) -> tuple[type, type, type]:
    """The index, edit and delete view classes of a viewset, bound to its `editable` rule:
    `index_view_class, edit_view_class, delete_view_class = unit_owned_views(rule)`."""
    rule = staticmethod(editable)
    return (
        type("IndexView", (UnitOwnedIndexView,), {"editable": rule}),
        type("EditView", (UnitOwnedEditView,), {"editable": rule}),
        type("DeleteView", (UnitOwnedDeleteView,), {"editable": rule}),
    )
