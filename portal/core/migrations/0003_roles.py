"""Create the roles of the regulation as groups, with exactly their rights.

Per-category rights (who writes in which category, which deputy edits it) are not here:
they are set on the "Phân công chuyên mục" screen. Step 2 and 3 rights come from the
editorial workflow (core.EditorialTask) and from delegations, not from model permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MEMBER = "Thành viên Ban biên tập"
DEPUTY = "Phó Trưởng ban"
HEAD = "Trưởng ban"
DELEGATE = "Người được ủy quyền"
UNIT_UPDATER = "Cán bộ cập nhật của đơn vị"
UNIT_HEAD = "Thủ trưởng đơn vị"
ADMIN = "Văn phòng HĐND-UBND (quản trị)"

ACCESS = [("wagtailadmin", "access_admin")]
MEDIA_USE = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
MEDIA_UPLOAD = [("wagtailimages", "add_image"), ("wagtaildocs", "add_document")]
DELEGATING = [("core", "add_delegation"), ("core", "view_delegation")]

MODEL_PERMISSIONS = {
    MEMBER: ACCESS,
    DEPUTY: ACCESS + DELEGATING,
    HEAD: ACCESS
    + DELEGATING
    + [
        ("news", "add_categoryassignment"),
        ("news", "change_categoryassignment"),
        ("news", "view_categoryassignment"),
    ],
    DELEGATE: ACCESS,
    UNIT_UPDATER: ACCESS + [("core", "change_unit"), ("core", "view_unit")],
    UNIT_HEAD: ACCESS + [("core", "change_unit"), ("core", "view_unit")],
    ADMIN: ACCESS
    + [
        ("core", "add_user"),
        ("core", "change_user"),
        ("core", "view_user"),
        ("core", "add_unit"),
        ("core", "change_unit"),
        ("core", "delete_unit"),
        ("core", "view_unit"),
        ("core", "add_delegation"),
        ("core", "change_delegation"),
        ("core", "view_delegation"),
        ("core", "change_portalsettings"),
        ("news", "add_categoryassignment"),
        ("news", "change_categoryassignment"),
        ("news", "delete_categoryassignment"),
        ("news", "view_categoryassignment"),
    ],
}

# Rights on the root collection of images and documents.
COLLECTION_PERMISSIONS = {
    MEMBER: MEDIA_USE + MEDIA_UPLOAD,
    DEPUTY: MEDIA_USE + MEDIA_UPLOAD,
    HEAD: MEDIA_USE + MEDIA_UPLOAD,
    DELEGATE: MEDIA_USE + MEDIA_UPLOAD,
    UNIT_UPDATER: MEDIA_USE + MEDIA_UPLOAD,
    UNIT_HEAD: MEDIA_USE,
    ADMIN: MEDIA_USE + MEDIA_UPLOAD,
}


def _ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_roles(apps, schema_editor):
    _ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    for name, perms in MODEL_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(apps, app, code) for app, code in perms])
        if root_collection is None:
            continue
        for app, code in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(apps, app, code)
            )


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(MODEL_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_pages_workflow"),
        ("news", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
