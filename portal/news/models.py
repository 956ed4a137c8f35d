"""News: the news index, categories (chuyên mục) as a tree, articles, and category assignments."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.forms import PortalPageForm
from portal.core.models.content import EditorialContent
from portal.core.nfc import NFCModelMixin
from portal.news.forms import ArticleForm
from portal.news.panels import EditorialTrailPanel
from portal.news.permissions import ArticlePermissionTester
from portal.news.sources import source_problems

PAGE_SIZE = 10


def paginate(request: HttpRequest, items: Any, per_page: int = PAGE_SIZE) -> PaginatorPage:
    return Paginator(items, per_page).get_page(request.GET.get("trang"))


class NewsIndexPage(EditorialContent, NFCModelMixin, Page):
    """`/tin-tuc/`: all news, newest first, with the list of categories."""

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = PortalPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.CategoryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("trang tin tức")
        verbose_name_plural = _("trang tin tức")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().public().descendant_of(self).order_by("-date")
        context["articles"] = paginate(request, articles.select_related("feed_image"))
        context["categories"] = CategoryPage.objects.live().public().child_of(self)
        return context


class CategoryPage(EditorialContent, NFCModelMixin, Page):
    """A chuyên mục. Categories nest; articles live below their category."""

    intro = models.TextField(_("giới thiệu"), blank=True)
    show_on_home = models.BooleanField(_("hiện trên trang chủ"), default=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("show_on_home")]
    base_form_class = PortalPageForm
    parent_page_types = ["news.NewsIndexPage", "news.CategoryPage"]
    subpage_types = ["news.CategoryPage", "news.ArticlePage"]

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        articles = ArticlePage.objects.live().public().descendant_of(self).order_by("-date")
        context["articles"] = paginate(request, articles.select_related("feed_image"))
        context["subcategories"] = CategoryPage.objects.live().public().child_of(self)
        return context

    def assignment(self) -> CategoryAssignment | None:
        """This category's assignment, or the nearest ancestor category's."""
        ancestors = self.get_ancestors(inclusive=True).type(CategoryPage).order_by("-depth")
        return (
            CategoryAssignment.objects.filter(category__in=ancestors)
            .order_by("-category__depth")
            .first()
        )


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePage(EditorialContent, NFCModelMixin, Page):
    class SourceKind(models.TextChoices):
        OWN = "own", _("Tự viết (tin của Ban biên tập hoặc đơn vị)")
        QUOTED = "quoted", _("Trích từ nguồn khác")

    sapo = models.TextField(_("sapo (tóm tắt)"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("nội dung"))
    feed_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author_name = models.CharField(_("tác giả"), max_length=120)
    date = models.DateTimeField(_("ngày đăng"), default=timezone.now)
    is_featured = models.BooleanField(_("tin nổi bật"), default=False)
    source_kind = models.CharField(
        _("nguồn tin"), max_length=10, choices=SourceKind.choices, blank=True
    )
    source_name = models.CharField(
        _("tên nguồn"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Báo Đắk Lắk; Văn phòng HĐND và UBND huyện."),
    )
    source_reference = models.CharField(
        _("đường dẫn hoặc số văn bản nguồn"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: https://baodaklak.vn/… hoặc Công văn số 123/UBND-VP ngày 12/3/2025."),
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("từ khóa"))

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("sapo"),
        FieldPanel("feed_image"),
        FieldPanel("body"),
        InlinePanel("attachments", heading=_("Tệp đính kèm"), label=_("tệp")),
        MultiFieldPanel(
            [
                FieldPanel("source_kind"),
                FieldPanel("source_name"),
                FieldPanel("source_reference"),
            ],
            heading=_("Nguồn tin (bắt buộc)"),
        ),
        FieldRowPanel([FieldPanel("author_name"), FieldPanel("date")]),
        FieldPanel("tags"),
        FieldPanel("is_featured"),
        EditorialTrailPanel(heading=_("Quy trình biên tập")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("sapo"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    base_form_class = ArticleForm
    parent_page_types = ["news.CategoryPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")

    # -- rules ---------------------------------------------------------------------------

    def source_problems(self) -> dict[str, str]:
        return source_problems(self.source_kind, self.source_name, self.source_reference)

    def approval_blockers(self) -> list[str]:
        if self.source_problems():
            return [str(_("Không thể duyệt: tin chưa ghi đủ nguồn tin."))]
        return []

    def permissions_for_user(self, user: Any) -> ArticlePermissionTester:
        return ArticlePermissionTester(user, self)

    # -- structure -----------------------------------------------------------------------

    def category(self) -> CategoryPage | None:
        parent = self.get_parent()
        return parent.specific if parent else None

    def editorial_deputies(self) -> models.QuerySet[Any] | None:
        """Deputies responsible for this article's category (used by step 2)."""
        category = self.category()
        assignment = category.assignment() if isinstance(category, CategoryPage) else None
        return assignment.deputies.all() if assignment else None

    def related_articles(self, limit: int = 5) -> models.QuerySet[ArticlePage]:
        siblings = ArticlePage.objects.live().public().sibling_of(self, inclusive=False)
        return siblings.order_by("-date")[:limit]

    def get_template(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        if request.GET.get("in") == "1":
            return "news/article_page_print.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_articles()
        context["attachments"] = self.attachments.select_related("document")
        return context


class ArticleAttachment(Orderable):
    page = ParentalKey(ArticlePage, related_name="attachments", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("tệp"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("tên hiển thị"), max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]

    def __str__(self) -> str:
        return self.title or self.document.title


class CategoryAssignment(NFCModelMixin, models.Model):
    """Who writes in a category (step 1) and which deputy edits it (step 2); set on a screen."""

    category = models.OneToOneField(
        CategoryPage,
        verbose_name=_("chuyên mục"),
        on_delete=models.CASCADE,
        related_name="assignment_record",
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("thành viên được cập nhật tin (bước 1)"),
        blank=True,
        related_name="member_of_categories",
    )
    deputies = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Phó Trưởng ban phụ trách biên tập (bước 2)"),
        blank=True,
        related_name="deputy_of_categories",
    )
    member_group = models.OneToOneField(
        "auth.Group", null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("phân công chuyên mục")
        verbose_name_plural = _("phân công chuyên mục")

    def __str__(self) -> str:
        return str(self.category)
