"""Submitting a dossier in two steps (fill in → review → submit) without losing anything.

What the applicant typed is kept in the session and files already received are kept in a
private draft folder, so a mistake in one field never costs a re-upload. The final step
creates the dossier, its files and its first history line in one transaction.
"""

from __future__ import annotations

import math
import secrets
from typing import Any

from django.core.files import File
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.core.calendar import work_calendar
from portal.dossiers import deadlines, notifications
from portal.dossiers.codes import dossier_code
from portal.dossiers.models import Dossier, DossierEvent, DossierFile
from portal.dossiers.storage import private_storage
from portal.dossiers.uploads import sniff
from portal.lib.codes import new_secret

WORKING_HOURS_PER_DAY = 8


def _key(procedure: Any) -> str:
    return f"dossier_draft_{procedure.pk}"


def draft(request: HttpRequest, procedure: Any) -> dict[str, Any]:
    data = request.session.get(_key(procedure))
    if not data:
        data = {"id": secrets.token_hex(8), "post": {}, "files": {}}
    return dict(data)


def save_draft(request: HttpRequest, procedure: Any, data: dict[str, Any]) -> None:
    request.session[_key(procedure)] = data


def clear_draft(request: HttpRequest, procedure: Any) -> None:
    data = request.session.pop(_key(procedure), None)
    for stored in (data or {}).get("files", {}).values():
        private_storage().delete(stored["path"])


def keep_uploads(data: dict[str, Any], uploads: list[tuple[Any, Any]]) -> None:
    """Store valid uploads in the draft folder, replacing an earlier file for the same paper."""
    for paper, upload in uploads:
        old = data["files"].get(str(paper.pk))
        if old:
            private_storage().delete(old["path"])
        path = private_storage().save(f"drafts/{data['id']}/{upload.name}", upload)
        data["files"][str(paper.pk)] = {
            "path": path,
            "name": upload.name[:255],
            "size": upload.size,
            "content_type": sniff(upload) or "application/octet-stream",
        }


def working_days(procedure: Any) -> int:
    if procedure.thoi_han is None:
        return 0
    amount = float(procedure.thoi_han)
    if procedure.thoi_han_don_vi == procedure.DeadlineUnit.WORKING_HOURS:
        return math.ceil(amount / WORKING_HOURS_PER_DAY)
    return math.ceil(amount)


@transaction.atomic
def create_dossier(
    procedure: Any, applicant: dict[str, Any], fields: dict[str, Any], files: dict[str, Any]
) -> tuple[Dossier, str]:
    """Create the dossier, its files and its history in one transaction; return the secret."""
    now = timezone.now()
    secret = new_secret()
    dossier = Dossier(
        **applicant,
        procedure=procedure,
        unit=procedure.unit,
        code=dossier_code(procedure.unit, timezone.localdate(now)),
        secret_hash=Dossier.hash_secret(secret),
        form_data=fields,
        consent_at=now,
        submitted_at=now,
    )
    if procedure.thoi_han is not None:
        dossier.due_date = deadlines.due_date(now, working_days(procedure), work_calendar())
    dossier.save()
    papers = {str(p.pk): p for p in procedure.papers.all()}
    for paper_id, stored in files.items():
        with private_storage().open(stored["path"], "rb") as handle:
            record = DossierFile(
                dossier=dossier,
                paper=papers.get(paper_id),
                kind=DossierFile.Kind.APPLICATION,
                original_name=stored["name"],
                content_type=stored["content_type"],
                size=stored["size"],
            )
            record.file.save(stored["name"], File(handle), save=False)
            record.save()
    DossierEvent.objects.create(
        dossier=dossier, status=dossier.status, action=_("Nộp hồ sơ trực tuyến")
    )
    transaction.on_commit(lambda: notifications.submitted(dossier, secret))
    return dossier, secret
