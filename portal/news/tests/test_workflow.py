"""The 3-step workflow of Điều 15, end to end, with send-back and delegation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail.models import PageLogEntry, WorkflowState

from portal.core.models import Delegation
from portal.core.models.editorial import Step
from portal.news.models import ArticlePage
from portal.news.tests.workflow_helpers import act, actions_for, current_task_state, submit

pytestmark = pytest.mark.django_db


def test_it_publishes_only_after_the_deputy_and_the_head_approve(
    assignment, make_article, member, deputy, head, mailoutbox
):
    page = make_article()
    submit(page, member)
    assert [m.to for m in mailoutbox] == [[deputy.email]]
    assert "Bước 2" in mailoutbox[0].subject

    act(page, deputy, "approve")
    page.refresh_from_db()
    assert not page.live
    assert mailoutbox[-1].to == [head.email]
    assert "Bước 3" in mailoutbox[-1].subject

    act(page, head, "approve")
    page.refresh_from_db()
    assert page.live
    assert mailoutbox[-1].to == [member.email]
    assert "đã được duyệt" in mailoutbox[-1].subject


def test_it_sends_back_with_a_required_comment(
    assignment, make_article, member, deputy, mailoutbox
):
    page = make_article()
    submit(page, member)
    with pytest.raises(PermissionDenied):
        act(page, deputy, "reject", comment="   ")
    assert current_task_state(page).status == "in_progress"

    act(page, deputy, "reject", comment="Bổ sung ảnh và số liệu.")
    state = WorkflowState.objects.for_instance(page).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert mailoutbox[-1].to == [member.email]
    assert "Bổ sung ảnh và số liệu." in mailoutbox[-1].body
    page.refresh_from_db()
    assert not page.live


def test_the_head_can_also_send_back_at_step_3(assignment, make_article, member, deputy, head):
    page = make_article()
    submit(page, member)
    act(page, deputy, "approve")
    act(page, head, "reject", comment="Sai tên đơn vị ở đoạn 2.")
    page.refresh_from_db()
    assert not page.live


def test_approval_is_refused_while_the_source_is_missing(
    assignment, make_article, member, deputy, head
):
    page = make_article(source_kind="quoted", source_name="", source_reference="")
    submit(page, member)
    act(page, deputy, "approve")
    assert actions_for(page, head) == ["reject"]
    with pytest.raises(PermissionDenied):
        act(page, head, "approve")
    page.refresh_from_db()
    assert not page.live


def test_approval_is_allowed_once_the_source_is_given(
    assignment, make_article, member, deputy, head
):
    page = make_article(source_kind="quoted", source_name="Báo Đắk Lắk", source_reference="")
    submit(page, member)
    act(page, deputy, "approve")
    assert "approve" not in actions_for(page, head)
    page.source_reference = "https://baodaklak.vn/bai-viet"
    page.save_revision(user=head)
    assert "approve" in actions_for(page, head)


def test_a_deputy_acts_only_on_the_categories_assigned_to_them(
    assignment, make_article, member, deputy, other_deputy
):
    page = make_article()
    submit(page, member)
    assert actions_for(page, other_deputy) == []
    with pytest.raises(PermissionDenied):
        act(page, other_deputy, "approve")
    assert "approve" in actions_for(page, deputy)


def _delegation(delegator, delegate, step, starts, ends):
    return Delegation.objects.create(
        delegator=delegator,
        delegate=delegate,
        step=step,
        starts_at=starts,
        ends_at=ends,
        reason="Đi công tác",
        created_by=delegator,
    )


def test_a_delegate_edits_while_the_delegation_lasts_and_it_is_logged(
    assignment, make_article, member, deputy, delegate, mailoutbox
):
    now = timezone.now()
    _delegation(deputy, delegate, Step.EDIT, now - timedelta(hours=1), now + timedelta(days=1))
    page = make_article()
    submit(page, member)
    assert sorted(mailoutbox[0].to) == sorted([deputy.email, delegate.email])
    assert "approve" in actions_for(page, delegate)

    act(page, delegate, "approve")
    entry = PageLogEntry.objects.get(page=page, action="portal.delegation.used")
    assert entry.user == delegate
    assert entry.data["delegator"] == str(deputy)
    assert "ủy quyền" in entry.message


def test_an_expired_or_revoked_delegation_gives_no_rights(
    assignment, make_article, member, deputy, delegate, head
):
    now = timezone.now()
    _delegation(deputy, delegate, Step.EDIT, now - timedelta(days=3), now - timedelta(days=1))
    revoked = _delegation(head, delegate, Step.APPROVE, now - timedelta(days=1), now + timedelta(1))
    revoked.revoked_at = now
    revoked.save()
    page = make_article()
    submit(page, member)
    assert actions_for(page, delegate) == []
    act(page, deputy, "approve")
    assert actions_for(page, delegate) == []


def test_a_step_3_delegate_approves_for_the_head(
    assignment, make_article, member, deputy, head, delegate
):
    now = timezone.now()
    _delegation(head, delegate, Step.APPROVE, now - timedelta(hours=1), now + timedelta(hours=5))
    page = make_article()
    submit(page, member)
    assert actions_for(page, delegate) == []  # step 3 rights do not open step 2
    act(page, deputy, "approve")
    act(page, delegate, "approve")
    assert ArticlePage.objects.get(pk=page.pk).live


def test_a_delegation_cannot_give_rights_the_delegator_lacks(member, delegate):
    delegation = Delegation(
        delegator=member,
        delegate=delegate,
        step=Step.APPROVE,
        starts_at=timezone.now(),
        ends_at=timezone.now() + timedelta(days=1),
        reason="Thử",
    )
    with pytest.raises(Exception, match="Trưởng ban"):
        delegation.full_clean()


def test_the_editor_shows_who_wrote_edited_and_approved(
    client, assignment, make_article, member, deputy, head, portal_admin
):
    page = make_article()
    submit(page, member)
    act(page, deputy, "approve", comment="Đã biên tập lại đoạn mở đầu.")
    act(page, head, "approve")
    client.force_login(portal_admin)
    content = client.get(f"/quan-tri/pages/{page.pk}/edit/").content.decode()
    assert "Quy trình biên tập" in content
    assert "Người cập nhật tin (bước 1)" in content
    assert str(member) in content
    assert "Bước 2: Biên tập tin</dt>" in content
    assert str(deputy) in content and "Đã biên tập lại đoạn mở đầu." in content
    assert str(head) in content
