"""Permission matrix: every role × every workflow action, allowed and refused.

Actions: create an article in the category (step 1), submit it, act at step 2, act at
step 3, publish directly (bypassing the board), manage category assignments, delegate.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.core.models import Delegation
from portal.core.models.editorial import Step
from portal.news.tests.workflow_helpers import act, actions_for, submit

pytestmark = pytest.mark.django_db

ROLES = [
    "member",
    "other_member",
    "deputy",
    "other_deputy",
    "head",
    "delegate",
    "active_delegate",
    "unit_updater",
    "unit_head",
    "portal_admin",
]

# role → (create, step 2, step 3, publish directly, manage assignments, delegate)
EXPECTED = {
    "member": (True, False, False, False, False, False),
    "other_member": (False, False, False, False, False, False),
    "deputy": (False, True, False, False, False, True),
    "other_deputy": (False, False, False, False, False, True),
    "head": (False, False, True, False, True, True),
    "delegate": (False, False, False, False, False, False),
    "active_delegate": (False, True, False, False, False, False),
    "unit_updater": (False, False, False, False, False, False),
    "unit_head": (False, False, False, False, False, False),
    "portal_admin": (True, False, False, False, True, True),
}


@pytest.fixture
def active_delegate(delegate, deputy):
    Delegation.objects.create(
        delegator=deputy,
        delegate=delegate,
        step=Step.EDIT,
        starts_at=timezone.now() - timedelta(minutes=5),
        ends_at=timezone.now() + timedelta(days=2),
        reason="Nghỉ phép",
    )
    return delegate


@pytest.fixture
def actor(request, assignment, head, unit_updater, unit_head, portal_admin, delegate):
    return request.getfixturevalue(request.param)


def _can_open_create_form(client, user, category) -> bool:
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", category.pk])
    response = client.get(url)
    return response.status_code == 200


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_step_1_creating_articles_in_the_category(client, actor, category):
    expected = EXPECTED[_name(actor)][0]
    assert _can_open_create_form(client, actor, category) is expected


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_step_2_editing_and_passing_on(actor, make_article, member):
    page = make_article()
    submit(page, member)
    expected = EXPECTED[_name(actor)][1]
    assert ("approve" in actions_for(page, actor)) is expected
    assert ("reject" in actions_for(page, actor)) is expected
    assert page.permissions_for_user(actor).can_edit() is (
        expected or _name(actor) in {"member", "portal_admin"}
    )


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_step_3_approving(actor, make_article, member, deputy):
    page = make_article()
    submit(page, member)
    act(page, deputy, "approve")
    expected = EXPECTED[_name(actor)][2]
    assert ("approve" in actions_for(page, actor)) is expected


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_nobody_publishes_an_article_directly(actor, make_article):
    page = make_article()
    assert page.permissions_for_user(actor).can_publish() is EXPECTED[_name(actor)][3]


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_managing_category_assignments(client, actor):
    client.force_login(actor)
    response = client.get(reverse("category_assignment:index"))
    assert (response.status_code == 200) is EXPECTED[_name(actor)][4]


@pytest.mark.parametrize("actor", ROLES, indirect=True)
def test_recording_a_delegation(client, actor):
    client.force_login(actor)
    response = client.get(reverse("delegation:add"))
    assert (response.status_code == 200) is EXPECTED[_name(actor)][5]


def test_the_member_is_locked_out_of_editing_once_submitted(assignment, make_article, member):
    page = make_article()
    submit(page, member)
    page.refresh_from_db()
    assert page.permissions_for_user(member).page_locked()


def test_anonymous_visitors_cannot_reach_the_back_office(client, category):
    url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", category.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert "/quan-tri/login/" in response["Location"]


def test_a_workflow_action_posted_by_the_wrong_deputy_is_refused(
    client, assignment, make_article, member, other_deputy
):
    page = make_article()
    workflow_state = submit(page, member)
    client.force_login(other_deputy)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", workflow_state.current_task_state.pk],
    )
    response = client.post(url, {})
    assert response.status_code in (302, 403)
    workflow_state.refresh_from_db()
    assert workflow_state.current_task_state.status == "in_progress"
    assert workflow_state.current_task_state.task.specific.step == Step.EDIT


def _name(user) -> str:
    return {
        "thanhvien": "member",
        "thanhvien2": "other_member",
        "photruongban": "deputy",
        "photruongban2": "other_deputy",
        "truongban": "head",
        "capnhat": "unit_updater",
        "thutruong": "unit_head",
        "quantri": "portal_admin",
    }.get(user.username) or (
        "active_delegate" if user.delegations_received.exists() else "delegate"
    )
