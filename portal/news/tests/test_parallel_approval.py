"""Two approvals of one article at the same moment (a double click), on PostgreSQL."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client
from wagtail.models import PageLogEntry

from portal.dossiers.tests.test_concurrency import restore_migration_data  # noqa: F401
from portal.news.tests.test_repeated_actions import _editor_action
from portal.news.tests.workflow_helpers import act, submit

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_double_click_on_approve_publishes_once(
    assignment: Any, make_article: Any, member: Any, deputy: Any, head: Any
) -> None:
    page = make_article()
    submit(page, member)
    act(page, deputy, "approve")
    mail.outbox.clear()
    start = threading.Barrier(2)
    statuses: list[int] = []

    def click() -> None:
        client = Client()
        client.force_login(head)
        try:
            start.wait(timeout=20)
            statuses.append(_editor_action(client, page, "approve").status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert statuses == [302, 302]
    page.refresh_from_db()
    assert page.live
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").count() == 1
    assert len([m for m in mail.outbox if "đã được duyệt" in m.subject]) == 1
