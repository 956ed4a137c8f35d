"""A consultation that received comments cannot be deleted: nothing a citizen sent is lost."""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.consultations.models import Consultation, ConsultationComment

pytestmark = pytest.mark.django_db


def test_a_consultation_with_comments_is_not_deleted(client, published, portal_admin):
    ConsultationComment.objects.create(
        consultation=published, code="GY-261129-ZZZZZZ", content="Giữ lại.", consent_text="…"
    )
    client.force_login(portal_admin)
    url = reverse("wagtailsnippets_consultations_consultation:delete", args=[published.pk])
    response = client.post(url)
    assert response.status_code in (200, 302)
    assert Consultation.objects.filter(pk=published.pk).exists()
    assert ConsultationComment.objects.filter(consultation=published).exists()
