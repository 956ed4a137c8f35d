"""Back-office registrations: the consultation snippet, the moderation screens, the audit
log actions and the moderation permission in the group editor."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from portal.consultations import access, actions, admin_urls
from portal.consultations.viewsets import ConsultationViewSet

register_snippet(ConsultationViewSet)


class ModerationMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(access.MODERATE))


@hooks.register("register_admin_urls")
def moderation_urls() -> list[Any]:
    return [path("gop-y-du-thao/", include(admin_urls, namespace="consultations_admin"))]


@hooks.register("register_admin_menu_item")
def moderation_menu_item() -> MenuItem:
    return ModerationMenuItem(
        _("Kiểm duyệt góp ý dự thảo"),
        reverse("consultations_admin:overview"),
        icon_name="comment",
        order=207,
    )


@hooks.register("register_permissions")
def moderation_permission() -> QuerySet[Permission]:
    return Permission.objects.filter(
        content_type__app_label="consultations", codename="moderate_consultationcomment"
    )


@hooks.register("register_log_actions")
def register_log_actions(registry: Any) -> None:
    @registry.register_action(actions.REJECT)
    class CommentRejected(LogFormatter):
        label = _("Không công khai góp ý")

        def format_message(self, log_entry: Any) -> str:
            reason = (log_entry.data or {}).get("reason", "")
            return _("Không công khai góp ý. Lý do: %(reason)s") % {"reason": reason}

    registry.register_action(actions.SUBMIT, _("Nhận góp ý"), _("Nhận góp ý dự thảo"))
    registry.register_action(actions.APPROVE, _("Công khai góp ý"), _("Công khai góp ý"))
    registry.register_action(
        actions.CLOSE, _("Kết thúc lấy ý kiến"), _("Kết thúc lấy ý kiến, đã báo đơn vị soạn thảo")
    )
