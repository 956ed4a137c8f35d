"""Who may moderate, export and edit a consultation: its drafting unit's staff, the board
and the administrators; not another unit's staff (404), not roles without the right (403),
not the public (login)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import PERSONAL

pytestmark = pytest.mark.django_db

EXPECTED = [
    ("unit_updater", 200),
    ("unit_head", 200),
    ("member", 200),
    ("deputy", 200),
    ("head", 200),
    ("portal_admin", 200),
    ("other_unit_updater", 404),
    ("delegate", 403),  # Wagtail answers a PermissionDenied by sending to the dashboard
]


def refused(response, status):
    if status == 403:
        return response.status_code == 302 and response["Location"] == "/quan-tri/"
    return response.status_code == status


@pytest.fixture
def comment(published, article):
    return ConsultationComment.objects.create(
        consultation=published,
        article=article,
        article_label=article.label,
        code="GY-261129-ABCDEF",
        content="Góp ý kiểm thử quyền.",
        consent_text="…",
        **PERSONAL,
    )


def staff_urls(consultation, comment):
    return [
        reverse("consultations_admin:queue", args=[consultation.pk]),
        reverse("consultations_admin:export_xlsx", args=[consultation.pk]),
        reverse("consultations_admin:export_docx", args=[consultation.pk]),
        reverse("consultations_admin:reject", args=[comment.pk]),
    ]


@pytest.mark.parametrize(("role", "status"), EXPECTED)
def test_who_may_see_the_queue_and_exports(client, request, published, comment, role, status):
    client.force_login(request.getfixturevalue(role))
    for url in staff_urls(published, comment):
        response = client.get(url)
        assert refused(response, status), url
        if status != 200:
            assert PERSONAL["email"].encode() not in response.content


@pytest.mark.parametrize(("role", "status"), EXPECTED)
def test_who_may_approve(client, request, published, comment, role, status):
    client.force_login(request.getfixturevalue(role))
    response = client.post(reverse("consultations_admin:approve", args=[comment.pk]))
    comment.refresh_from_db()
    assert (comment.status == ConsultationComment.Status.APPROVED) is (status == 200)
    if status == 200:
        assert response.status_code == 302 and "/gop-y/" in response["Location"]
    else:
        assert refused(response, status)


def test_the_public_is_sent_to_the_login_page(client, published, comment):
    for url in staff_urls(published, comment):
        response = client.get(url)
        assert response.status_code == 302 and "/quan-tri/login/" in response["Location"]
    client.post(reverse("consultations_admin:approve", args=[comment.pk]))
    comment.refresh_from_db()
    assert comment.status == ConsultationComment.Status.PENDING


def test_the_overview_lists_only_the_users_consultations(
    client, published, other_unit, other_unit_updater, member
):
    client.force_login(other_unit_updater)
    assert (
        published.title not in client.get(reverse("consultations_admin:overview")).content.decode()
    )
    client.force_login(member)
    assert published.title in client.get(reverse("consultations_admin:overview")).content.decode()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("unit_updater", True),
        ("unit_head", True),
        ("member", True),
        ("portal_admin", True),
        ("deputy", False),
        ("head", False),
        ("delegate", False),
    ],
)
def test_who_may_add_consultations(client, request, role, allowed):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse("wagtailsnippets_consultations_consultation:add"))
    assert (response.status_code == 200) is allowed


def test_a_unit_edits_only_its_own_consultations(client, draft, unit_updater, other_unit_updater):
    edit = reverse("wagtailsnippets_consultations_consultation:edit", args=[draft.pk])
    listing = reverse("wagtailsnippets_consultations_consultation:list")
    client.force_login(unit_updater)
    assert client.get(edit).status_code == 200
    assert draft.title in client.get(listing).content.decode()
    client.force_login(other_unit_updater)
    assert client.get(edit).status_code in (302, 403)
    assert draft.title not in client.get(listing).content.decode()
    delete = reverse("wagtailsnippets_consultations_consultation:delete", args=[draft.pk])
    assert client.post(delete).status_code in (302, 403)
    assert Consultation.objects.filter(pk=draft.pk).exists()


def test_a_unit_names_only_itself_as_drafting_unit(client, unit, other_unit, unit_updater, member):
    add = reverse("wagtailsnippets_consultations_consultation:add")
    client.force_login(unit_updater)
    html = client.get(add).content.decode()
    assert f'<option value="{unit.pk}" selected>' in html
    assert other_unit.name not in html
    client.force_login(member)
    assert other_unit.name in client.get(add).content.decode()


def test_nobody_but_a_superuser_publishes_a_consultation_directly(client, draft, portal_admin):
    client.force_login(portal_admin)
    client.post(
        reverse("wagtailsnippets_consultations_consultation:edit", args=[draft.pk]),
        {"action-publish": "publish"},
    )
    draft.refresh_from_db()
    assert not draft.live
