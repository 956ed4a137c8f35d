"""Count the day's running number per code prefix instead of per unit.

Units without their own agency code shared the fallback prefix while each kept its own
counter, so a second unit drew a code already taken. The new counters are rebuilt from the
codes actually issued, so no number is handed out twice.
"""

import re

from django.db import migrations, models

CODE = re.compile(r"^(?P<prefix>.+)-(?P<day>\d{6})-(?P<number>\d{4,})$")


def rebuild_sequences(apps, schema_editor):
    from datetime import date

    DailySequence = apps.get_model("dossiers", "DailySequence")
    Dossier = apps.get_model("dossiers", "Dossier")
    DailySequence.objects.all().delete()
    highest: dict[tuple[str, date], int] = {}
    for code in Dossier.objects.values_list("code", flat=True).iterator():
        match = CODE.match(code)
        if match is None:
            continue
        raw = match["day"]
        day = date(2000 + int(raw[:2]), int(raw[2:4]), int(raw[4:]))
        key = (match["prefix"], day)
        highest[key] = max(highest.get(key, 0), int(match["number"]))
    DailySequence.objects.bulk_create(
        DailySequence(prefix=prefix, day=day, last=last)
        for (prefix, day), last in highest.items()
    )


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0003_event_internal")]

    operations = [
        migrations.RemoveConstraint(model_name="dailysequence", name="one_sequence_a_day"),
        migrations.RemoveField(model_name="dailysequence", name="unit"),
        migrations.AddField(
            model_name="dailysequence",
            name="prefix",
            field=models.CharField(default="", max_length=20),
            preserve_default=False,
        ),
        migrations.RunPython(rebuild_sequences, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="dailysequence",
            constraint=models.UniqueConstraint(
                fields=("prefix", "day"), name="one_sequence_a_prefix_a_day"
            ),
        ),
    ]
