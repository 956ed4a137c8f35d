from __future__ import annotations

from .editorial import Delegation, EditorialTask
from .pages import HomePage, StandardPage
from .site import PortalSettings
from .units import Unit, User

__all__ = [
    "Delegation",
    "EditorialTask",
    "HomePage",
    "PortalSettings",
    "StandardPage",
    "Unit",
    "User",
]
