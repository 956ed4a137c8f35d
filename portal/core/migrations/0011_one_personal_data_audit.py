"""One audit name for viewing citizens' personal data and one for erasing it, in every app."""

from django.db import migrations

RENAMED = {
    "portal.dossier_personal_data.view": "portal.personal_data.view",
    "portal.consultation_personal_data.view": "portal.personal_data.view",
    "portal.consultation_personal_data.purge": "portal.personal_data.erase",
}


def rename(apps, schema_editor):
    entries = apps.get_model("wagtailcore", "ModelLogEntry").objects
    for old, new in RENAMED.items():
        entries.filter(action=old).update(action=new)


def restore(apps, schema_editor):
    """Only the purge name can be told apart again (its data counts comments)."""
    entries = apps.get_model("wagtailcore", "ModelLogEntry").objects
    entries.filter(action="portal.personal_data.erase", data__has_key="comments").update(
        action="portal.consultation_personal_data.purge"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0010_portalsettings_dossier_retention_days"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, restore)]
