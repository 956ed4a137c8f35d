"""E-mails about dossiers: to the applicant at each change, to officers before the deadline."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from portal.core import mail


def _send(template: str, recipients: list[str], context: dict[str, Any]) -> None:
    context = {**context, "tracking_url": mail.public_url(reverse("dossiers:track"))}
    mail.send(f"dossiers/emails/{template}", recipients, context)


def submitted(dossier: Any, secret: str) -> None:
    _send("submitted", [dossier.email], {"dossier": dossier, "secret": secret})


def status_changed(dossier: Any, label: str, note: str) -> None:
    _send("status", [dossier.email], {"dossier": dossier, "label": label, "note": note})


def deadline_warning(dossier: Any, recipients: list[str], overdue: bool) -> None:
    admin_url = mail.admin_url(reverse("dossiers_admin:detail", args=[dossier.pk]))
    _send("warning", recipients, {"dossier": dossier, "overdue": overdue, "admin_url": admin_url})


def secret_reissued(dossier: Any, secret: str) -> None:
    _send("secret", [dossier.email], {"dossier": dossier, "secret": secret})
