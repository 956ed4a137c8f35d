"""Moderation before display: nothing a citizen sends is public until the drafting unit
or the board approves it; a rejection needs a reason and is told to the commenter."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import ModelLogEntry

from portal.consultations import actions
from portal.consultations.models import ConsultationComment
from portal.consultations.tests.factories import comment_post
from portal.core import privacy

pytestmark = pytest.mark.django_db
Status = ConsultationComment.Status


@pytest.fixture
def pending(client, published, article):
    data = comment_post(article, content="Đề nghị bổ sung định nghĩa “thông tin số”.")
    assert client.post(f"/gop-y/{published.pk}/gui-gop-y/", data).status_code == 302
    client.logout()
    return ConsultationComment.objects.get()


def page(client, consultation):
    return client.get(consultation.get_absolute_url()).content.decode()


def test_a_comment_is_not_shown_before_it_is_approved(
    client, published, pending, unit_updater, committed
):
    assert "thông tin số" not in page(client, published)
    client.force_login(unit_updater)
    with committed():
        response = client.post(reverse("consultations_admin:approve", args=[pending.pk]))
    assert response.status_code == 302
    client.logout()
    html = page(client, published)
    assert "Đề nghị bổ sung định nghĩa “thông tin số”." in html
    assert "Ý kiến về Điều 2 (1)" in html
    pending.refresh_from_db()
    assert pending.status == Status.APPROVED and pending.moderated_by == unit_updater
    assert "đã được công khai" in mail.outbox[-1].subject


def test_a_rejected_comment_stays_hidden_and_its_author_learns_why(
    client, published, pending, head, committed
):
    client.force_login(head)
    url = reverse("consultations_admin:reject", args=[pending.pk])
    assert client.get(url).status_code == 200
    empty = client.post(url, {"reason": "  "})
    assert "Phải ghi lý do" in empty.content.decode()
    with committed():
        client.post(url, {"reason": "Nội dung trùng lặp với góp ý khác."})
    pending.refresh_from_db()
    assert pending.status == Status.REJECTED
    assert pending.rejection_reason == "Nội dung trùng lặp với góp ý khác."
    client.logout()
    assert "thông tin số" not in page(client, published)
    assert "Nội dung trùng lặp với góp ý khác." in mail.outbox[-1].body


def test_an_approved_comment_can_be_taken_down_with_a_reason(client, published, pending, member):
    actions.approve_comment(pending, by=member)
    assert "thông tin số" in page(client, published)
    actions.reject_comment(pending, by=member, reason="Có thông tin cá nhân của người khác.")
    assert "thông tin số" not in page(client, published)


def test_transitions_check_the_previous_status(pending, member):
    with pytest.raises(ValueError):
        actions.reject_comment(pending, by=member, reason="")
    actions.approve_comment(pending, by=member)
    with pytest.raises(actions.InvalidTransition):
        actions.approve_comment(pending, by=member)
    actions.reject_comment(pending, by=member, reason="Lạc đề.")
    with pytest.raises(actions.InvalidTransition):
        actions.reject_comment(pending, by=member, reason="Lạc đề.")


def test_every_moderation_is_in_the_audit_log(pending, member):
    actions.approve_comment(pending, by=member)
    actions.reject_comment(pending, by=member, reason="Lạc đề.")
    entries = ModelLogEntry.objects.for_instance(pending).order_by("timestamp", "pk")
    assert [e.action for e in entries] == [actions.SUBMIT, actions.APPROVE, actions.REJECT]
    assert all(e.label == f"Góp ý {pending.code}" for e in entries)


def test_the_queue_shows_pending_comments_and_logs_the_personal_data_view(
    client, published, pending, unit_head
):
    client.force_login(unit_head)
    response = client.get(reverse("consultations_admin:queue", args=[published.pk]))
    html = response.content.decode()
    assert pending.code in html and pending.email in html and "0987 654 321" in html
    entry = ModelLogEntry.objects.get(action=privacy.PERSONAL_DATA_VIEW)
    assert entry.user == unit_head
    assert entry.object_id == str(published.pk)
    assert entry.data == {"screen": "moderation_queue", "comments": [pending.code]}
    approved = client.get(
        reverse("consultations_admin:queue", args=[published.pk]), {"tinh-trang": "da_cong_khai"}
    )
    assert pending.code not in approved.content.decode()
    assert ModelLogEntry.objects.filter(action=privacy.PERSONAL_DATA_VIEW).count() == 1


def test_the_log_entry_reads_in_vietnamese_in_the_history(client, published, pending, portal_admin):
    client.force_login(portal_admin)
    client.get(reverse("consultations_admin:queue", args=[published.pk]))
    history = client.get(
        reverse("wagtailsnippets_consultations_consultation:history", args=[published.pk])
    )
    page = history.content.decode()
    assert "Xem dữ liệu cá nhân của công dân: danh sách kiểm duyệt góp ý (1 người)" in page
