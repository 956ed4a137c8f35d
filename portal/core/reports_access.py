"""Who sees Wagtail's own reports (site history, workflows, aging and locked pages…).

They list content across every unit, and the site history also records who viewed or erased
citizens' personal data. They are for the editorial board and the administrators; a unit's
staff find their work in their own queues. The site history shows the personal-data audit to
administrators only.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView

from portal.core import access, roles
from portal.core.privacy import PRIVATE_LOG_ACTIONS

REPORT_ROLES = [roles.MEMBER, roles.DEPUTY, roles.HEAD, roles.DELEGATE, roles.ADMIN]
WAGTAIL_REPORTS = {
    "locked-pages",
    "workflows",
    "workflow-tasks",
    "site-history",
    "aging-pages",
    "page-types-usage",
}


def may_see_site_reports(user: Any) -> bool:
    return bool(
        user.is_authenticated
        and (user.is_superuser or user.groups.filter(name__in=REPORT_ROLES).exists())
    )


class SiteHistoryView(LogEntriesView):
    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = super().filter_queryset(queryset)
        if access.is_portal_admin(self.request.user):
            return queryset
        return queryset.exclude(action__in=PRIVATE_LOG_ACTIONS)


def _board_only(view: Any) -> Any:
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not may_see_site_reports(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return require_admin_access(checked)


def report_views() -> list[URLPattern]:
    """Wagtail's report URLs with the access check, mounted before the admin's own."""
    from wagtail.admin.urls.reports import urlpatterns

    site_history = {
        "site_history": SiteHistoryView.as_view(),
        "site_history_results": SiteHistoryView.as_view(results_only=True),
    }
    return [
        path(
            f"quan-tri/reports/{pattern.pattern}",
            _board_only(site_history.get(pattern.name, pattern.callback)),
        )
        for pattern in urlpatterns
    ]


def hide_reports_menu(request: HttpRequest, menu_items: list[Any]) -> None:
    """`construct_reports_menu` hook."""
    if not may_see_site_reports(request.user):
        menu_items[:] = [item for item in menu_items if item.name not in WAGTAIL_REPORTS]
