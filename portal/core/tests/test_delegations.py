"""Delegations (ủy quyền) are recorded on a back-office screen, audited, and revocable."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from portal.core.models import Delegation

pytestmark = pytest.mark.django_db


def _form(delegator, delegate, step="bien_tap", days=3):
    start = timezone.localtime()
    return {
        "delegator": delegator.pk,
        "delegate": delegate.pk,
        "step": step,
        "starts_at": start.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (start + timedelta(days=days)).strftime("%Y-%m-%d %H:%M"),
        "reason": "Đi học tập trung",
    }


def test_a_deputy_records_a_delegation_and_it_is_logged(client, deputy, delegate):
    client.force_login(deputy)
    response = client.post(reverse("delegation:add"), _form(deputy, delegate))
    assert response.status_code == 302, response.content.decode()[:3000]
    delegation = Delegation.objects.get()
    assert delegation.is_active
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(delegation.pk))


def test_a_deputy_cannot_delegate_on_someone_elses_behalf(client, deputy, head, delegate):
    client.force_login(deputy)
    response = client.post(reverse("delegation:add"), _form(head, delegate, step="duyet"))
    assert response.status_code == 200
    assert not Delegation.objects.exists()


def test_the_end_must_come_after_the_start(client, head, delegate):
    client.force_login(head)
    response = client.post(reverse("delegation:add"), _form(head, delegate, "duyet", days=-1))
    assert "phải sau thời điểm bắt đầu" in response.content.decode()
    assert not Delegation.objects.exists()


def test_the_delegator_revokes_and_the_revocation_is_logged(client, deputy, delegate):
    delegation = Delegation.objects.create(
        delegator=deputy,
        delegate=delegate,
        step="bien_tap",
        ends_at=timezone.now() + timedelta(days=1),
        reason="Nghỉ phép",
    )
    client.force_login(deputy)
    listing = client.get(reverse("delegation:index")).content.decode()
    assert reverse("delegation:revoke", args=[delegation.pk]) in listing
    response = client.post(reverse("delegation:revoke", args=[delegation.pk]))
    assert response.status_code == 302
    delegation.refresh_from_db()
    assert not delegation.is_active
    assert delegation.status_label() == "Đã thu hồi"
    assert ModelLogEntry.objects.filter(action="portal.delegation.revoke").exists()


def test_the_delegate_cannot_revoke(client, deputy, delegate):
    delegation = Delegation.objects.create(
        delegator=deputy,
        delegate=delegate,
        step="bien_tap",
        ends_at=timezone.now() + timedelta(days=1),
        reason="Nghỉ phép",
    )
    client.force_login(delegate)
    response = client.post(reverse("delegation:revoke", args=[delegation.pk]))
    assert response.status_code in (302, 403)
    delegation.refresh_from_db()
    assert delegation.is_active
