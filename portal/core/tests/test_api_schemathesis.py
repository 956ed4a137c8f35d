"""Schemathesis against `/api/v1/schema/`: generated requests, valid and invalid, to every
operation, through the portal's WSGI application (no live server). Every answer must be
neither a server error nor outside what the schema promises (status, content type, body).

The data are published through the real editorial workflow, so the list and detail answers
are checked with content, not only empty pages and 404s.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from portal.consultations import actions as consultation_actions
from portal.consultations.models import Consultation, ConsultationComment
from portal.consultations.tests.factories import make_consultation
from portal.consultations.tests.factories import publish as publish_consultation
from portal.core.models import Unit, User
from portal.documents.models import Field, LegalDocument, RelationKind
from portal.documents.tests.factories import make_document
from portal.news.tests.workflow_helpers import act, submit
from portal.questions.models import Kind, PublishedQuestion
from portal.wsgi import application

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
DETAILS = {
    "/api/v1/van-ban/{document_id}/": "document_id",
    "/api/v1/hoi-dap/{record_id}/": "record_id",
    "/api/v1/gop-y/{consultation_id}/": "consultation_id",
}


@pytest.fixture
def demo_data(
    member: User, deputy: User, head: User, unit: Unit, unit_updater: User
) -> dict[str, int]:
    """One published record of each kind, with its optional parts filled in."""
    older = _publish(make_document(so="12", so_ky_hieu="12/2010/QĐ-UBND"), member, deputy, head)
    document = _publish(
        make_document(relations=[(RelationKind.REPLACES, older)]),
        member,
        deputy,
        head,
    )
    consultation = publish_consultation(make_consultation(unit), unit_updater, deputy, head)
    article = consultation.articles.first()
    _approved_comment(consultation, article, member)
    record = PublishedQuestion.objects.create(
        kind=Kind.QUESTION,
        title="Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        question_text="Gia đình tôi muốn cấp sổ đỏ lần đầu cho thửa đất ở thôn 3.",
        answer_text="Hồ sơ nộp tại Bộ phận Một cửa huyện; thời hạn 30 ngày.",
        linh_vuc=Field.objects.get(name="Tư pháp"),
        unit=unit,
        asked_on="2026-03-02",
        answered_on="2026-03-20",
        is_faq=True,
        live=True,
    )
    return {
        "document_id": document.pk,
        "consultation_id": consultation.pk,
        "record_id": record.pk,
    }


def _publish(record: LegalDocument, member: User, deputy: User, head: User) -> LegalDocument:
    submit(record, member)
    act(record, deputy, "approve")
    act(record, head, "approve")
    record.refresh_from_db()
    return record


def _approved_comment(consultation: Consultation, article: Any, member: User) -> None:
    comment = ConsultationComment.objects.create(
        consultation=consultation,
        article=article,
        article_label=article.label,
        code="GY-261129-000001",
        name="Ai Đó",
        show_name=True,
        email="ai.do@example.net",
        content="Đề nghị ghi rõ thời hạn cập nhật thông tin.",
        consent_text="…",
    )
    consultation_actions.approve_comment(comment, by=member)


@pytest.fixture
def wsgi_app() -> Iterator[Any]:
    """The portal's WSGI application, without the end-of-request connection cleanup, which
    would close the test's transaction (Django's test client leaves it out the same way)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield application
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(demo_data: dict[str, int], wsgi_app: Any) -> Any:
    return schemathesis.openapi.from_wsgi("/api/v1/schema/", wsgi_app)


def test_every_operation_keeps_to_its_schema(api_schema: Any) -> None:
    """Valid and invalid requests alike, drawn across all operations of the schema."""
    requests = api_schema.as_strategy(GenerationMode.POSITIVE) | api_schema.as_strategy(
        GenerationMode.NEGATIVE
    )

    @given(case=requests)
    @settings(
        max_examples=100,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def call(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    call()


def test_the_published_records_keep_to_the_schema(
    api_schema: Any, demo_data: dict[str, int]
) -> None:
    """Generated ids almost never hit a record: ask for each published one explicitly."""
    for path, parameter in DETAILS.items():
        case = api_schema[path]["GET"].Case(path_parameters={parameter: demo_data[parameter]})
        response = case.call()
        assert response.status_code == 200, path
        case.validate_response(response, checks=CHECKS)
