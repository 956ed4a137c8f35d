"""What the portal keeps of a dossier, and for how long.

- A finished dossier keeps its register entry for the archive (mã hồ sơ, procedure, unit,
  applicant's name or organisation, dates, statuses, deadline outcome and processing history:
  the columns of the Mẫu 06 register). Its papers and the rest of the applicant's personal
  data (số định danh, ngày sinh, địa chỉ, điện thoại, thư điện tử, the procedure's own fields)
  are erased once `PortalSettings.dossier_retention_days` have passed since it finished.
- Files that no dossier claims (drafts abandoned before submitting, a transaction that failed
  or a worker killed mid-request) are deleted after `UNCLAIMED_UPLOAD_MAX_AGE_HOURS`.
Both run from `manage.py purge_personal_data`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.core.privacy import (
    RetentionRule,
    default_settings,
    log_personal_data_erasure,
    retention_cutoff,
    unclaimed_files,
)
from portal.dossiers.models import Dossier, DossierEvent, DossierFile
from portal.dossiers.storage import DOSSIERS, UPLOADS, private_storage

ERASED_VALUES = {
    "id_number": "",
    "birth_date": None,
    "address": "",
    "phone": "",
    "email": "",
    "form_data": {},
}
# Step-1 uploads waited here before files got generated names; swept the same way.
LEGACY_DRAFTS = "drafts"


def dossiers_due(now: datetime) -> Iterator[Dossier]:
    cutoff = retention_cutoff(now, default_settings().dossier_retention_days)
    yield from Dossier.objects.retention_over(cutoff).order_by("finished_at")


def erase_personal_data(dossier: Dossier, reason: str = "") -> int:
    """Erase the papers and the personal data, keep the register entry; 1 if done, else 0."""
    with transaction.atomic():
        locked = Dossier.objects.select_for_update().get(pk=dossier.pk)
        if locked.personal_data_erased_at is not None:
            return 0
        files = list(locked.files.all())
        paths = [record.file.name for record in files if record.file]
        for field, value in ERASED_VALUES.items():
            setattr(locked, field, value)
        locked.personal_data_erased_at = timezone.now()
        locked.save(update_fields=[*ERASED_VALUES, "personal_data_erased_at"])
        DossierFile.objects.filter(pk__in=[record.pk for record in files]).delete()
        DossierEvent.objects.create(
            dossier=locked,
            status=locked.status,
            action=_("Xóa giấy tờ (%(count)d tệp) và dữ liệu cá nhân hết thời hạn lưu")
            % {"count": len(paths)},
            internal=True,
        )
        log_personal_data_erasure(locked, why=reason)
        transaction.on_commit(lambda: _delete_files(paths))
    return 1


def _delete_files(paths: list[str]) -> None:
    storage = private_storage()
    for path in paths:
        storage.delete(path)


def _claimed(path: str) -> bool:
    return DossierFile.objects.filter(file=path).exists()


def dossier_files_unclaimed(now: datetime) -> Iterator[str]:
    folders = (UPLOADS, DOSSIERS, LEGACY_DRAFTS)
    yield from unclaimed_files(private_storage(), folders, _claimed, now)


def delete_unclaimed(path: str) -> int:
    if _claimed(path):  # claimed since it was listed
        return 0
    private_storage().delete(path)
    return 1


RULES = [
    RetentionRule(
        name=gettext_lazy("Hồ sơ trực tuyến đã kết thúc"),
        due=dossiers_due,
        erase=lambda dossier: erase_personal_data(dossier, "Hết thời hạn lưu."),
        describe=lambda dossier: f"{dossier.code} (kết thúc {dossier.finished_at:%d/%m/%Y})",
    ),
    RetentionRule(
        name=gettext_lazy("Tệp tải lên không thuộc hồ sơ nào (bản nháp bỏ dở)"),
        due=dossier_files_unclaimed,
        erase=delete_unclaimed,
    ),
]
