"""The core app's start-up: Vietnamese collation on SQLite, Wagtail's own workflow e-mails off."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.db import connection
from django.db.models.functions import Collate

from portal.core.models import Unit


def test_the_core_app_config_is_the_one_in_use():
    assert type(apps.get_app_config("core")).__name__ == "CoreConfig"


@pytest.mark.django_db
def test_units_sort_in_vietnamese_order_in_the_database():
    for index, name in enumerate(["Đắk Lắk", "Ân", "An", "Dak", "Ăn", "Ea Kly"]):
        Unit.objects.create(code=f"u{index}", name=name, kind="khac")
    ordered = list(Unit.objects.order_by(Collate("name", "vi")).values_list("name", flat=True))
    assert ordered == ["An", "Ăn", "Ân", "Dak", "Đắk Lắk", "Ea Kly"], connection.vendor


def test_wagtails_own_workflow_mails_are_disconnected():
    from wagtail.models import WorkflowState
    from wagtail.signals import workflow_rejected

    receivers = workflow_rejected._live_receivers(WorkflowState)
    flat = receivers[0] if isinstance(receivers, tuple) else receivers
    names = [type(r).__name__ for r in flat]
    assert "WorkflowStateRejectionEmailNotifier" not in names
