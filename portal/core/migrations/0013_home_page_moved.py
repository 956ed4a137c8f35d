"""The home page model now lives in the `home` app: its content type follows it, so the
existing pages keep their type (no row of the page tree changes)."""

from django.db import migrations


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    old = ContentType.objects.filter(app_label="core", model="homepage").first()
    if old is None:
        return
    new = ContentType.objects.filter(app_label="home", model="homepage").first()
    if new is not None:  # made by an earlier run's post_migrate: merge into it
        Page.objects.filter(content_type=old).update(content_type=new)
        old.delete()
        return
    old.app_label = "home"
    old.save(update_fields=["app_label"])


def move_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="home", model="homepage").update(app_label="core")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0012_two_factor_enrolment"),
        ("home", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(move_content_type, move_back),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="HomePage")],
            database_operations=[],
        ),
    ]
