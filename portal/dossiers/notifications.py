"""E-mails about dossiers: to the applicant at each change, to officers before the deadline."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from portal.core.tasks import send_email


def _send(template: str, recipients: list[str], context: dict[str, Any]) -> None:
    recipients = [r for r in recipients if r]
    if not recipients:
        return
    context = {**context, "tracking_url": settings.BASE_URL + reverse("dossiers:track")}
    subject = render_to_string(f"dossiers/emails/{template}_subject.txt", context).strip()
    body = render_to_string(f"dossiers/emails/{template}.txt", context)
    send_email.enqueue(subject=subject, body=body, recipients=recipients)


def submitted(dossier: Any, secret: str) -> None:
    _send("submitted", [dossier.email], {"dossier": dossier, "secret": secret})


def status_changed(dossier: Any, label: str, note: str) -> None:
    _send("status", [dossier.email], {"dossier": dossier, "label": label, "note": note})


def deadline_warning(dossier: Any, recipients: list[str], overdue: bool) -> None:
    admin_url = settings.WAGTAILADMIN_BASE_URL + reverse("dossiers_admin:detail", args=[dossier.pk])
    _send("warning", recipients, {"dossier": dossier, "overdue": overdue, "admin_url": admin_url})


def secret_reissued(dossier: Any, secret: str) -> None:
    _send("secret", [dossier.email], {"dossier": dossier, "secret": secret})
