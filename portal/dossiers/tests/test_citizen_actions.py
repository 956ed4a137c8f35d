"""What an applicant does on their dossier's page: withdraw it, rate it, download files."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from portal.dossiers import access
from portal.dossiers.models import DossierFile, SatisfactionRating, Status
from portal.dossiers.tests.conftest import PDF
from portal.dossiers.tests.factories import make_dossier

pytestmark = pytest.mark.django_db
ANSWERS = {
    "overall": "hai_long",
    "ease": "rat_hai_long",
    "timeliness": "hai_long",
    "attitude": "hai_long",
}


def _opened(client: Client, dossier) -> None:
    session = client.session
    session[access.SESSION_KEY] = [dossier.pk]
    session.save()


def test_the_applicant_withdraws_an_open_dossier_with_a_reason(
    client, procedure, mailoutbox, committed
):
    dossier = make_dossier(procedure, status=Status.PROCESSING)
    _opened(client, dossier)
    with committed():
        response = client.post(
            reverse("dossiers:withdraw", args=[dossier.code]), {"reason": "Đã nộp trực tiếp"}
        )
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.WITHDRAWN and dossier.finished_at is not None
    event = dossier.events.last()
    assert (event.action, event.note, event.actor) == (
        "Công dân rút hồ sơ",
        "Đã nộp trực tiếp",
        None,
    )
    assert mailoutbox[-1].to == ["dan@example.vn"]


def test_a_finished_dossier_is_rated_once(client, procedure):
    dossier = make_dossier(procedure, status=Status.RETURNED)
    _opened(client, dossier)
    url = reverse("dossiers:rate", args=[dossier.code])
    assert client.post(url, {**ANSWERS, "comment": "Nhanh, gọn"}).status_code == 302
    again = client.post(url, {**ANSWERS, "overall": "chua_hai_long"}, follow=True)
    assert "đã được đánh giá" in again.content.decode()
    rating = SatisfactionRating.objects.get(dossier=dossier)
    assert (rating.overall, rating.comment) == ("hai_long", "Nhanh, gọn")


def test_an_open_dossier_cannot_be_rated_yet(client, procedure):
    dossier = make_dossier(procedure, status=Status.PROCESSING)
    _opened(client, dossier)
    page = client.post(reverse("dossiers:rate", args=[dossier.code]), ANSWERS, follow=True)
    assert "Không thể “Đánh giá”" in page.content.decode()
    assert not SatisfactionRating.objects.exists()


def test_the_result_is_downloaded_by_its_applicant_only(client, procedure):
    dossier = make_dossier(procedure, status=Status.DONE)
    other = make_dossier(procedure, status=Status.DONE)
    result = DossierFile(
        dossier=dossier, kind=DossierFile.Kind.RESULT, content_type="application/pdf", size=len(PDF)
    )
    result.original_name = "quyet-dinh.pdf"
    result.file.save("x.pdf", ContentFile(PDF), save=False)
    result.save()
    _opened(client, dossier)
    response = client.get(reverse("dossiers:download", args=[dossier.code, result.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert 'filename="quyet-dinh.pdf"' in response["Content-Disposition"]
    stranger = Client()
    _opened(stranger, other)
    assert (
        stranger.get(reverse("dossiers:download", args=[dossier.code, result.pk])).status_code
        == 404
    )
    assert (
        stranger.get(reverse("dossiers:download", args=[other.code, result.pk])).status_code == 404
    )


def test_an_incomplete_rating_keeps_the_comment(client, procedure):
    dossier = make_dossier(procedure, status=Status.DONE)
    _opened(client, dossier)
    url = reverse("dossiers:rate", args=[dossier.code])
    response = client.post(url, {"overall": "hai_long", "comment": "Cán bộ hướng dẫn tận tình"})
    assert response.status_code == 400
    assert "Cán bộ hướng dẫn tận tình" in response.content.decode()
    assert not SatisfactionRating.objects.exists()
