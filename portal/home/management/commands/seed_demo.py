"""Build the demo site (huyện Krông Pắc): units, one account per role, categories, articles.

Idempotent: running it again creates nothing twice. Passwords are generated at random and
printed once, when an account is created (or with --reset-passwords); none is in the code.
"""

from __future__ import annotations

import secrets
from datetime import datetime, time, timedelta
from importlib import import_module
from typing import Any

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Site
from wagtail.rich_text import RichText

from portal.core import mail, roles
from portal.core.models import Delegation, PortalSettings, Unit, User
from portal.core.models.editorial import Step
from portal.home import demo_content as demo
from portal.news import actions as news_actions
from portal.news.models import ArticlePage, CategoryAssignment, CategoryPage, NewsIndexPage
from portal.text import nfc, vi_slugify

# Each app's demo data, as `seed(stdout)` functions, run after the core demo.
DEMO_MODULES = [
    "portal.documents.demo",
    "portal.procedures.demo",
    "portal.questions.demo",
    "portal.consultations.demo",
]

# username, role, last name, first name, position, unit code
ACCOUNTS = [
    ("quantri", roles.ADMIN, "Lê Thị", "Hồng", "Chuyên viên quản trị cổng", "vp"),
    ("truongban", roles.HEAD, "Trần Văn", "Bình", "Phó Chủ tịch UBND, Trưởng Ban", "ubnd"),
    ("photruongban", roles.DEPUTY, "Nguyễn Thị", "Mai", "Chánh Văn phòng, Phó Trưởng ban", "vp"),
    ("photruongban2", roles.DEPUTY, "Phạm Văn", "Đức", "Trưởng phòng VH-TT, Phó Trưởng ban", ""),
    ("bientapvien", roles.MEMBER, "Võ Thị", "Lan", "Biên tập viên", "vp"),
    ("bientapvien2", roles.MEMBER, "Hoàng Văn", "Nam", "Thành viên Ban biên tập", ""),
    ("uyquyen", roles.DELEGATE, "Đặng Thị", "Thu", "Phó Chánh Văn phòng", "vp"),
    ("capnhat", roles.UNIT_UPDATER, "Bùi Văn", "Tâm", "Cán bộ cập nhật thông tin", ""),
    ("thutruong", roles.UNIT_HEAD, "Huỳnh Thị", "Nga", "Trưởng phòng", ""),
]


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (huyện Krông Pắc) và một tài khoản cho mỗi vai trò."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--reset-passwords",
            action="store_true",
            help="Đặt lại và in mật khẩu mới cho các tài khoản mẫu.",
        )

    def handle(self, **options: Any) -> None:
        home = Site.objects.get(is_default_site=True).root_page.specific
        news = NewsIndexPage.objects.descendant_of(home).first()
        if news is None:
            raise CommandError("Chưa có trang Tin tức: hãy chạy `manage.py migrate` trước.")
        with mail.suppressed():
            with transaction.atomic():
                self._settings(home)
                units = self._units()
                passwords = self._accounts(units, options["reset_passwords"])
                categories = self._categories(news)
                self._assignments(categories)
                self._delegation()
            created = self._articles(categories)
            self.stdout.write(self.style.SUCCESS(f"Đã tạo {created} bài viết mẫu."))
            for module in DEMO_MODULES:
                import_module(module).seed(self.stdout)
        self._print_accounts(passwords)

    # -- site and units --------------------------------------------------------------

    def _settings(self, home: Any) -> None:
        site = Site.objects.get(is_default_site=True)
        portal = PortalSettings.for_site(site)
        gov = demo.GOVERNMENT
        portal.level = gov["level"]
        portal.government_name = gov["name"]
        portal.portal_name = gov["portal_name"]
        portal.place = gov["place"]
        portal.province = gov["province"]
        portal.address = gov["address"]
        portal.phone = gov["phone"]
        portal.email = gov["email"]
        portal.responsible_person = gov["responsible_person"]
        portal.license = gov["license"]
        portal.save()
        site.site_name = gov["portal_name"]
        site.save(update_fields=["site_name"])
        if home.title != gov["portal_name"]:
            home.title = gov["portal_name"]
            home.intro = f"Cổng thông tin chính thức của {gov['name']}, {gov['province']}."
            home.save_revision().publish()

    def _units(self) -> dict[str, Unit]:
        units: dict[str, Unit] = {}
        for row in demo.UNITS:
            fields = {
                k: row[k]
                for k in ("name", "kind", "head_name", "head_title", "email", "phone", "address")
            }
            fields["functions"] = row.get("functions", "")
            fields["agency_code"] = row.get("agency_code", "")
            unit, _created = Unit.objects.update_or_create(code=row["code"], defaults=fields)
            units[row["code"]] = unit
        for row in demo.UNITS:
            parent = units.get(row.get("parent") or "")
            if units[row["code"]].parent_id != (parent.pk if parent else None):
                units[row["code"]].parent = parent
                units[row["code"]].save(update_fields=["parent"])
        return units

    # -- accounts --------------------------------------------------------------------

    def _accounts(self, units: dict[str, Unit], reset: bool) -> dict[str, str]:
        passwords: dict[str, str] = {}
        department = next((u for u in units.values() if u.kind == Unit.Kind.DEPARTMENT), None)
        for username, role, last, first, position, unit_code in ACCOUNTS:
            unit = units.get(unit_code) or department
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "last_name": last,
                    "first_name": first,
                    "position": position,
                    "unit": unit,
                    "email": f"{username}@{demo.GOVERNMENT['domain']}",
                },
            )
            user.groups.add(Group.objects.get(name=role))
            if created or reset:
                password = f"{secrets.token_urlsafe(9)}-Vn{secrets.randbelow(90) + 10}"
                user.set_password(password)
                user.save(update_fields=["password"])
                passwords[username] = password
        return passwords

    def _print_accounts(self, passwords: dict[str, str]) -> None:
        if not passwords:
            self.stdout.write(
                "Tài khoản mẫu đã có từ trước; chạy lại với --reset-passwords để in mật khẩu mới."
            )
            return
        self.stdout.write("\nTài khoản mẫu (đăng nhập tại /quan-tri/):")
        role_of = {username: role for username, role, *_rest in ACCOUNTS}
        for username, password in passwords.items():
            self.stdout.write(f"  {username:<15} {password:<22} {role_of[username]}")
        self.stdout.write("Mật khẩu chỉ in một lần; hãy ghi lại.\n")

    # -- categories and assignments --------------------------------------------------

    def _categories(self, news: NewsIndexPage) -> dict[str, CategoryPage]:
        categories = {c.slug: c for c in CategoryPage.objects.descendant_of(news)}
        for row in demo.CATEGORIES:
            if row["slug"] in categories:
                continue
            parent = categories.get(row.get("parent") or "") or news
            page = CategoryPage(title=row["title"], slug=row["slug"], intro=row.get("intro", ""))
            parent.add_child(instance=page)
            page.save_revision().publish()
            categories[row["slug"]] = page
        return categories

    def _assignments(self, categories: dict[str, CategoryPage]) -> None:
        member, member2 = (
            User.objects.get(username="bientapvien"),
            User.objects.get(username="bientapvien2"),
        )
        deputy, deputy2 = (
            User.objects.get(username="photruongban"),
            User.objects.get(username="photruongban2"),
        )
        for index, category in enumerate(sorted(categories.values(), key=lambda c: c.path)):
            if category.depth != min(c.depth for c in categories.values()):
                continue  # subcategories inherit their parent's assignment
            assignment, created = CategoryAssignment.objects.get_or_create(category=category)
            if created:
                assignment.members.set([member] if index % 2 == 0 else [member, member2])
                assignment.deputies.set([deputy] if index % 3 else [deputy2])
            news_actions.apply_assignment(assignment)

    def _delegation(self) -> None:
        delegator = User.objects.get(username="photruongban")
        delegate = User.objects.get(username="uyquyen")
        if not Delegation.objects.filter(delegator=delegator, delegate=delegate).exists():
            Delegation.objects.create(
                delegator=delegator,
                delegate=delegate,
                step=Step.EDIT,
                starts_at=timezone.now(),
                ends_at=timezone.now() + timedelta(days=30),
                reason="Phó Trưởng ban đi công tác, ủy quyền biên tập tin (mẫu).",
                created_by=delegator,
            )

    # -- articles ----------------------------------------------------------------------

    def _articles(self, categories: dict[str, CategoryPage]) -> int:
        created = 0
        for row in demo.ARTICLES:
            category = categories[row["category"]]
            slug = vi_slugify(row["title"], max_length=70)
            if ArticlePage.objects.child_of(category).filter(slug=slug).exists():
                continue
            with transaction.atomic():
                self._article(category, slug, row)
            created += 1
        return created

    def _article(self, category: CategoryPage, slug: str, row: dict[str, Any]) -> None:
        assignment = category.assignment()
        member = assignment.members.order_by("username").first() if assignment else None
        member = member or User.objects.get(username="bientapvien")
        when = timezone.make_aware(
            datetime.combine(datetime.fromisoformat(row["date"]).date(), time(8, 30))
        )
        page = ArticlePage(
            title=nfc(row["title"]),
            slug=slug,
            sapo=row["sapo"],
            body=[("paragraph", RichText(f"<p>{escape(p)}</p>")) for p in row["body"]],
            author_name=row["author"],
            date=when,
            is_featured=row["featured"],
            source_kind=row["source_kind"],
            source_name=row["source_name"],
            source_reference=row["source_ref"],
            owner=member,
            live=False,
        )
        category.add_child(instance=page)
        page.tags.add(*row["tags"])
        page.save_revision(user=member)
        self._walk_workflow(page, member, row)

    def _walk_workflow(self, page: ArticlePage, member: User, row: dict[str, Any]) -> None:
        state = row["state"]
        if state == "draft":
            return
        workflow = page.get_workflow()
        workflow_state = workflow.start(page, member)
        if state == "editing":
            return
        step2 = workflow_state.current_task_state
        deputy = step2.task.specific.actors(page)[0]
        if state == "sent_back":
            step2.task.specific.on_action(
                step2, deputy, "reject", comment=row.get("comment") or "Đề nghị chỉnh sửa (mẫu)."
            )
            return
        step2.task.specific.on_action(step2, deputy, "approve", comment="")
        if state == "approving":
            return
        workflow_state.refresh_from_db()
        step3 = workflow_state.current_task_state
        head = User.objects.get(username="truongban")
        step3.task.specific.on_action(step3, head, "approve", comment="")
        ArticlePage.objects.filter(pk=page.pk).update(
            first_published_at=page.date, last_published_at=page.date
        )
