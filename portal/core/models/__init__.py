from __future__ import annotations

from .calendar import CalendarOverride
from .editorial import Delegation, EditorialTask
from .pages import HomePage, StandardPage
from .site import PortalSettings
from .units import Unit, User

__all__ = [
    "CalendarOverride",
    "Delegation",
    "EditorialTask",
    "HomePage",
    "PortalSettings",
    "StandardPage",
    "Unit",
    "User",
]
