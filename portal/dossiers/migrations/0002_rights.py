"""Units' heads and officers process their own unit's dossiers."""

from django.db import migrations

from portal.lib.migration_rights import grant_rights

RIGHTS = {
    "Thủ trưởng đơn vị": ["process_dossier", "view_dossier"],
    "Cán bộ cập nhật của đơn vị": ["process_dossier", "view_dossier"],
}


def grant(apps, schema_editor):
    grant_rights(apps, "dossiers", RIGHTS)


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0001_initial"), ("core", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
