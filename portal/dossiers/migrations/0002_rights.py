"""Units' heads and officers process their own unit's dossiers."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RIGHTS = {
    "Thủ trưởng đơn vị": ["process_dossier", "view_dossier"],
    "Cán bộ cập nhật của đơn vị": ["process_dossier", "view_dossier"],
}


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
                *Permission.objects.filter(content_type__app_label="dossiers", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0001_initial"), ("core", "0003_roles")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
