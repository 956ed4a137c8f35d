"""Who sees Wagtail's own reports (site history, workflows, aging and locked pages…).

They list content across every unit, and the site history also records who viewed or erased
citizens' personal data. They are for the editorial board and the administrators; a unit's
staff find their work in their own queues. The site history shows the personal-data audit to
administrators only.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField, QuerySet, Value
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.log_actions import registry as log_action_registry

from portal.core import access, roles
from portal.core.privacy import PRIVATE_LOG_ACTIONS

WAGTAIL_REPORTS = {
    "locked-pages",
    "workflows",
    "workflow-tasks",
    "site-history",
    "aging-pages",
    "page-types-usage",
}


def may_see_site_reports(user: Any) -> bool:
    return bool(user.is_authenticated and user.has_perm(roles.SITE_REPORTS))


class SiteHistoryView(LogEntriesView):
    """Administrators see every entry (Wagtail would show them only entries of models they
    hold a right on, so not the audit of dossiers they never process); the board sees what
    Wagtail shows it, less the personal-data audit."""

    def get_filtered_queryset(self) -> QuerySet[Any]:
        if not access.is_portal_admin(self.request.user):
            return super().get_filtered_queryset()
        self.log_models = list(log_action_registry.get_log_entry_models())
        queryset = None
        for index, log_model in enumerate(self.log_models):
            rows = log_model.objects.values("pk", "timestamp").annotate(
                log_model_index=Value(index, output_field=IntegerField())
            )
            rows = self.filter_queryset(rows).order_by()
            queryset = rows if queryset is None else queryset.union(rows, all=True)
        return queryset.order_by("-timestamp")  # type: ignore[union-attr]

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
