"""A workflow action sent twice (double click, a resent form) or late: a Vietnamese message,
never a 500, never a second approval, and publication in the same transaction."""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from portal.news.models import ArticlePage
from portal.news.tests.test_article_form import PARAGRAPH
from portal.news.tests.workflow_helpers import act, current_task_state, submit

pytestmark = pytest.mark.django_db


def _editor_action(client, page: ArticlePage, action: str):
    """The editor's footer button: the whole form is posted with the workflow action."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "sapo": page.sapo,
        **PARAGRAPH,
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "author_name": page.author_name,
        "date": "05/11/2026 08:30",
        "source_kind": "own",
        "source_name": "",
        "source_reference": "",
        "action-workflow-action": "true",
        "workflow-action-name": action,
        "workflow-action-extra-data": "{}",
    }
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def _messages(response) -> str:
    return " ".join(str(m) for m in response.wsgi_request._messages)


def test_a_repeated_step_two_post_is_refused_with_a_message(
    client, assignment, make_article, member, deputy, mailoutbox, django_capture_on_commit_callbacks
):
    page = make_article()
    submit(page, member)
    client.force_login(deputy)
    with django_capture_on_commit_callbacks(execute=True):
        first = _editor_action(client, page, "approve")
    assert first.status_code == 302
    assert current_task_state(page).task.specific.step == "duyet"
    sent = len(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        second = _editor_action(client, page, "approve")  # the browser resends the form
    assert second.status_code == 302
    assert second["Location"] == "/quan-tri/"  # the editor is no longer theirs to open
    assert "không phải bước của bạn" in _messages(second)
    assert current_task_state(page).task.specific.step == "duyet"  # nothing moved
    assert len(mailoutbox) == sent


def test_a_repeated_approval_publishes_once_and_mails_once(
    client,
    assignment,
    make_article,
    member,
    deputy,
    head,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    page = make_article()
    submit(page, member)
    act(page, deputy, "approve")
    client.force_login(head)
    with django_capture_on_commit_callbacks(execute=True):
        assert _editor_action(client, page, "approve").status_code == 302
        again = _editor_action(client, page, "approve")
    assert again.status_code == 302 and "không còn chờ duyệt" in _messages(again)
    page.refresh_from_db()
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 1
    approved = [m for m in mailoutbox if "đã được duyệt" in m.subject]
    assert len(approved) == 1


def test_a_late_modal_action_on_a_finished_step_is_refused(
    client, assignment, make_article, member, deputy, head
):
    page = make_article()
    submit(page, member)
    step_two = current_task_state(page)
    act(page, deputy, "approve")
    client.force_login(deputy)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", step_two.pk])
    response = client.post(url, {"comment": "Sửa lại tiêu đề."})
    assert response.status_code == 302
    state = WorkflowState.objects.for_instance(page).get(status="in_progress")
    assert state.current_task_state.task.specific.step == "duyet"  # not sent back


def test_the_approved_mail_is_not_sent_when_publication_rolls_back(
    assignment, make_article, member, deputy, head, mailoutbox, committed
):
    from django.db import transaction

    page = make_article()
    submit(page, member)
    act(page, deputy, "approve")
    sent = len(mailoutbox)
    task_state = current_task_state(page)
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        task_state.task.specific.on_action(task_state, head, "approve")
        raise RuntimeError("the request failed after approving")
    page.refresh_from_db()
    assert not page.live
    assert len(mailoutbox) == sent
