"""Erasing citizens' personal data once it has served its purpose (NĐ 13/2023 Đ16.7).

Each app that keeps citizens' data registers a `RetentionRule` in its AppConfig.ready():
which records are past their retention period now, and how to erase one. The single command
`manage.py purge_personal_data` runs every rule, item by item, carrying on past failures.
Core knows no domain app: the rules come to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.storage import Storage
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import Site

from portal.core.models import PortalSettings

DEFAULT_RETENTION_DAYS = 730


@dataclass(frozen=True)
class RetentionRule:
    """`due(now)` lists what is past retention; `erase(item)` erases it and returns how many
    records it touched (0 when there was nothing left to erase)."""

    name: str | Promise
    due: Callable[[datetime], Iterable[Any]]
    erase: Callable[[Any], int]
    describe: Callable[[Any], str] = str


RULES: list[RetentionRule] = []


def register(rule: RetentionRule) -> None:
    if all(str(existing.name) != str(rule.name) for existing in RULES):
        RULES.append(rule)


def default_settings() -> PortalSettings:
    site = Site.objects.filter(is_default_site=True).first()
    return PortalSettings.for_site(site) if site else PortalSettings()


def retention_days() -> int:
    """Days personal data is kept after a submission is closed (the portal's setting)."""
    return default_settings().personal_data_retention_days or DEFAULT_RETENTION_DAYS


def retention_cutoff(now: datetime | None = None, days: int | None = None) -> datetime:
    """Records closed before this moment are past their retention period."""
    return (now or timezone.now()) - timedelta(days=retention_days() if days is None else days)


def _walk(storage: Storage, folder: str) -> Iterator[str]:
    if not storage.exists(folder):
        return
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}"
    for name in directories:
        yield from _walk(storage, f"{folder}/{name}")


def unclaimed_files(
    storage: Storage, folders: Iterable[str], is_claimed: Callable[[str], bool], now: datetime
) -> Iterator[str]:
    """Files under `folders` older than UNCLAIMED_UPLOAD_MAX_AGE_HOURS that no record claims.

    A citizen's file is written before the record that points at it (a draft waiting for its
    dossier, or a request cut off between the two): such a file belongs to nobody once old.
    """
    oldest = now - timedelta(hours=settings.UNCLAIMED_UPLOAD_MAX_AGE_HOURS)
    for folder in folders:
        for path in _walk(storage, folder):
            if storage.get_modified_time(path) < oldest and not is_claimed(path):
                yield path


# -- the audit of personal data (NĐ 13/2023 Điều 38.2) -------------------------------------

PERSONAL_DATA_VIEW = "portal.personal_data.view"
PERSONAL_DATA_ERASE = "portal.personal_data.erase"
# Who looked at or erased whose data: for the administrators' eyes only.
PRIVATE_LOG_ACTIONS = (PERSONAL_DATA_VIEW, PERSONAL_DATA_ERASE)
SCREENS = {
    "detail": gettext_lazy("trang chi tiết"),
    "attachment": gettext_lazy("tệp đính kèm"),
    "file": gettext_lazy("tệp của hồ sơ"),
    "moderation_queue": gettext_lazy("danh sách kiểm duyệt góp ý"),
    "export_xlsx": gettext_lazy("xuất tệp Excel"),
    "export_docx": gettext_lazy("xuất tệp Word"),
}


def log_personal_data_view(user: Any, instance: Any, screen: str, **data: Any) -> None:
    """Record that `user` saw citizens' personal data of `instance` on `screen`."""
    log(instance=instance, action=PERSONAL_DATA_VIEW, user=user, data={"screen": screen, **data})


def log_personal_data_erasure(instance: Any, user: Any = None, **data: Any) -> None:
    log(instance=instance, action=PERSONAL_DATA_ERASE, user=user, data=data)


def describe_view(data: dict[str, Any]) -> str:
    screen = str(data.get("screen", ""))
    where = str(SCREENS.get(screen, screen))
    if screen.startswith("mau-"):
        where = f"Mẫu {screen[4:]}"
    count = len(data.get("comments", []))
    return f"{where} ({count} người)" if count else where
