"""The news section, the categories of Điều 7, and the 3-step editorial workflow (Điều 15)."""

from django.db import migrations

from portal.lib.treepages import add_child_page

# The information groups of Điều 7 of the regulation that are published as news.
CATEGORIES = [
    ("hoat-dong-lanh-dao", "Hoạt động lãnh đạo", "Hoạt động của lãnh đạo HĐND, UBND."),
    (
        "hoat-dong-co-quan-don-vi",
        "Hoạt động các cơ quan, đơn vị",
        "Hoạt động của các phòng, ban, ngành, đoàn thể.",
    ),
    ("hoat-dong-co-so", "Hoạt động xã, thị trấn", "Tin từ các xã, phường, thị trấn."),
    ("doanh-nghiep", "Doanh nghiệp", "Hoạt động của các doanh nghiệp trên địa bàn."),
    (
        "tuyen-truyen-pho-bien-phap-luat",
        "Tuyên truyền, phổ biến pháp luật",
        "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách.",
    ),
    (
        "chinh-sach-quy-hoach-ke-hoach",
        "Chiến lược, quy hoạch, kế hoạch",
        "Chiến lược, quy hoạch, kế hoạch phát triển của từng ngành.",
    ),
    (
        "du-an-dau-tu-dau-thau",
        "Dự án, đầu tư, đấu thầu, mua sắm công",
        "Thông tin về dự án, hạng mục đầu tư, đấu thầu, mua sắm công.",
    ),
    ("thong-bao", "Thông báo", "Thông báo của chính quyền."),
]

WORKFLOW_NAME = "Quy trình biên tập tin (Điều 15)"
ADMIN = "Văn phòng HĐND-UBND (quản trị)"


def create_structure(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    home = Page.objects.filter(depth=2, content_type__app_label="core").first()
    if home is None or Page.objects.filter(content_type__app_label="news").exists():
        return
    news = add_child_page(
        apps, home, "news", "NewsIndexPage", title="Tin tức", slug="tin-tuc", intro="", show_in_menus=True
    )
    for slug, title, intro in CATEGORIES:
        add_child_page(
            apps, news, "news", "CategoryPage", title=title, slug=slug, intro=intro,
            show_on_home=True,
        )
    _create_workflow(apps, home)
    _grant_admin(apps, news, ["add_page", "change_page", "publish_page"])
    about = Page.objects.filter(depth=3, slug="gioi-thieu").first()
    if about is not None:
        _grant_admin(apps, about, ["add_page", "change_page"])


def _create_workflow(apps, home):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    EditorialTask = apps.get_model("core", "EditorialTask")
    task_type, _created = ContentType.objects.get_or_create(app_label="core", model="editorialtask")
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    steps = [("Bước 2: Biên tập tin", "bien_tap"), ("Bước 3: Duyệt tin", "duyet")]
    for order, (name, step) in enumerate(steps):
        task = EditorialTask.objects.create(name=name, step=step, active=True, content_type=task_type)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})


def _grant_admin(apps, page, codenames):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = Group.objects.get(name=ADMIN)
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("core", "0005_vi_collation"),
    ]

    operations = [migrations.RunPython(create_structure, migrations.RunPython.noop)]
