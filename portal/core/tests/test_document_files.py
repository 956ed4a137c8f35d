"""Public document files are served with honest headers."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.core.tests.samples import pdf_bytes

pytestmark = pytest.mark.django_db


def test_a_document_made_in_code_is_served_with_a_real_etag_and_no_bogus_encoding(client):
    document = get_document_model().objects.create(
        title="Quyết định 4635", file=ContentFile(pdf_bytes(), name="quyet-dinh-4635.pdf")
    )
    assert document.file_hash == ""  # created in code: Wagtail computed no hash
    response = client.get(document.url)
    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert response["ETag"] not in {"", '""'}
    assert response["X-Content-Type-Options"] == "nosniff"
    document.refresh_from_db()
    again = client.get(document.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
