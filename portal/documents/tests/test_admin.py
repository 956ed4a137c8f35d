"""Back office for documents: who may add them, and the workflow before publication."""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.documents.tests.factories import make_document
from portal.news.tests.workflow_helpers import act, actions_for, submit

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_documents_legaldocument:add"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("unit_updater", True),
        ("member", True),
        ("portal_admin", True),
        ("deputy", False),
        ("head", False),
        ("unit_head", False),
        ("delegate", False),
    ],
)
def test_who_may_add_documents(client, request, role, allowed):
    client.force_login(request.getfixturevalue(role))
    assert (client.get(reverse(ADD)).status_code == 200) is allowed
    assert (
        client.get(reverse("wagtailsnippets_documents_legaldocument:upload")).status_code == 200
    ) is allowed


def test_a_units_upload_goes_through_deputy_and_head(unit_updater, deputy, head, other_deputy):
    record = make_document()
    submit(record, unit_updater)
    assert "approve" in actions_for(record, deputy)
    assert "approve" in actions_for(record, other_deputy)  # documents have no category
    act(record, deputy, "approve")
    assert actions_for(record, unit_updater) == []
    act(record, head, "approve")
    record.refresh_from_db()
    assert record.live


def test_nobody_but_a_superuser_publishes_a_document_directly(client, portal_admin):
    record = make_document()
    client.force_login(portal_admin)
    response = client.post(
        reverse("wagtailsnippets_documents_legaldocument:edit", args=[record.pk]),
        {"action-publish": "publish"},
    )
    record.refresh_from_db()
    assert not record.live
    assert response.status_code in (200, 302, 403)


def test_the_admin_list_and_edit_screens_render(client, portal_admin):
    record = make_document()
    client.force_login(portal_admin)
    listing = client.get(reverse("wagtailsnippets_documents_legaldocument:list"))
    assert "4635/QĐ-UBND" in listing.content.decode()
    edit = client.get(reverse("wagtailsnippets_documents_legaldocument:edit", args=[record.pk]))
    assert edit.status_code == 200
