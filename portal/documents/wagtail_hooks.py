"""Back-office screens for documents: the records (with the workflow), types, subject areas."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from portal.core.unit_owned import UnitOwnedViews, unit_owned_index
from portal.core.workflow_guard import GuardedWorkflowViews
from portal.documents import prefill
from portal.documents.access import editable_documents
from portal.documents.models import DocumentType, Field, LegalDocument


class LegalDocumentCreateView(CreateView):
    """The add form, pre-filled from an uploaded file when the clerk came from "Nhập từ tệp"."""

    def get_initial_form_instance(self) -> LegalDocument | None:
        draft = prefill.pop_draft(self.request)
        return draft or super().get_initial_form_instance()


class LegalDocumentIndexView(unit_owned_index(editable_documents)):  # type: ignore[misc]
    @cached_property
    def header_buttons(self) -> list[Any]:
        buttons = super().header_buttons
        if self.request.user.has_perm("documents.add_legaldocument"):
            url = reverse("wagtailsnippets_documents_legaldocument:upload")
            buttons.append(HeaderButton(_("Nhập từ tệp"), url=url, icon_name="upload"))
        return buttons


class LegalDocumentViewSet(UnitOwnedViews, GuardedWorkflowViews, SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = _("Văn bản")
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["so_ky_hieu", "trich_yeu", "loai", "ngay_ban_hanh", "validity", "live"]
    list_filter = ["loai", "linh_vuc", "validity", "live"]
    search_fields = ["so_ky_hieu", "trich_yeu"]
    add_view_class = LegalDocumentCreateView
    index_view_class = LegalDocumentIndexView
    editable = staticmethod(editable_documents)

    def get_urlpatterns(self) -> list[Any]:
        return super().get_urlpatterns() + [
            path("nhap-tu-tep/", prefill.upload_view, name="upload"),
        ]

    def get_add_url(self) -> str:
        return reverse(self.get_url_name("add"))


class DocumentTypeViewSet(ModelViewSet):
    model = DocumentType
    form_fields = ["name", "abbreviation", "group", "sort_order"]
    icon = "list-ul"
    menu_label = _("Loại văn bản")
    add_to_settings_menu = True
    list_display = ["name", "abbreviation", "group"]
    list_filter = ["group"]


class FieldViewSet(ModelViewSet):
    model = Field
    form_fields = ["name"]
    icon = "tag"
    menu_label = _("Lĩnh vực")
    add_to_settings_menu = True


register_snippet(LegalDocumentViewSet)


@hooks.register("register_admin_viewset")
def register_document_types() -> DocumentTypeViewSet:
    return DocumentTypeViewSet("document_type", url_prefix="loai-van-ban")


@hooks.register("register_admin_viewset")
def register_fields() -> FieldViewSet:
    return FieldViewSet("document_field", url_prefix="linh-vuc")
