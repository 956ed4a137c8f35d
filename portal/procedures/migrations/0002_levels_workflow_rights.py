"""Service levels (configurable labels), the editorial workflow for procedures, and rights."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEVELS = [
    ("Mức độ 1", False), ("Mức độ 2", False), ("Mức độ 3", True), ("Mức độ 4", True),
    ("Một phần", True), ("Toàn trình", True),
]
WORKFLOW_NAME = "Quy trình biên tập tin (Điều 15)"
RIGHTS = {
    "Cán bộ cập nhật của đơn vị": ["add_procedure", "change_procedure", "view_procedure"],
    "Thủ trưởng đơn vị": ["add_procedure", "change_procedure", "view_procedure"],
    "Thành viên Ban biên tập": ["view_procedure"],
    "Phó Trưởng ban": ["view_procedure"],
    "Trưởng ban": ["view_procedure"],
    "Văn phòng HĐND-UBND (quản trị)": [
        "add_procedure", "change_procedure", "delete_procedure", "view_procedure",
        "add_servicelevel", "change_servicelevel", "delete_servicelevel", "view_servicelevel",
    ],
}


def seed(apps, schema_editor):
    ServiceLevel = apps.get_model("procedures", "ServiceLevel")
    for order, (label, online) in enumerate(LEVELS):
        ServiceLevel.objects.get_or_create(
            label=label, defaults={"accepts_online": online, "sort_order": order}
        )
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        content_type, _created = ContentType.objects.get_or_create(
            app_label="procedures", model="procedure"
        )
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="procedures", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0001_initial"),
        ("documents", "0002_types_fields_workflow"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
