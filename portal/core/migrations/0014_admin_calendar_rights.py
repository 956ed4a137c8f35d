"""The office's administrators keep the working-day calendar (announced days off and make-up
days): until now only a superuser could."""

from django.db import migrations

from portal.lib.migration_rights import grant_rights

ADMIN = "Văn phòng HĐND-UBND (quản trị)"
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    grant_rights(apps, "core", {ADMIN: [f"{action}_calendaroverride" for action in ACTIONS]})


class Migration(migrations.Migration):
    dependencies = [("core", "0013_home_page_moved")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
