"""The demo consultations: realistic, published through the workflow, idempotent."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from portal.consultations import demo
from portal.consultations.models import Consultation, ConsultationComment

pytestmark = pytest.mark.django_db


def test_the_demo_builds_an_open_and_a_closed_consultation_once(client):
    out = StringIO()
    call_command("seed_demo", stdout=out)
    demo.seed(out)
    demo.seed(out)
    assert Consultation.objects.count() == 2
    open_one = Consultation.objects.get(title=demo.OPEN_TITLE)
    closed = Consultation.objects.get(title=demo.CLOSED_TITLE)
    assert open_one.live and open_one.is_open and open_one.articles.count() == 18
    assert closed.live and closed.closed_at is not None and not closed.is_open
    assert ConsultationComment.objects.filter(consultation=open_one).pending().count() == 1
    page = client.get(closed.get_absolute_url()).content.decode()
    assert "Kết quả tiếp thu, giải trình" in page
    assert "Tập thể lao động xuất sắc" in page
    listing = client.get("/gop-y/").content.decode()
    assert listing.index(open_one.title) < listing.index(closed.title)
