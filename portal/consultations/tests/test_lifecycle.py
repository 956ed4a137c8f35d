"""A consultation from draft to summary: published through the workflow, opens on its
date, receives comments on an article, closes by itself on its end date, is marked closed
once, and shows the drafting unit's summary after closing."""

from __future__ import annotations

from datetime import date, datetime, time
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command

from portal.consultations import actions
from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import comment_post, make_consultation, publish
from portal.news.tests.workflow_helpers import act, submit

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=VN)


@pytest.fixture
def scheduled(unit, unit_updater, deputy, head, time_travel):
    """Published on 1 Dec 2026; open from 5 Dec 08:00 to 20 Dec 17:00."""
    with time_travel(date(2026, 12, 1)):
        consultation = make_consultation(
            unit, opens=at(date(2026, 12, 5), 8), closes=at(date(2026, 12, 20), 17)
        )
        return publish(consultation, unit_updater, deputy, head)


def test_it_is_published_only_through_the_editorial_workflow(client, draft, unit_updater, deputy):
    assert client.get(draft.get_absolute_url()).status_code == 404
    submit(draft, unit_updater)
    act(draft, deputy, "approve")
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get("/gop-y/").content.decode()


def test_it_opens_on_its_date_and_takes_comments_on_an_article(
    client, scheduled, time_travel, committed
):
    article = scheduled.articles.get(number="Điều 2")
    with time_travel(date(2026, 12, 3)):
        page = client.get(scheduled.get_absolute_url()).content.decode()
        assert "Sắp lấy ý kiến" in page
        assert 'name="content"' not in page
        refused = client.post(f"/gop-y/{scheduled.pk}/gui-gop-y/", comment_post(article))
        assert refused.status_code == 410
    with time_travel(date(2026, 12, 10)):
        page = client.get(scheduled.get_absolute_url()).content.decode()
        assert "Đang lấy ý kiến" in page and 'name="content"' in page
        with committed():
            response = client.post(f"/gop-y/{scheduled.pk}/gui-gop-y/", comment_post(article))
        assert response.status_code == 302
        comment = ConsultationComment.objects.get()
        assert comment.article == article and comment.article_label == "Điều 2. Giải thích từ ngữ"
        assert comment.status == ConsultationComment.Status.PENDING
        assert comment.code.startswith("GY-261210-")
        sent = client.get(response["Location"]).content.decode()
        assert comment.code in sent
        assert mail.outbox[-1].to == ["bimat.nguoigopy@example.net"]
        assert comment.code in mail.outbox[-1].body


def test_it_closes_by_itself_at_the_end_date(client, scheduled, time_travel):
    with time_travel(at(date(2026, 12, 20), 16)):
        assert scheduled.is_open
    with time_travel(at(date(2026, 12, 20), 17)):
        scheduled.refresh_from_db()
        assert not scheduled.is_open
        page = client.get(scheduled.get_absolute_url()).content.decode()
        assert 'name="content"' not in page
        assert "Đã hết thời gian lấy ý kiến" in page
        response = client.post(
            f"/gop-y/{scheduled.pk}/gui-gop-y/", comment_post(content="Góp ý gửi muộn, sau hạn.")
        )
        assert response.status_code == 410
        assert "Góp ý gửi muộn, sau hạn." in response.content.decode()  # shown back, not lost
        assert not ConsultationComment.objects.exists()
        listing = client.get("/gop-y/").content.decode()
        assert listing.index("Đã kết thúc lấy ý kiến") < listing.index(scheduled.title)


def test_the_close_command_marks_it_once_and_tells_the_drafting_unit(
    scheduled, unit, unit_updater, time_travel, committed
):
    unit.email = "tuphap@krongpac.example.gov.vn"
    unit.save()
    with time_travel(date(2026, 12, 19)):
        call_command("close_consultations", stdout=StringIO())
        scheduled.refresh_from_db()
        assert scheduled.closed_at is None
    mail.outbox.clear()
    with time_travel(date(2026, 12, 21)):
        with committed():
            call_command("close_consultations", stdout=StringIO())
        with committed():
            call_command("close_consultations", stdout=StringIO())  # idempotent
    scheduled.refresh_from_db()
    assert scheduled.closed_at is not None
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {"tuphap@krongpac.example.gov.vn", unit_updater.email}
    assert scheduled.title in mail.outbox[0].body
    with pytest.raises(actions.InvalidTransition):
        actions.close_consultation(scheduled)


def test_it_publishes_the_units_summary_after_closing(
    client, scheduled, unit_updater, deputy, head, time_travel
):
    with time_travel(date(2026, 12, 22)):
        call_command("close_consultations", stdout=StringIO())
        draft = scheduled.get_latest_revision_as_object()
        draft.report = "<p>Tiếp thu ý kiến về Điều 2: bổ sung định nghĩa “cổng thông tin”.</p>"
        draft.save_revision(user=unit_updater)
        page = client.get(scheduled.get_absolute_url()).content.decode()
        assert "bổ sung định nghĩa" not in page  # not yet approved
        assert "đang tổng hợp" in page
        publish(scheduled, unit_updater, deputy, head)
        page = client.get(scheduled.get_absolute_url()).content.decode()
        assert "Báo cáo tổng hợp, tiếp thu, giải trình" in page
        assert "bổ sung định nghĩa “cổng thông tin”" in page
    scheduled.refresh_from_db()
    assert scheduled.closed_at is not None  # publishing a revision kept the closing


def test_the_summary_is_not_shown_while_the_consultation_is_open(
    client, published, unit_updater, deputy, head
):
    draft = published.get_latest_revision_as_object()
    draft.report = "<p>Báo cáo viết sẵn trước hạn.</p>"
    draft.save_revision(user=unit_updater)
    publish(published, unit_updater, deputy, head)
    assert (
        "Báo cáo viết sẵn trước hạn."
        not in client.get(published.get_absolute_url()).content.decode()
    )


def test_it_links_the_final_document_once_that_is_published(client, published):
    from portal.documents.tests.factories import make_document

    document = make_document()
    Consultation.objects.filter(pk=published.pk).update(final_document=document)
    assert "4635/QĐ-UBND" not in client.get(published.get_absolute_url()).content.decode()
    document.live = True
    document.save()
    assert "4635/QĐ-UBND" in client.get(published.get_absolute_url()).content.decode()


def test_an_empty_draft_cannot_be_approved(unit, unit_updater, deputy, head):
    from portal.news.tests.workflow_helpers import actions_for

    empty = make_consultation(unit, articles=[])
    empty.files.all().delete()
    empty.save_revision()
    submit(empty, unit_updater)
    act(empty, deputy, "approve")
    assert actions_for(empty, head) == ["reject"]  # only "send back" is offered
