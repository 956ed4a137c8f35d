"""Every record under the editorial workflow keeps its search text in step, however it is
saved (the drift: documents and procedures kept a stale one on `save(update_fields=…)`)."""

from __future__ import annotations

import pytest
from django.apps import apps

from portal.core.models.content import EditorialContent, EditorialRecord
from portal.documents.tests.factories import make_document
from portal.procedures.models import Procedure, ServiceLevel

pytestmark = pytest.mark.django_db


def test_every_workflow_record_shares_the_editorial_base():
    records = {m.__name__ for m in apps.get_models() if issubclass(m, EditorialRecord)}
    assert records == {"LegalDocument", "Procedure", "PublishedQuestion", "Consultation"}
    pages = {m.__name__ for m in apps.get_models() if issubclass(m, EditorialContent)}
    assert {"ArticlePage", "CategoryPage", "NewsIndexPage"} <= pages


def test_a_document_saved_with_update_fields_is_found_by_its_new_text():
    document = make_document(trich_yeu="Về việc ban hành quy chế")
    document.trich_yeu = "Về việc phòng chống thiên tai"
    document.save(update_fields=["trich_yeu"])
    assert type(document).objects.matching("phong chong thien tai").filter(pk=document.pk)


def test_a_procedure_saved_with_update_fields_is_found_by_its_new_name(unit):
    procedure = Procedure.objects.create(
        ten="Đăng ký khai sinh", unit=unit, service_level=ServiceLevel.objects.first()
    )
    procedure.ten = "Đăng ký kết hôn"
    procedure.save(update_fields=["ten"])
    assert Procedure.objects.matching("dang ky ket hon").filter(pk=procedure.pk).exists()
