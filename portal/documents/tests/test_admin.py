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
    upload_url = reverse("wagtailsnippets_documents_legaldocument:upload")
    assert upload_url in listing.content.decode()  # "Nhập từ tệp" button
    edit = client.get(reverse("wagtailsnippets_documents_legaldocument:edit", args=[record.pk]))
    assert edit.status_code == 200


def test_uploading_a_file_prefills_the_form(client, unit_updater):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from portal.documents.tests.test_import import SEED

    client.force_login(unit_updater)
    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes(), content_type="text/plain")
    response = client.post(
        reverse("wagtailsnippets_documents_legaldocument:upload"), {"file": upload}
    )
    assert response["Location"] == reverse(ADD)
    form = client.get(reverse(ADD)).content.decode()
    assert 'value="4635/QĐ-UBND"' in form
    assert "Nguyễn Sỹ Kỳ" in form
    assert "463/QĐ-UBND" in form  # the warning is shown to the clerk
    assert client.get(reverse(ADD)).content.decode().count('value="4635/QĐ-UBND"') == 0


def test_an_unreadable_upload_is_explained(client, unit_updater):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(unit_updater)
    upload = SimpleUploadedFile("quet.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    response = client.post(
        reverse("wagtailsnippets_documents_legaldocument:upload"), {"file": upload}
    )
    assert response.status_code == 200
    assert 'class="error-message" role="alert"' in response.content.decode()
    from portal.documents.models import LegalDocument

    assert not LegalDocument.objects.exists()


def test_a_citizen_finds_an_imported_and_approved_document(client, member, deputy, head):
    from io import StringIO

    from django.core.management import call_command

    from portal.documents.models import LegalDocument
    from portal.documents.tests.test_import import SEED

    call_command("import_documents", str(SEED), stdout=StringIO())
    record = LegalDocument.objects.get()
    submit(record, member)
    act(record, deputy, "approve")
    act(record, head, "approve")
    for query in ["4635", "quyet dinh quy che website", "4635/QĐ-UBND"]:
        content = client.get("/van-ban/", {"q": query}).content.decode()
        assert record.get_absolute_url() in content, query
