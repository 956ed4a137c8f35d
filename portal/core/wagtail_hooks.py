"""Back-office registrations of the core app."""

from __future__ import annotations

from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from portal.core import privacy, reports_access
from portal.core.accounts import refuse_protected_bulk_actions
from portal.core.models import CalendarOverride
from portal.core.views import two_factor
from portal.core.viewsets import DelegationViewSet, UnitViewSet

register_snippet(UnitViewSet)
hooks.register("before_bulk_action", refuse_protected_bulk_actions)
hooks.register("construct_reports_menu", reports_access.hide_reports_menu)


class CalendarOverrideViewSet(ModelViewSet):
    model = CalendarOverride
    form_fields = ["day", "kind", "reason"]
    icon = "date"
    menu_label = _("Lịch nghỉ, làm bù")
    add_to_settings_menu = True
    list_display = ["day", "kind", "reason"]


@hooks.register("register_admin_viewset")
def register_calendar() -> CalendarOverrideViewSet:
    return CalendarOverrideViewSet("calendar_override", url_prefix="lich-lam-viec")


@hooks.register("register_admin_viewset")
def register_delegations() -> DelegationViewSet:
    return DelegationViewSet("delegation", url_prefix="uy-quyen")


@hooks.register("register_admin_urls")
def two_factor_urls() -> list[Any]:
    return [
        path("xac-thuc-hai-buoc/", two_factor.verify, name="two_factor_verify"),
        path("xac-thuc-hai-buoc/thiet-lap/", two_factor.setup, name="two_factor_setup"),
        path(
            "xac-thuc-hai-buoc/cap-ma/<int:user_id>/",
            two_factor.issue_code,
            name="two_factor_issue_code",
        ),
    ]


@hooks.register("register_user_listing_buttons")
def two_factor_code_button(user: Any, request_user: Any) -> list[Any]:
    if not request_user.has_perm("core.change_user") or user.pk == request_user.pk:
        return []
    from portal.core import access

    if not access.may_manage_account(request_user, user):
        return []
    url = reverse("two_factor_issue_code", args=[user.pk])
    return [Button(_("Cấp mã xác thực hai bước"), url, icon_name="key", priority=50)]


@hooks.register("register_admin_menu_item")
def two_factor_menu_item() -> MenuItem:
    return MenuItem(
        _("Xác thực hai bước"), reverse("two_factor_setup"), icon_name="key", order=10000
    )


@hooks.register("register_log_actions")
def register_log_actions(actions: Any) -> None:
    @actions.register_action("portal.delegation.used")
    class DelegationUsed(LogFormatter):
        label = _("Thực hiện theo ủy quyền")

        def format_message(self, log_entry: Any) -> str:
            data = log_entry.data or {}
            return _(
                "Thực hiện “%(step)s” theo ủy quyền của %(delegator)s (hiệu lực đến %(until)s)"
            ) % {
                "step": data.get("step", ""),
                "delegator": data.get("delegator", ""),
                "until": data.get("until", ""),
            }

    actions.register_action(
        "portal.delegation.revoke", _("Thu hồi ủy quyền"), _("Thu hồi ủy quyền")
    )
    actions.register_action(
        two_factor.ENROLLED, _("Thiết lập xác thực hai bước"), _("Thiết lập xác thực hai bước")
    )
    actions.register_action(
        two_factor.CODE_ISSUED,
        _("Cấp mã thiết lập xác thực hai bước"),
        _("Cấp mã thiết lập xác thực hai bước"),
    )

    @actions.register_action(privacy.PERSONAL_DATA_VIEW)
    class PersonalDataViewed(LogFormatter):
        label = _("Xem dữ liệu cá nhân")

        def format_message(self, log_entry: Any) -> str:
            where = privacy.describe_view(log_entry.data or {})
            return _("Xem dữ liệu cá nhân của công dân: %(where)s") % {"where": where}

    @actions.register_action(privacy.PERSONAL_DATA_ERASE)
    class PersonalDataErased(LogFormatter):
        label = _("Xóa dữ liệu cá nhân")

        def format_message(self, log_entry: Any) -> str:
            data = log_entry.data or {}
            if "comments" in data:
                return _("Xóa họ tên, thông tin liên hệ của %(n)s góp ý") % {"n": data["comments"]}
            return _("Xóa dữ liệu cá nhân của công dân. %(why)s") % {"why": data.get("why", "")}
