"""Consistency checks whose findings a clerk should see (messages in Vietnamese)."""

from __future__ import annotations

import re
from typing import Any

from portal.documents.parsing import header as hdr
from portal.documents.parsing.vntext import fold_same_length

_REFERENCE = re.compile(
    r"\(\s*(?:ban\s+hanh\s+)?kem\s+theo\s+(?P<type>"
    + "|".join(key for key, _ in hdr.TYPES)
    + r")\s+so\s*:?\s*"
)


def _norm_number(value: str) -> str:
    return re.sub(r"\s+", "", value).casefold()


def consistency_warnings(meta: dict[str, Any], text: str) -> list[str]:
    internal = meta.get("_internal", {})
    warnings: list[str] = []
    warnings += _number_warnings(meta, internal.get("number"))
    warnings += _date_warnings(meta, internal.get("date_line"))
    warnings += _reference_warnings(meta, text)
    if meta.get("so_ky_hieu") and meta.get("loai"):
        by_number = hdr.type_from_ky_hieu(meta.get("ky_hieu"))
        if by_number and by_number != meta["loai"]:
            warnings.append(
                f"Ký hiệu {meta['so_ky_hieu']} là của loại {by_number}, "
                f"nhưng tên loại in trên văn bản là {meta['loai']}."
            )
    if not meta.get("nguoi_ky"):
        warnings.append(
            "Không tìm thấy người ký (văn bản có thể bị cắt cụt hoặc thiếu phần chữ ký)."
        )
    if meta.get("noi_nhan") is None and meta.get("loai") not in {None, "Quy chế", "Quy định"}:
        warnings.append("Không tìm thấy mục Nơi nhận.")
    if not meta.get("trich_yeu"):
        warnings.append("Không tìm thấy trích yếu (V/v, Về việc …).")
    if not meta.get("co_quan_ban_hanh"):
        warnings.append("Không xác định được cơ quan ban hành.")
    return warnings


def _number_warnings(meta: dict[str, Any], number: hdr.Number | None) -> list[str]:
    if number is not None and number.blank:
        return [
            f"Số văn bản để trống (Số: …/{number.ky_hieu}): văn bản chưa được cấp số, "
            "cần bổ sung trước khi đăng."
        ]
    if number is None:
        return ["Không tìm thấy số, ký hiệu văn bản (dòng “Số: …”)."]
    parts = (meta.get("so_ky_hieu") or "").split("/")
    year = parts[1] if len(parts) >= 3 and parts[1].isdigit() else None
    issued = meta.get("ngay_ban_hanh")
    if year and issued and issued[:4] != year:
        return [f"Năm trong số ký hiệu ({year}) khác năm ban hành ({issued[:4]})."]
    return []


def _date_warnings(meta: dict[str, Any], line: hdr.DateLine | None) -> list[str]:
    if line is None:
        if meta.get("ngay_ban_hanh"):
            return ["Văn bản không có dòng ngày tháng riêng; đã lấy ngày của văn bản ban hành kèm."]
        return ["Không tìm thấy ngày ban hành (dòng “…, ngày … tháng … năm …”)."]
    if line.blank:
        return [f"Ngày ban hành để trống trên văn bản: “{line.raw}”."]
    if line.iso is None:
        return [f"Ngày ban hành không hợp lệ: “{line.raw}”."]
    return []


def _reference_warnings(meta: dict[str, Any], text: str) -> list[str]:
    """An attached regulation citing another number/date than the decision that issues it."""
    warnings: list[str] = []
    folded = fold_same_length(text)
    own = meta.get("so_ky_hieu")
    loai = meta.get("loai")
    for match in _REFERENCE.finditer(folded):
        kind = dict(hdr.TYPES)[match.group("type")]
        cited = hdr.parse_number(text[match.end() : match.end() + 60])
        if not cited:
            continue
        if own is None:
            warnings.append(f"Văn bản không có số riêng; được ban hành kèm theo {kind} số {cited}.")
            break
        if kind != loai or _norm_number(cited) == _norm_number(own):
            cited_date = hdr.find_date_in(text[match.end() : match.end() + 120])
            if kind == loai and cited_date and meta.get("ngay_ban_hanh") not in (None, cited_date):
                warnings.append(
                    f"Văn bản kèm theo ghi ngày {cited_date} cho {kind} số {cited}, "
                    f"nhưng {kind.lower()} ghi ngày {meta['ngay_ban_hanh']}."
                )
            continue
        warnings.append(
            f"Văn bản kèm theo ghi “ban hành kèm theo {kind} số {cited}”, nhưng {kind.lower()} "
            f"mang số {own}: cần kiểm tra lại số văn bản."
        )
    return warnings
