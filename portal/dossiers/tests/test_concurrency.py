"""Citizens submitting at the same moment get unique codes and no dossier is lost (PostgreSQL).

Run with: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/pytest portal/dossiers
SQLite serialises writers, so the race this guards against only exists on PostgreSQL.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from portal.dossiers.models import DailySequence, Dossier, DossierFile
from portal.dossiers.tests.conftest import applicant_data, pdf, png
from portal.procedures.models import Procedure, ProcedureFormField, ProcedurePaper, ProcedureStep

THREADS = 8
ROUNDS = 3

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module", autouse=True)
def restore_migration_data(django_db_setup: Any, django_db_blocker: Any) -> Any:
    """Put the data migrations' rows back once the module's transactional test has flushed.

    Django reloads the snapshot before a `serialized_rollback` test but leaves the database
    flushed after it; with `--reuse-db` the next session would then snapshot an empty database
    (no service levels, groups or site). A module fixture is torn down after that flush.
    """
    yield
    contents = getattr(connection, "_test_serialized_contents", None)
    if connection.vendor == "postgresql" and contents:
        with django_db_blocker.unblock():
            connection.creation.deserialize_db_from_string(contents)


def _fill_in(client: Client, procedure: Any, number: int) -> None:
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    data = applicant_data(**{"nguoi_nop-full_name": f"Người nộp số {number}"})
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 302, response.content.decode()[:500]


@pytest.fixture
def procedures(procedure: Any, other_unit: Any) -> list[Any]:
    """Three receiving units: one with its own agency code, two without (sharing the fallback)."""
    from portal.core.models import Unit

    third = Unit.objects.create(code="xa-ea-phe", name="Ủy ban nhân dân xã Ea Phê", kind="xa")
    copies = [procedure]
    for unit in (other_unit, third):
        copy = Procedure.objects.get(pk=procedure.pk)
        copy.pk = None
        copy.ten = f"Đăng ký khai sinh – {unit.name}"
        copy.unit = unit
        copy.steps, copy.papers, copy.form_fields = (
            [ProcedureStep(description=s.description) for s in procedure.steps.all()],
            [
                ProcedurePaper(name=p.name, upload_required=p.upload_required)
                for p in procedure.papers.all()
            ],
            [
                ProcedureFormField(label=f.label, field_type=f.field_type, required=f.required)
                for f in procedure.form_fields.all()
            ],
        )
        copy.save()
        copies.append(copy)
    return copies


def _citizen(procedure: Any, index: int, start: threading.Barrier, codes: list[str]) -> None:
    client = Client(REMOTE_ADDR=f"10.0.0.{index + 1}")  # one rate-limit bucket each
    try:
        for round_ in range(ROUNDS):
            _fill_in(client, procedure, index * ROUNDS + round_)
            start.wait(timeout=30)  # every thread submits its review at the same moment
            response = client.post(reverse("dossiers:review", args=[procedure.pk]))
            assert response.status_code == 302, response.content.decode()[:500]
            codes.append(response["Location"].rstrip("/").split("/")[-2])
    finally:
        connections.close_all()


def test_simultaneous_submissions_get_unique_codes_and_none_is_lost(procedures):
    start = threading.Barrier(THREADS)
    codes: list[str] = []
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            _citizen(procedures[index % len(procedures)], index, start, codes)
        except BaseException as error:  # noqa: BLE001  (reported below, with the others)
            errors.append(error)
            start.abort()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    total = THREADS * ROUNDS
    assert len(codes) == len(set(codes)) == total
    stored = list(Dossier.objects.values_list("code", flat=True))
    assert sorted(stored) == sorted(codes)
    by_prefix: dict[str, list[int]] = {}
    for code in stored:
        prefix, _day, number = re.fullmatch(r"(.+)-(\d{6})-(\d{4})", code).groups()
        by_prefix.setdefault(prefix, []).append(int(number))
    assert set(by_prefix) == {"000.00.22.H15", "000.00.00.H00"}
    for numbers in by_prefix.values():  # no gap, no duplicate, per prefix
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert DossierFile.objects.count() == 2 * total
    assert sum(DailySequence.objects.values_list("last", flat=True)) == total
    names = set(Dossier.objects.values_list("full_name", flat=True))
    assert names == {f"Người nộp số {n}" for n in range(total)}
