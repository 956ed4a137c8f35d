"""Fixtures of the consultations app: a drafting unit with its staff, another unit's
staff, a published open consultation, and a clean cache (rate limits, used challenges)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from portal.consultations.models import Consultation
from portal.consultations.tests.factories import make_consultation, publish
from portal.core import roles
from portal.core.models import Unit, User


@pytest.fixture
def other_unit_updater(make_user: Callable[..., User], other_unit: Unit) -> User:
    return make_user("capnhat_xa", roles.UNIT_UPDATER, unit=other_unit)


@pytest.fixture
def draft(unit: Unit) -> Consultation:
    return make_consultation(unit)


@pytest.fixture
def published(draft: Consultation, unit_updater: User, deputy: User, head: User) -> Consultation:
    return publish(draft, unit_updater, deputy, head)


@pytest.fixture
def article(published: Consultation) -> Any:
    return published.articles.get(number="Điều 2")
