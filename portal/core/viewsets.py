"""Back-office screens of the core app: units, delegations, staff accounts."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from portal.core import access
from portal.core.models import Delegation, Unit
from portal.core.nfc import NFCFormMixin
from portal.core.unit_owned import ScopedObjectViews

# -- units -----------------------------------------------------------------------------


class UnitIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[Unit]:
        if access.is_portal_admin(self.request.user):
            return super().get_base_queryset()
        return super().get_base_queryset().filter(pk__in=access.editable_units(self.request.user))


class UnitEditView(EditView):
    def get_object(self, queryset: Any = None) -> Unit:
        unit = super().get_object(queryset)
        if not access.editable_units(self.request.user).filter(pk=unit.pk).exists():
            raise PermissionDenied
        return unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = _("Đơn vị")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "head_name", "email", "phone"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    index_view_class = UnitIndexView
    edit_view_class = UnitEditView


# -- delegations -----------------------------------------------------------------------


class DelegationForm(NFCFormMixin, WagtailAdminModelForm):
    class Meta:
        model = Delegation
        fields = ["delegator", "delegate", "step", "starts_at", "ends_at", "reason"]

    def __init__(self, *args: Any, for_user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not access.is_portal_admin(for_user):
            # Only administrators record delegations on someone else's behalf.
            self.fields["delegator"].queryset = self.fields["delegator"].queryset.filter(
                pk=for_user.pk
            )
            self.fields["delegator"].initial = for_user.pk


class DelegationIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance: Delegation) -> list[Any]:
        buttons = super().get_list_more_buttons(instance)
        user = self.request.user
        if instance.is_active and (
            access.is_portal_admin(user) or instance.delegator_id == user.pk
        ):
            url = reverse("delegation:revoke", args=[instance.pk])
            buttons.append(MenuItem(_("Thu hồi"), url=url, icon_name="cross", priority=25))
        return buttons


class DelegationViewSet(ScopedObjectViews, ModelViewSet):
    model = Delegation
    form_fields = ["delegator", "delegate", "step", "starts_at", "ends_at", "reason"]
    icon = "user"
    menu_label = _("Ủy quyền")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["delegator", "delegate", "step", "starts_at", "ends_at", "status_label"]
    list_filter = ["step"]
    inspect_view_enabled = True
    index_view_class = DelegationIndexView

    def get_form_class(self, for_update: bool = False) -> type[forms.ModelForm]:
        return DelegationForm

    def get_queryset(self, request: Any) -> QuerySet[Delegation]:
        return access.visible_delegations(request.user)

    def may_open(self, user: Any, obj: Any) -> bool:
        return access.visible_delegations(user).filter(pk=obj.pk).exists()

    def get_urlpatterns(self) -> list[Any]:
        from django.urls import path

        from portal.core.views import staff

        return super().get_urlpatterns() + [
            path("<int:pk>/thu-hoi/", staff.revoke_delegation, name="revoke"),
        ]
