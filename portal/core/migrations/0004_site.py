"""Replace Wagtail's welcome page with our home page and an introduction page.

Also remove Wagtail's default "Editors"/"Moderators" groups and default workflow: the
portal's roles and its 3-step workflow replace them.
"""

from django.db import migrations

from portal.lib.treepages import add_child_page


def create_site(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    root = Page.objects.get(depth=1)
    if Page.objects.filter(depth=2, content_type__app_label="core").exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root.numchild = Page.objects.filter(depth=2).count()
    home = add_child_page(
        apps,
        root,
        "core",
        "HomePage",
        title="Trang chủ",
        slug="trang-chu",
        intro="",
        latest_per_category=4,
    )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name="Cổng thông tin điện tử",
        )
    else:
        site.root_page = home
        site.site_name = "Cổng thông tin điện tử"
        site.save()
    add_child_page(
        apps,
        home,
        "core",
        "StandardPage",
        title="Giới thiệu",
        show_in_menus=True,
        slug="gioi-thieu",
        intro="Tổ chức, chức năng, nhiệm vụ của Hội đồng nhân dân, Ủy ban nhân dân, "
        "các cơ quan chuyên môn và Ủy ban nhân dân cấp xã.",
        body="[]",
        sidebar="",
    )


def remove_wagtail_defaults(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name="Moderators approval").delete()
    apps.get_model("wagtailcore", "GroupApprovalTask").objects.filter(
        name="Moderators approval"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_site, migrations.RunPython.noop),
        migrations.RunPython(remove_wagtail_defaults, migrations.RunPython.noop),
    ]
