"""Demo documents: the seed decision and the real documents of the corpus, imported by the
same parser a clerk uses, then published."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portal.documents import importing, validity
from portal.documents.models import Field

DATA = Path(__file__).resolve().parent / "demo_data"


def seed(stdout: Any) -> int:
    created = 0
    it_field, _created = Field.objects.get_or_create(name="Công nghệ thông tin")
    for path in sorted(DATA.glob("*.txt")):
        result = importing.import_file(path)
        if not result.created or result.record is None:
            continue
        record = result.record
        if record.so_ky_hieu == "4635/QĐ-UBND":
            record.linh_vuc = it_field
            record.ngay_hieu_luc = record.ngay_ban_hanh
        record.save_revision().publish()
        validity.refresh_with_targets(record)
        created += 1
    stdout.write(f"Đã nhập và công bố {created} văn bản mẫu.")
    return created
