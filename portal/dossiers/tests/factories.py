"""Hand-built dossiers for back-office, warning and statistics tests."""

from __future__ import annotations

import itertools
from typing import Any

from django.utils import timezone

from portal.core.models.submissions import secret_digest
from portal.dossiers.models import Dossier, DossierEvent, Status

_numbers = itertools.count(1)


def make_dossier(procedure: Any, **fields: Any) -> Dossier:
    """A dossier of `procedure`'s unit; `fields` override the applicant and the state."""
    number = next(_numbers)
    values: dict[str, Any] = {
        "code": f"{procedure.unit.agency_code or '000.00.00.H00'}-260101-{number:04d}",
        "secret_digest": secret_digest("ma-bi-mat"),
        "procedure": procedure,
        "unit": procedure.unit,
        "status": Status.RECEIVED,
        "applicant_kind": Dossier.ApplicantKind.PERSON,
        "full_name": "Nguyễn Văn Dân",
        "id_number": "066090001234",
        "address": "Thôn 1, xã Ea Kly, huyện Krông Pắc",
        "phone": "0912345678",
        "email": "dan@example.vn",
        "consent_at": timezone.now(),
    }
    values.update(fields)
    dossier = Dossier.objects.create(**values)
    DossierEvent.objects.create(
        dossier=dossier, status=Status.NEW, action="Nộp hồ sơ", created_at=dossier.submitted_at
    )
    return dossier
