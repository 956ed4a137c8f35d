"""Helpers for data migrations that give roles their rights and put a model under the
editorial workflow. They use only the historical `apps` registry passed to RunPython."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.management import create_permissions

EDITORIAL_WORKFLOW = "Quy trình biên tập tin (Điều 15)"


def ensure_permissions(apps: Any) -> None:
    """Create the permissions of every app now (Django only does it after `migrate`)."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant_rights(apps: Any, app_label: str, rights: dict[str, list[str]]) -> None:
    """Add `app_label`'s permissions, by codename, to each named group that exists."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in rights.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


def attach_to_editorial_workflow(apps: Any, app_label: str, model: str) -> None:
    """Records of `app_label.model` go through the editorial board's 3-step workflow."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=EDITORIAL_WORKFLOW).first()
    if workflow is None:
        return
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    WorkflowContentType.objects.update_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )
