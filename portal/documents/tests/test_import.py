"""`import_documents`: the JSON contract, drafts awaiting the workflow, no duplicates."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from portal.documents.models import LegalDocument

pytestmark = pytest.mark.django_db

DEMO = Path(__file__).resolve().parents[1] / "demo_data"
SEED = DEMO / "quy-che-website-huyen-krong-pac.txt"
KEYS = {
    "so_ky_hieu", "so", "ky_hieu", "loai", "co_quan_ban_hanh", "dia_danh", "ngay_ban_hanh",
    "trich_yeu", "nguoi_ky", "chuc_vu_ky", "can_cu", "noi_nhan", "warnings", "file",
}  # fmt: skip


def _run(*args: str) -> str:
    out = StringIO()
    call_command("import_documents", *args, stdout=out)
    return out.getvalue()


def test_dry_run_json_on_the_seed_is_right_and_saves_nothing():
    result = json.loads(_run(str(SEED), "--dry-run", "--format", "json"))
    assert set(result) == KEYS
    assert result["so_ky_hieu"] == "4635/QĐ-UBND"
    assert result["loai"] == "Quyết định"
    assert result["ngay_ban_hanh"] == "2011-08-19"
    assert result["nguoi_ky"] == "Nguyễn Sỹ Kỳ"
    assert result["chuc_vu_ky"] == "TM. ỦY BAN NHÂN DÂN HUYỆN / CHỦ TỊCH"
    assert len(result["can_cu"]) == 4 and len(result["noi_nhan"]) == 9
    assert any("463/QĐ-UBND" in w and "4635/QĐ-UBND" in w for w in result["warnings"])
    assert not LegalDocument.objects.exists()


def test_several_files_give_a_json_array():
    result = json.loads(
        _run(str(DEMO / "01.txt"), str(DEMO / "02.txt"), "--dry-run", "--format", "json")
    )
    assert [r["so_ky_hieu"] for r in result] == ["73/UBND-TH", "554/UBND-KT"]


def test_importing_a_folder_creates_drafts_once():
    output = _run(str(DEMO))
    assert "Đã tạo 12 bản nháp" in output
    assert LegalDocument.objects.count() == 12
    assert not LegalDocument.objects.filter(live=True).exists()
    record = LegalDocument.objects.get(so_ky_hieu="4635/QĐ-UBND")
    assert record.attachments.count() == 1
    assert record.latest_revision is not None
    assert "bỏ qua 12 tệp trùng" in _run(str(DEMO))
    assert LegalDocument.objects.count() == 12


def test_bad_files_are_reported_and_nothing_is_created(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "nhi-phan.pdf"
    binary.write_bytes(bytes(range(256)) * 10)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_documents", str(empty), str(binary), stdout=StringIO(), stderr=err)
    assert "rong.txt" in err.getvalue() and "nhi-phan.pdf" in err.getvalue()
    assert not LegalDocument.objects.exists()


def test_a_missing_path_is_a_clear_error():
    with pytest.raises(CommandError, match="Không tìm thấy"):
        _run("/khong/co/tep.txt")
