"""Submitting a dossier in two steps (fill in → review → submit) without losing anything.

What the applicant typed is kept in the session and files already received are kept in
private storage under generated names, so a mistake in one field never costs a re-upload.
The final step creates the dossier, its file records (pointing at those same files, nothing
is copied) and its first history line in one transaction: if it fails or the process dies,
the draft is still whole and can be submitted again. Uploads that no dossier ever claimed are
removed by `purge_personal_data` after `UNCLAIMED_UPLOAD_MAX_AGE_HOURS`.
"""

from __future__ import annotations

import math
import secrets
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.core.calendar import work_calendar
from portal.dossiers import deadlines, notifications
from portal.dossiers.forms import CONSENT_TEXT
from portal.dossiers.models import Dossier, DossierEvent, DossierFile
from portal.dossiers.storage import UPLOADS, generated_name, original_name, private_storage
from portal.dossiers.uploads import sniff

WORKING_HOURS_PER_DAY = 8


def _key(procedure: Any) -> str:
    return f"dossier_draft_{procedure.pk}"


def draft(request: HttpRequest, procedure: Any) -> dict[str, Any]:
    data = request.session.get(_key(procedure))
    if not data:
        data = {"id": secrets.token_hex(16), "post": {}, "files": {}}
    return dict(data)


def save_draft(request: HttpRequest, procedure: Any, data: dict[str, Any]) -> None:
    request.session[_key(procedure)] = data


def forget_draft(request: HttpRequest, procedure: Any, dossier: Dossier) -> None:
    """Drop the draft once submitted (its files now belong to the dossier), remembering which
    dossier it became: a final submit resent after the answer was lost finds its receipt."""
    request.session.pop(_key(procedure), None)
    request.session[f"dossier_submitted_{procedure.pk}"] = dossier.code


def submitted_from_here(request: HttpRequest, procedure: Any) -> str | None:
    """The code of the dossier this browser last submitted for `procedure`, if any."""
    return request.session.get(f"dossier_submitted_{procedure.pk}")


def drop_missing_files(data: dict[str, Any]) -> bool:
    """Forget draft files no longer in storage (purged after their age); True if any was."""
    storage = private_storage()
    missing = [key for key, stored in data["files"].items() if not storage.exists(stored["path"])]
    for key in missing:
        del data["files"][key]
    return bool(missing)


def keep_uploads(data: dict[str, Any], uploads: list[tuple[Any, Any]]) -> None:
    """Store valid uploads privately, replacing an earlier file for the same paper."""
    for paper, upload in uploads:
        old = data["files"].get(str(paper.pk))
        if old:
            private_storage().delete(old["path"])
        content_type = sniff(upload) or "application/octet-stream"
        path = private_storage().save(generated_name(UPLOADS, content_type), upload)
        data["files"][str(paper.pk)] = {
            "path": path,
            "name": original_name(upload.name),
            "size": upload.size,
            "content_type": content_type,
        }


def working_days(procedure: Any) -> int:
    if procedure.thoi_han is None:
        return 0
    amount = float(procedure.thoi_han)
    if procedure.thoi_han_don_vi == procedure.DeadlineUnit.WORKING_HOURS:
        return math.ceil(amount / WORKING_HOURS_PER_DAY)
    return math.ceil(amount)


def create_dossier(
    procedure: Any,
    applicant: dict[str, Any],
    fields: dict[str, Any],
    files: dict[str, Any],
    key: str,
) -> tuple[Dossier, str]:
    """Create the dossier, its files and its history in one transaction; return the secret.

    `key` is the draft's id: a final submit sent again (a reload after a cut-off response,
    a double click) finds the dossier already stored instead of making a second one, and
    the applicant gets a fresh secret for it (the first one may never have reached them).
    """
    try:
        with transaction.atomic():
            return _create(procedure, applicant, fields, files, key)
    except IntegrityError:
        existing = Dossier.objects.filter(submission_key=key).first()
        if existing is None:
            raise
        return existing, _secret_again(existing)


def _create(
    procedure: Any,
    applicant: dict[str, Any],
    fields: dict[str, Any],
    files: dict[str, Any],
    key: str,
) -> tuple[Dossier, str]:
    existing = Dossier.objects.filter(submission_key=key).first()
    if existing is not None:
        return existing, _secret_again(existing)
    now = timezone.now()
    dossier = Dossier(
        **applicant,
        procedure=procedure,
        unit=procedure.unit,
        code=f"tam-{key}",  # replaced by the national code just before the commit
        submission_key=key,
        form_data=fields,
        consent_at=now,
        consent_text=str(CONSENT_TEXT),
        submitted_at=now,
    )
    secret = dossier.set_secret()
    if procedure.thoi_han is not None:
        dossier.due_date = deadlines.due_date(now, working_days(procedure), work_calendar())
    dossier.save()
    papers = {str(p.pk): p for p in procedure.papers.all()}
    records = []
    for paper_id, stored in files.items():
        record = DossierFile(
            dossier=dossier,
            paper=papers.get(paper_id),
            kind=DossierFile.Kind.APPLICATION,
            original_name=stored["name"],
            content_type=stored["content_type"],
            size=stored["size"],
        )
        record.file.name = stored["path"]  # the upload itself, already in private storage
        records.append(record)
    DossierFile.objects.bulk_create(records)
    DossierEvent.objects.create(
        dossier=dossier, status=dossier.status, action=_("Nộp hồ sơ trực tuyến")
    )
    dossier.assign_code()  # the day's counter is locked only from here to the commit
    transaction.on_commit(lambda: notifications.submitted(dossier, secret))
    return dossier, secret


def _secret_again(dossier: Dossier) -> str:
    """The same submission sent again: a new secret, shown and e-mailed like the first."""
    secret = dossier.set_secret()
    Dossier.objects.filter(pk=dossier.pk).update(secret_digest=dossier.secret_digest)
    transaction.on_commit(lambda: notifications.submitted(dossier, secret))
    return secret
