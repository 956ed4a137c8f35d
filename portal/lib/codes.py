"""Tracking codes and secrets for citizens' submissions: unique, unguessable, easy to read."""

from __future__ import annotations

import secrets
from datetime import date

# Crockford-style alphabet: no I, L, O, U, so codes survive being read aloud or retyped.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def random_part(length: int = 6) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def tracking_code(prefix: str, day: date, length: int = 6) -> str:
    """`HD-261129-7K3F9Q`: prefix, date of receipt (yymmdd), random part (32^6 ≈ 10^9)."""
    return f"{prefix}-{day:%y%m%d}-{random_part(length)}"


def new_secret() -> str:
    """A secret the citizen needs, with the code, to see their submission (≈ 72 bits)."""
    return secrets.token_urlsafe(9)


def normalise_code(value: str) -> str:
    """Accept codes typed in lower case, with spaces, or with O for 0 and I/L for 1."""
    cleaned = value.strip().upper().replace(" ", "")
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
