"""Back-office registrations of the news app."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from wagtail import hooks

from portal.core import access
from portal.news.models import CategoryPage
from portal.news.viewsets import CategoryAssignmentViewSet


@hooks.register("register_admin_viewset")
def register_assignments() -> CategoryAssignmentViewSet:
    return CategoryAssignmentViewSet("category_assignment", url_prefix="phan-cong-chuyen-muc")


@hooks.register("before_create_page")
def only_admins_create_categories(request: HttpRequest, parent: Any, page_class: Any) -> None:
    """Board members add articles in their categories; categories belong to the administrators."""
    if issubclass(page_class, CategoryPage) and not access.is_portal_admin(request.user):
        raise PermissionDenied
