"""Back office of online dossiers: the URLs under `/quan-tri/ho-so/`, the menu (only for
holders of `dossiers.process_dossier`), the audit-log action and the group-editor permission."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from portal.dossiers import admin_urls
from portal.dossiers.access import PERMISSION


class ProcessorMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(PERMISSION))


class ProcessorSubmenu(SubmenuMenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(PERMISSION))


@hooks.register("register_admin_urls")
def dossier_admin_urls() -> list[Any]:
    return [path("ho-so/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def dossier_menu() -> SubmenuMenuItem:
    items = [
        ProcessorMenuItem(
            _("Hồ sơ của đơn vị"), reverse("dossiers_admin:queue"), icon_name="folder-open-inverse"
        ),
        ProcessorMenuItem(
            _("Sắp đến hạn, quá hạn"), reverse("dossiers_admin:overdue"), icon_name="warning"
        ),
        ProcessorMenuItem(
            _("Sổ theo dõi hồ sơ (Mẫu 06)"), reverse("dossiers_admin:register"), icon_name="list-ul"
        ),
    ]
    return ProcessorSubmenu(
        _("Hồ sơ trực tuyến"), Menu(items=items), icon_name="folder-open-inverse", order=240
    )


@hooks.register("register_permissions")
def dossier_permissions() -> QuerySet[Permission]:
    return Permission.objects.filter(content_type__app_label="dossiers", codename="process_dossier")
