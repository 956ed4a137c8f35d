"""Back office: the moderation queue, the overdue list, the published Q&A snippets, the audit
log actions and the custom permissions in the group editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import Permission
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.workflow_guard import GuardedWorkflowViews
from portal.questions import access, admin_urls
from portal.questions.models import EventKind, PublishedQuestion


class PublishedQuestionViewSet(GuardedWorkflowViews, SnippetViewSet):
    model = PublishedQuestion
    icon = "help"
    menu_label = _("Hỏi đáp đã công bố")
    add_to_admin_menu = False
    list_display = ["title", "kind", "unit", "answered_on", "is_faq", "live"]
    list_filter = ["kind", "is_faq", "live", "linh_vuc"]
    search_fields = ["title"]
    ordering = ["-answered_on", "-pk"]


register_snippet(PublishedQuestionViewSet)


class CheckedMenuItem(MenuItem):
    def __init__(self, *args: Any, check: Callable[[Any], bool], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request: HttpRequest) -> bool:
        return self.check(request.user)


@hooks.register("register_admin_urls")
def question_admin_urls() -> list[Any]:
    return [path("hoi-dap/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def question_menu() -> SubmenuMenuItem:
    def may_view_published(user: Any) -> bool:
        return access.is_board(user) or user.has_perm("questions.view_publishedquestion")

    items = [
        CheckedMenuItem(
            _("Câu hỏi, phản ánh"),
            reverse("questions_admin:queue"),
            icon_name="mail",
            order=100,
            check=access.may_use_queue,
        ),
        CheckedMenuItem(
            _("Quá hạn trả lời"),
            reverse("questions_admin:overdue"),
            icon_name="warning",
            order=200,
            check=access.is_board,
        ),
        CheckedMenuItem(
            _("Hỏi đáp đã công bố"),
            reverse("wagtailsnippets_questions_publishedquestion:list"),
            icon_name="help",
            order=300,
            check=may_view_published,
        ),
    ]
    return SubmenuMenuItem(_("Hỏi đáp"), Menu(items=items), icon_name="help", order=230)


@hooks.register("register_permissions")
def question_permissions() -> QuerySet[Permission]:
    return Permission.objects.filter(
        content_type__app_label="questions",
        codename__in=["moderate_question", "answer_question", "submit_answer"],
    )


@hooks.register("register_log_actions")
def register_log_actions(actions: Any) -> None:
    for kind, label in EventKind.choices:
        actions.register_action(f"portal.questions.{kind}", label, label)
