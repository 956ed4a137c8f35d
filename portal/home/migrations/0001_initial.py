"""The home page model moves here from core (core knows no domain app; the home page shows
them all). The table and the pages stay; only Django's and Wagtail's bookkeeping moves."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("core", "0012_two_factor_enrolment"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        (
                            "page_ptr",
                            models.OneToOneField(
                                auto_created=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                parent_link=True,
                                primary_key=True,
                                serialize=False,
                                to=settings.WAGTAIL_PAGE_MODEL,
                            ),
                        ),
                        ("intro", models.TextField(blank=True, verbose_name="lời giới thiệu")),
                        (
                            "latest_per_category",
                            models.PositiveSmallIntegerField(
                                default=4, verbose_name="số tin mới mỗi chuyên mục"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "trang chủ",
                        "verbose_name_plural": "trang chủ",
                        "db_table": "core_homepage",
                    },
                    bases=("wagtailcore.page", models.Model),
                ),
            ],
            database_operations=[],
        ),
    ]
