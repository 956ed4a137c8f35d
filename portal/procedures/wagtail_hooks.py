"""Back office: units maintain their own procedures; administrators configure service levels."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.unit_owned import UnitOwnedViews, unit_owned_index
from portal.core.workflow_guard import GuardedWorkflowViews
from portal.procedures.access import editable_procedures
from portal.procedures.models import Procedure, ServiceLevel


class ProcedureViewSet(UnitOwnedViews, GuardedWorkflowViews, SnippetViewSet):
    model = Procedure
    icon = "form"
    menu_label = _("Thủ tục hành chính")
    menu_order = 206
    add_to_admin_menu = True
    list_display = ["ten", "linh_vuc", "unit", "service_level", "live"]
    list_filter = ["linh_vuc", "unit", "service_level", "live"]
    search_fields = ["ten", "ma_thu_tuc"]
    editable = staticmethod(editable_procedures)
    index_view_class = unit_owned_index(editable_procedures)


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
