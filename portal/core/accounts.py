"""Staff accounts in the back office: unit, position and roles, and who may give which role.

Wagtail's own user screens let anyone with the "change user" right tick "Administrator"
(superuser) and any group. Here an account's roles are limited to what the person editing
may grant (`access.grantable_groups`), superuser status to superusers, and the accounts of
superusers and administrators to superusers (`access.may_manage_account`).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users

from portal.core import access
from portal.core.models import Unit, User
from portal.core.nfc import NFCFormMixin


class StaffFieldsMixin(forms.ModelForm):
    position = forms.CharField(label=_("Chức vụ"), required=False, max_length=120)
    phone = forms.CharField(label=_("Điện thoại"), required=False, max_length=40)
    unit = forms.ModelChoiceField(
        queryset=Unit.objects.filter(is_active=True),
        label=_("Đơn vị công tác"),
        required=False,
        help_text=_("Cán bộ của đơn vị chỉ xem và cập nhật thông tin, hồ sơ của đơn vị mình."),
    )

    def __init__(self, *args: Any, for_user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.for_user = for_user
        if for_user is None or for_user.is_superuser:
            return
        self.fields.pop("is_superuser", None)
        self.fields["groups"].queryset = access.grantable_groups(for_user)

    def _kept_groups(self) -> list[Group]:
        """Roles the account holds that the editor may not grant: never removed by them."""
        if self.for_user is None or self.for_user.is_superuser or self.instance.pk is None:
            return []
        grantable = access.grantable_groups(self.for_user)
        return list(self.instance.groups.exclude(pk__in=grantable))

    def save(self, commit: bool = True) -> Any:
        kept = self._kept_groups()
        user = super().save(commit=commit)
        if commit and kept:
            user.groups.add(*kept)
        return user


class StaffCreationForm(NFCFormMixin, StaffFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"unit", "position", "phone"}


class StaffEditForm(NFCFormMixin, StaffFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"unit", "position", "phone"}


class StaffIndexView(wagtail_users.IndexView):
    def get_base_queryset(self) -> QuerySet[User]:
        return super().get_base_queryset().select_related("unit").prefetch_related("groups")

    @cached_property
    def columns(self) -> list[Any]:
        columns = list(super().columns)
        extra = [
            Column("unit", accessor="unit", label=_("Đơn vị"), width="20%"),
            Column(
                "roles",
                accessor=lambda user: ", ".join(group.name for group in user.groups.all()),
                label=_("Vai trò"),
                width="20%",
            ),
        ]
        return columns[:3] + extra + columns[3:]


class StaffCreateView(wagtail_users.CreateView):
    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class StaffEditView(wagtail_users.EditView):
    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        if not access.may_manage_account(request.user, self.object):
            raise PermissionDenied

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserViewSet(wagtail_users.UserViewSet):
    index_view_class = StaffIndexView
    add_view_class = StaffCreateView
    edit_view_class = StaffEditView
    create_template_name = "core/users/create.html"
    edit_template_name = "core/users/edit.html"

    def get_form_class(self, for_update: bool = False) -> type[forms.ModelForm]:
        return StaffEditForm if for_update else StaffCreationForm


def refuse_protected_bulk_actions(
    request: HttpRequest, action_type: str, objects: list[Any], action: Any
) -> HttpResponse | None:
    """`before_bulk_action` hook: the same rules for bulk actions on accounts."""
    if request.user.is_superuser or not objects or not isinstance(objects[0], User):
        return None
    if any(not access.may_manage_account(request.user, user) for user in objects):
        raise PermissionDenied
    if action_type == "assign_role" and request.method == "POST":
        role = request.POST.get("role", "")
        if not access.grantable_groups(request.user).filter(pk=role).exists():
            raise PermissionDenied
    return None
