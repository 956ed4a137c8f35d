"""Demo procedures: the real district and commune procedures of the corpus (Điều 7.3)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from portal.core.models import Unit
from portal.documents.models import Field
from portal.procedures.models import Procedure, ProcedurePaper, ProcedureStep, ServiceLevel
from portal.text import fold

DATA = Path(__file__).resolve().parent / "demo_data" / "procedures.json"

# Folded keyword in the procedure name → (lĩnh vực, code of the district office in charge).
TOPICS = [
    ("khai sinh", "Hộ tịch", "phong-tu-phap"),
    ("khai tu", "Hộ tịch", "phong-tu-phap"),
    ("ket hon", "Hộ tịch", "phong-tu-phap"),
    ("hon nhan", "Hộ tịch", "phong-tu-phap"),
    ("chung thuc", "Chứng thực", "phong-tu-phap"),
    ("kinh doanh", "Đăng ký kinh doanh", "phong-tai-chinh-ke-hoach"),
    ("xay dung", "Hoạt động xây dựng", "phong-kinh-te-ha-tang"),
    ("tro cap", "Bảo trợ xã hội", "phong-lao-dong-tbxh"),
]


def deadline_days(text: str | None) -> Decimal | None:
    """The number of working days in a published deadline ("03 ngày làm việc" → 3)."""
    if not text:
        return None
    match = re.search(r"(\d+)\s*(?:\(\w+\)\s*)?(?:ngày|làm việc)", text)
    if match:
        return Decimal(match.group(1))
    if "trong ngày" in text.lower():
        return Decimal(0)
    return None


def _topic(name: str) -> tuple[str, str]:
    key = fold(name)
    for keyword, field, unit_code in TOPICS:
        if keyword in key:
            return field, unit_code
    return "Khác", ""


def _unit(row: dict[str, Any], unit_code: str) -> Unit | None:
    level = fold(row.get("cap_thuc_hien") or "")
    if "xa" in level and "huyen" not in level:
        return Unit.objects.filter(kind=Unit.Kind.COMMUNE).order_by("name").first()
    return (
        Unit.objects.filter(code=unit_code).first()
        or Unit.objects.filter(kind=Unit.Kind.DEPARTMENT).first()
    )


def _procedure(row: dict[str, Any]) -> Procedure:
    field_name, unit_code = _topic(row["ten"])
    level = fold(row.get("cap_thuc_hien") or "")
    channels = fold(" ".join(row.get("cach_thuc_thuc_hien") or []))
    online = "truc tuyen" in channels
    return Procedure(
        ma_thu_tuc=row.get("ma_thu_tuc") or "",
        ten=row["ten"],
        linh_vuc=Field.objects.get_or_create(name=field_name)[0],
        unit=_unit(row, unit_code),
        co_quan_thuc_hien=row.get("co_quan_thuc_hien") or "",
        cap_tinh="tinh" in level,
        cap_huyen="huyen" in level,
        cap_xa="xa" in level,
        truc_tiep="truc tiep" in channels or not channels,
        truc_tuyen=online,
        buu_chinh="buu chinh" in channels,
        service_level=ServiceLevel.objects.get(label="Một phần" if online else "Mức độ 2"),
        so_bo_ho_so=row.get("so_bo_ho_so") or "",
        thoi_han_text=row.get("thoi_han_giai_quyet") or "",
        thoi_han=deadline_days(row.get("thoi_han_giai_quyet")),
        phi_le_phi=row.get("phi_le_phi") or "",
        doi_tuong=row.get("doi_tuong_thuc_hien") or "",
        ket_qua=row.get("ket_qua") or "",
        can_cu_phap_ly="\n".join(row.get("can_cu_phap_ly") or []),
        source_url=(row.get("source_url") or "")[:500],
        live=False,
    )


def seed(stdout: Any) -> int:
    """Create and publish the corpus procedures once; returns how many were created."""
    created = 0
    for row in json.loads(DATA.read_text(encoding="utf-8")):
        if Procedure.objects.filter(ten=row["ten"], source_url=(row.get("source_url") or "")[:500]):
            continue
        procedure = _procedure(row)
        procedure.steps = [
            ProcedureStep(description=s) for s in row.get("trinh_tu_thuc_hien") or []
        ]
        procedure.papers = [
            ProcedurePaper(name=p["ten_giay_to"][:500], copies=p.get("so_luong") or "")
            for p in row.get("thanh_phan_ho_so") or []
        ]
        procedure.save()
        procedure.save_revision().publish()
        created += 1
    stdout.write(f"Đã tạo {created} thủ tục hành chính mẫu.")
    return created
