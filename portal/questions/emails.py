"""E-mails about questions and feedback: to the citizen at each step, and to the staff who act.

Templates are `questions/emails/<name>.txt` and `<name>_subject.txt`, sent by `core.mail`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.urls import reverse

from portal.core import mail, roles
from portal.core.models import User
from portal.questions.deadlines import portal_settings
from portal.questions.models import Question


def _send(template: str, addresses: Iterable[str], context: dict[str, Any]) -> None:
    mail.send(f"questions/emails/{template}", addresses, {"portal": portal_settings(), **context})


def tracking_url(question: Question) -> str:
    return mail.public_url(f"{reverse('questions:track')}?ma={question.code}")


def to_citizen(question: Question, template: str, address: str = "", **context: Any) -> None:
    """Write to the asker, if they gave an e-mail address (and it has not been erased)."""
    address = address or question.email
    if not address:
        return
    context = {"q": question, "tracking_url": tracking_url(question), **context}
    _send(template, [address], context)


def _emails(users: Iterable[User]) -> list[str]:
    return [u.email for u in users if u.email]


def unit_staff(question: Question, heads_only: bool = False) -> list[str]:
    """The unit's head(s), and its officers unless `heads_only`; the unit's own address if
    nobody has an account yet."""
    if question.unit is None:
        return []
    users = roles.holders(roles.HEAD_OF_UNIT if heads_only else roles.OWN_UNIT)
    return _emails(users.filter(unit=question.unit)) or [question.unit.email]


def board() -> list[str]:
    return _emails(roles.holders(roles.WRITE_STEP))


def to_staff(addresses: list[str], question: Question, template: str, **context: Any) -> None:
    context = {"q": question, "staff_url": mail.admin_url(question.get_absolute_url()), **context}
    _send(template, addresses, context)


def published_url(question: Question) -> str:
    publication = getattr(question, "publication", None)
    return mail.public_url(publication.get_absolute_url()) if publication else ""
