"""Commenters' contact data never leaves the back office: not in public pages, page source,
feeds or the API; names only with consent; erased after the retention period."""

from __future__ import annotations

import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from ninja.testing import TestClient
from wagtail.models import ModelLogEntry, Site

from portal.consultations import actions
from portal.consultations.api import router
from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import PERSONAL, comment_post
from portal.core import privacy
from portal.core.models import PortalSettings

pytestmark = pytest.mark.django_db

CONTACT = [PERSONAL["email"], PERSONAL["phone"], "0987654321", PERSONAL["organisation"]]
HIDDEN_NAME = "Lương Thị Ẩndanh"


@pytest.fixture
def comments(client, published, article, member):
    """Approved (name hidden), approved (name shown), pending and rejected comments."""
    rows = [
        (article, HIDDEN_NAME, False, "Góp ý công khai không kèm tên.", "approve"),
        (None, "Phan Văn Côngkhai", True, "Góp ý công khai kèm tên.", "approve"),
        (article, HIDDEN_NAME, True, "Góp ý đang chờ duyệt.", None),
        (None, HIDDEN_NAME, True, "Góp ý bị từ chối.", "reject"),
    ]
    made = []
    for target, name, show, content, decision in rows:
        data = comment_post(target, name=name, content=content, show_name="on" if show else None)
        assert client.post(f"/gop-y/{published.pk}/gui-gop-y/", data).status_code == 302
        comment = ConsultationComment.objects.latest("pk")
        if decision == "approve":
            actions.approve_comment(comment, by=member)
        elif decision == "reject":
            actions.reject_comment(comment, by=member, reason="Lạc đề.")
        made.append(comment)
    client.cookies.clear()
    return made


def public_responses(client, published, article, comments):
    api = TestClient(router)
    pages = {
        "list": client.get("/gop-y/"),
        "detail": client.get(published.get_absolute_url()),
        "detail-article": client.get(f"{published.get_absolute_url()}?dieu={article.pk}"),
        "lookup": client.get("/gop-y/tra-cuu/", {"ma": comments[0].code}),
        "rss": client.get("/rss/"),
        "sitemap": client.get("/sitemap.xml"),
    }
    bodies = {name: response.content.decode() for name, response in pages.items()}
    # Decoded, so that "Hợp tác xã…" is compared as text, not as \u escapes.
    bodies["api-list"] = json.dumps(api.get("/").json(), ensure_ascii=False)
    bodies["api-detail"] = json.dumps(api.get(f"/{published.pk}/").json(), ensure_ascii=False)
    return bodies


def test_no_contact_data_in_any_public_response(client, published, article, comments):
    bodies = public_responses(client, published, article, comments)
    for name, body in bodies.items():
        for secret in CONTACT:
            assert secret not in body, (name, secret)
        assert HIDDEN_NAME not in body, name
    assert "Góp ý công khai không kèm tên." in bodies["detail"]
    assert "Phan Văn Côngkhai" in bodies["detail"]  # shown: its author agreed
    assert "Góp ý công khai kèm tên." in bodies["api-detail"]
    assert "Phan Văn Côngkhai" in bodies["api-detail"]
    for body in (bodies["detail"], bodies["api-detail"]):
        assert "Góp ý đang chờ duyệt." not in body
        assert "Góp ý bị từ chối." not in body


def test_the_confirmation_page_shows_the_code_and_no_contact_data(client, published):
    response = client.post(f"/gop-y/{published.pk}/gui-gop-y/", comment_post())
    body = client.get(response["Location"]).content.decode()
    assert ConsultationComment.objects.get().code in body
    for secret in [*CONTACT, PERSONAL["name"]]:
        assert secret not in body


def test_the_lookup_gives_the_status_and_no_contact_data(client, comments):
    rejected = comments[3]
    body = client.get("/gop-y/tra-cuu/", {"ma": rejected.code.lower()}).content.decode()
    assert "Không công khai" in body and "Lạc đề." in body
    assert HIDDEN_NAME not in body and PERSONAL["email"] not in body
    missing = client.get("/gop-y/tra-cuu/", {"ma": "GY-000000-AAAAAA"}).content.decode()
    assert "Không tìm thấy" in missing


def retention(days: int) -> None:
    settings = PortalSettings.for_site(Site.objects.get(is_default_site=True))
    settings.personal_data_retention_days = days
    settings.save()


def test_contact_data_is_erased_after_the_retention_period(comments, published):
    retention(30)
    Consultation.objects.filter(pk=published.pk).update(
        closes_at=timezone.now() - timedelta(days=29)
    )
    out = StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Góp ý dự thảo (theo đợt lấy ý kiến đã đóng): đã xóa 0 mục." in out.getvalue()
    Consultation.objects.filter(pk=published.pk).update(
        closes_at=timezone.now() - timedelta(days=31)
    )
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert ConsultationComment.objects.filter(email=PERSONAL["email"]).count() == 4
    call_command("purge_personal_data", stdout=out)
    call_command("purge_personal_data", stdout=out)  # idempotent
    for comment in ConsultationComment.objects.all():
        assert (comment.name, comment.email, comment.phone, comment.organisation) == ("",) * 4
        assert comment.purged_at is not None and comment.content  # the text stays
    entry = ModelLogEntry.objects.get(action=privacy.PERSONAL_DATA_ERASE)
    assert entry.data == {"comments": 4}


def test_an_open_consultation_is_never_purged(comments, published):
    retention(0)
    call_command("purge_personal_data", stdout=StringIO())
    assert ConsultationComment.objects.filter(email=PERSONAL["email"]).count() == 4
