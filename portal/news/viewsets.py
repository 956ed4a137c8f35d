"""Back-office screen: who writes in each category and which deputy edits it."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from portal.core import roles
from portal.news import actions
from portal.news.models import CategoryAssignment, CategoryPage


class AssignmentForm(WagtailAdminModelForm):
    class Meta:
        model = CategoryAssignment
        fields = ["category", "deputies", "members"]
        widgets = {
            "deputies": forms.CheckboxSelectMultiple,
            "members": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = CategoryPage.objects.order_by("path")
        self.fields["deputies"].queryset = roles.holders(roles.EDIT_STEP).order_by(
            "last_name", "first_name"
        )
        self.fields["members"].queryset = roles.holders(roles.WRITE_STEP).order_by(
            "last_name", "first_name"
        )


class AssignmentCreateView(CreateView):
    def save_instance(self) -> CategoryAssignment:
        instance = super().save_instance()
        actions.apply_assignment(instance)
        return instance


class AssignmentEditView(EditView):
    def save_instance(self) -> CategoryAssignment:
        instance = super().save_instance()
        actions.apply_assignment(instance)
        return instance


class AssignmentDeleteView(DeleteView):
    def delete_action(self) -> None:
        actions.remove_assignment(self.object)


class CategoryAssignmentViewSet(ModelViewSet):
    model = CategoryAssignment
    form_fields = ["category", "deputies", "members"]
    icon = "tasks"
    menu_label = _("Phân công chuyên mục")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["category", "updated_at"]
    add_view_class = AssignmentCreateView
    edit_view_class = AssignmentEditView
    delete_view_class = AssignmentDeleteView

    def get_form_class(self, for_update: bool = False) -> type[forms.ModelForm]:
        return AssignmentForm
