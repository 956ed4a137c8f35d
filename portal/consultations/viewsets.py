"""The consultations' snippet screens, limited to a unit's own consultations for its staff."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.snippets.views.snippets import (
    DeleteView,
    IndexView,
    SnippetViewSet,
)

from portal.consultations import access
from portal.consultations.models import Consultation
from portal.core.unit_owned import ScopedObjectViews, in_review_by
from portal.core.workflow_guard import GuardedWorkflowViews


class ConsultationIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[Consultation]:
        allowed = access.manageable_consultations(self.request.user).values("pk")
        return super().get_base_queryset().filter(pk__in=allowed)

    def get_list_more_buttons(self, instance: Consultation) -> list[Any]:
        buttons = super().get_list_more_buttons(instance)
        if not self.request.user.has_perm(access.MODERATE):
            return buttons
        for priority, (label, name, icon) in enumerate(
            [
                (_("Kiểm duyệt góp ý"), "queue", "comment"),
                (_("Xuất góp ý (Excel)"), "export_xlsx", "download"),
                (_("Xuất bảng tổng hợp (Word)"), "export_docx", "download"),
            ],
            start=30,
        ):
            url = reverse(f"consultations_admin:{name}", args=[instance.pk])
            buttons.append(MenuItem(label, url=url, icon_name=icon, priority=priority))
        return buttons


class ConsultationDeleteView(DeleteView):
    def form_valid(self, form: Any) -> HttpResponse:
        if self.object.comments.exists():
            messages.error(
                self.request,
                _(
                    "Không xóa được: đợt lấy ý kiến này đã nhận góp ý của tổ chức, cá nhân, "
                    "cần được lưu giữ để tổng hợp, giải trình."
                ),
            )
            return redirect(reverse(self.edit_url_name, args=[self.object.pk]))
        return super().form_valid(form)


class ConsultationViewSet(ScopedObjectViews, GuardedWorkflowViews, SnippetViewSet):
    model = Consultation
    icon = "comment"
    menu_label = _("Lấy ý kiến dự thảo")
    menu_order = 206
    add_to_admin_menu = True
    list_display = ["title", "drafting_unit", "opens_at", "closes_at", "phase_label", "live"]
    list_filter = ["drafting_unit", "live"]
    index_view_class = ConsultationIndexView
    delete_view_class = ConsultationDeleteView

    def may_open(self, user: Any, obj: Any) -> bool:
        """A drafting unit's staff open only their unit's consultations; the board all."""
        return access.can_edit(user, obj) or in_review_by(obj, user)
