"""A database connection lost at the final submit loses nothing (PostgreSQL).

The fault is real, not mocked: a trigger makes the PostgreSQL backend end its own session
while it inserts the dossier, as `pg_terminate_backend` by an administrator or a failover
would. A sequence counts the faults (sequences ignore rollbacks, so the count survives).
"""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from portal.dossiers.models import Dossier, DossierFile
from portal.dossiers.tests.conftest import applicant_data, pdf, png
from portal.dossiers.tests.test_concurrency import restore_migration_data  # noqa: F401

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _inject_faults(times: int) -> None:
    """The next `times` dossier inserts end their database session."""
    with connection.cursor() as cursor:
        cursor.execute("DROP SEQUENCE IF EXISTS test_dossier_faults")
        cursor.execute("CREATE SEQUENCE test_dossier_faults")
        cursor.execute(
            f"""
            CREATE OR REPLACE FUNCTION test_kill_session() RETURNS trigger AS $$
            BEGIN
                IF nextval('test_dossier_faults') <= {int(times)} THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                END IF;
                RETURN NEW;
            END $$ LANGUAGE plpgsql
            """
        )
        cursor.execute(
            "CREATE TRIGGER test_kill_session BEFORE INSERT ON dossiers_dossier "
            "FOR EACH ROW EXECUTE FUNCTION test_kill_session()"
        )


@pytest.fixture
def faults() -> Any:
    yield _inject_faults
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS test_kill_session ON dossiers_dossier")
        cursor.execute("DROP FUNCTION IF EXISTS test_kill_session()")
        cursor.execute("DROP SEQUENCE IF EXISTS test_dossier_faults")


def _fill_in(client: Client, procedure: Any) -> None:
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 302


def test_one_lost_connection_is_retried_and_the_dossier_stored_once(procedure, faults):
    client = Client()
    _fill_in(client, procedure)
    faults(1)
    response = client.post(reverse("dossiers:review", args=[procedure.pk]))
    assert response.status_code == 302, response.content.decode()[:500]
    dossier = Dossier.objects.get()
    assert response["Location"] == reverse("dossiers:receipt", args=[dossier.code])
    assert DossierFile.objects.filter(dossier=dossier).count() == 2


def test_a_lasting_fault_shows_a_calm_page_and_keeps_the_draft(procedure, faults):
    client = Client()
    _fill_in(client, procedure)
    faults(2)
    response = client.post(reverse("dossiers:review", args=[procedure.pk]))
    assert response.status_code == 503
    page = response.content.decode()
    assert "Không có gì bị mất" in page and "Xem lại và nộp hồ sơ" in page
    assert not Dossier.objects.exists()
    # Once the database is well again, the same draft goes through with its files.
    retry = client.post(reverse("dossiers:review", args=[procedure.pk]))
    assert retry.status_code == 302
    assert Dossier.objects.get().files.count() == 2
