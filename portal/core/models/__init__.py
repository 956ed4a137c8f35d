from __future__ import annotations

from .calendar import CalendarOverride
from .editorial import Delegation, EditorialTask
from .pages import StandardPage
from .security import EnrolmentCode
from .site import PortalSettings
from .units import Unit, User

__all__ = [
    "CalendarOverride",
    "Delegation",
    "EditorialTask",
    "EnrolmentCode",
    "PortalSettings",
    "StandardPage",
    "Unit",
    "User",
]
