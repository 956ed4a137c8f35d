"""Every e-mail the portal sends goes through `send`: a subject and a body template, one
context, addresses deduplicated, queued once the current transaction commits (a rolled-back
step e-mails nobody; a failing mail server loses nothing, see `core.tasks`).

Links in e-mails: `public_url` for pages citizens open (the portal's public address,
BASE_URL), `admin_url` for back-office screens (WAGTAILADMIN_BASE_URL). Templates keep a link
on a line of its own, with nothing after it (a full stop glued to a link breaks it in some
mail programs).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string

from portal.core.tasks import send_email

_quiet = threading.local()


@contextmanager
def suppressed() -> Iterator[None]:
    """No e-mail is queued inside this block (demo data: its workflow steps mail nobody)."""
    previous = getattr(_quiet, "on", False)
    _quiet.on = True
    try:
        yield
    finally:
        _quiet.on = previous


def public_url(path: str) -> str:
    return f"{settings.BASE_URL.rstrip('/')}{path}"


def admin_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def send(template: str, recipients: Iterable[str], context: dict[str, Any]) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` and queue the mail on commit."""
    addresses = sorted({address for address in recipients if address})
    if not addresses or getattr(_quiet, "on", False):
        return
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    transaction.on_commit(
        lambda: send_email.enqueue(subject=subject, body=body, recipients=addresses)
    )
