"""Back office: units maintain their own procedures; administrators configure service levels."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet

from portal.core import access as core_access
from portal.core.workflow_guard import GuardedWorkflowViews
from portal.procedures.access import editable_procedures
from portal.procedures.models import Procedure, ServiceLevel


class ProcedureIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[Procedure]:
        queryset = super().get_base_queryset()
        user = self.request.user
        if core_access.is_portal_admin(user) or not user.has_perm("procedures.change_procedure"):
            return queryset
        return queryset.filter(pk__in=editable_procedures(user).values("pk"))


class ProcedureEditView(EditView):
    def get_object(self, queryset: Any = None) -> Procedure:
        procedure = super().get_object(queryset)
        user = self.request.user
        may_edit = editable_procedures(user).filter(pk=procedure.pk).exists()
        in_review = procedure.current_workflow_task and (
            procedure.current_workflow_task.specific.user_can_act(procedure, user)
        )
        if not (may_edit or in_review):
            raise PermissionDenied
        return procedure


class ProcedureViewSet(GuardedWorkflowViews, SnippetViewSet):
    model = Procedure
    icon = "form"
    menu_label = _("Thủ tục hành chính")
    menu_order = 206
    add_to_admin_menu = True
    list_display = ["ten", "linh_vuc", "unit", "service_level", "live"]
    list_filter = ["linh_vuc", "unit", "service_level", "live"]
    search_fields = ["ten", "ma_thu_tuc"]
    index_view_class = ProcedureIndexView
    edit_view_class = ProcedureEditView


class ServiceLevelViewSet(ModelViewSet):
    model = ServiceLevel
    form_fields = ["label", "accepts_online", "sort_order"]
    icon = "list-ol"
    menu_label = _("Mức độ dịch vụ công")
    add_to_settings_menu = True
    list_display = ["label", "accepts_online", "sort_order"]


register_snippet(ProcedureViewSet)


@hooks.register("register_admin_viewset")
def register_service_levels() -> ServiceLevelViewSet:
    return ServiceLevelViewSet("service_level", url_prefix="muc-do-dich-vu")
