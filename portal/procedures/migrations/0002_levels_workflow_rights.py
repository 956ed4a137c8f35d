"""Service levels (configurable labels), the editorial workflow for procedures, and rights."""

from django.db import migrations

from portal.lib.migration_rights import attach_to_editorial_workflow, grant_rights

LEVELS = [
    ("Mức độ 1", False), ("Mức độ 2", False), ("Mức độ 3", True), ("Mức độ 4", True),
    ("Một phần", True), ("Toàn trình", True),
]
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
    attach_to_editorial_workflow(apps, "procedures", "procedure")


def grant(apps, schema_editor):
    grant_rights(apps, "procedures", RIGHTS)


class Migration(migrations.Migration):
    dependencies = [
        ("procedures", "0001_initial"),
        ("documents", "0002_types_fields_workflow"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
