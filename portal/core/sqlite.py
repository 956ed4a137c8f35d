"""Register the `vi` collation on SQLite connections so `Collate(field, "vi")` sorts Vietnamese.

PostgreSQL gets the same collation from migration core/0004 (ICU `vi`).
"""

from __future__ import annotations

from typing import Any

from django.db.backends.signals import connection_created
from django.dispatch import receiver

from portal.text import vi_collate


@receiver(connection_created)
def register_vi_collation(sender: Any, connection: Any, **kwargs: Any) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_collation("vi", vi_collate)
