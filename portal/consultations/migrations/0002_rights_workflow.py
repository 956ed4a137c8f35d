"""Who manages consultations and moderates comments, and the editorial workflow
("Quy trình biên tập tin (Điều 15)") before a consultation is published.

Model rights are per role; which unit's consultations a unit's staff reach is decided in
portal/consultations/access.py (their own unit only). Nobody but a superuser holds
"publish": publication happens only through the workflow's last step.
"""

from django.db import migrations

from portal.lib.migration_rights import attach_to_editorial_workflow, grant_rights

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
    codenames = {
        name: [f"{right}_consultation" for right in rights] + [MODERATE]
        for name, rights in RIGHTS.items()
    }
    grant_rights(apps, "consultations", codenames)


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(content_type__app_label="consultations"):
        permission.group_set.clear()


def attach_workflow(apps, schema_editor):
    attach_to_editorial_workflow(apps, "consultations", "consultation")


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
