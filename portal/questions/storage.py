"""Where citizens' attachments to questions live: the `questions` folder of the private
storage (see `portal.core.storage`)."""

from __future__ import annotations

from portal.core.storage import PrivateStorage


def private_storage() -> PrivateStorage:
    """The storage of attachments (a callable, so migrations do not freeze its path)."""
    return PrivateStorage("questions")
