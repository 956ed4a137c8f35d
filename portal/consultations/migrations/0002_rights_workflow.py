"""Who manages consultations and moderates comments, and the editorial workflow
("Quy trình biên tập tin (Điều 15)") before a consultation is published.

Model rights are per role; which unit's consultations a unit's staff reach is decided in
portal/consultations/access.py (their own unit only). Nobody but a superuser holds
"publish": publication happens only through the workflow's last step.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Quy trình biên tập tin (Điều 15)"
MODERATE = "moderate_consultationcomment"
RIGHTS = {
    "Cán bộ cập nhật của đơn vị": ["add", "change", "view"],
    "Thủ trưởng đơn vị": ["add", "change", "view"],
    "Thành viên Ban biên tập": ["add", "change", "view"],
    "Phó Trưởng ban": ["view"],
    "Trưởng ban": ["view"],
    "Văn phòng HĐND-UBND (quản trị)": ["add", "change", "delete", "view"],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, rights in RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        codenames = [f"{right}_consultation" for right in rights] + [MODERATE]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="consultations", codename__in=codenames)
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="consultations"):
        permission.group_set.clear()


def attach_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    content_type, _created = ContentType.objects.get_or_create(
        app_label="consultations", model="consultation"
    )
    WorkflowContentType.objects.update_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


def detach_workflow(apps, schema_editor):
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__app_label="consultations", content_type__model="consultation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0001_initial"),
        ("core", "0003_roles"),
        ("news", "0002_structure"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
        migrations.RunPython(attach_workflow, detach_workflow),
    ]
