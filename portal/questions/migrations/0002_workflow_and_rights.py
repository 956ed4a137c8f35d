"""Put published Q&A records under the editorial workflow (Điều 15), and give the roles their
rights on questions: the board moderates, a unit's officers draft answers, its head sends them.

Publishing a Q&A record directly is left to superusers: everyone else publishes through
step 3 of the workflow (no group gets `publish_publishedquestion`).
"""

from django.db import migrations

from portal.lib.migration_rights import attach_to_editorial_workflow, grant_rights

ADMIN = "Văn phòng HĐND-UBND (quản trị)"
RIGHTS = {
    "Thành viên Ban biên tập": [
        "moderate_question", "add_publishedquestion", "change_publishedquestion",
        "view_publishedquestion",
    ],
    "Phó Trưởng ban": ["moderate_question", "view_publishedquestion"],
    "Trưởng ban": ["moderate_question", "view_publishedquestion"],
    ADMIN: [
        "moderate_question", "add_publishedquestion", "change_publishedquestion",
        "delete_publishedquestion", "view_publishedquestion",
    ],
    "Cán bộ cập nhật của đơn vị": ["answer_question"],
    "Thủ trưởng đơn vị": ["answer_question", "submit_answer"],
}


def attach_workflow(apps, schema_editor):
    attach_to_editorial_workflow(apps, "questions", "publishedquestion")


def grant(apps, schema_editor):
    grant_rights(apps, "questions", RIGHTS)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name in RIGHTS:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="questions")
            )


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0001_initial"),
        ("core", "0003_roles"),
        ("news", "0002_structure"),
    ]

    operations = [
        migrations.RunPython(attach_workflow, migrations.RunPython.noop),
        migrations.RunPython(grant, revoke),
    ]
