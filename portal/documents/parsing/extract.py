"""parse_metadata: the metadata of the first document of a text, with clerk warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from portal.documents.parsing import header as hdr
from portal.documents.parsing.checks import consistency_warnings
from portal.documents.parsing.clean import clean
from portal.documents.parsing.legacy import convert_legacy, detect_legacy
from portal.documents.parsing.lists import extract_can_cu, extract_noi_nhan, find_noi_nhan
from portal.documents.parsing.organ import (
    BARE_HEADS,
    issuer_from_segments,
    organ_from_authority,
    recase_from_text,
)
from portal.documents.parsing.signer import find_signer
from portal.documents.parsing.subject import (
    authority_line,
    cut_authority,
    subject_at,
    untitled_subject,
)
from portal.documents.parsing.vntext import collapse, fold_same_length

MAX_CHARS = 1_000_000
HEADER_MAX = 8000
FIELDS = (
    "so_ky_hieu",
    "so",
    "ky_hieu",
    "loai",
    "co_quan_ban_hanh",
    "dia_danh",
    "ngay_ban_hanh",
    "trich_yeu",
    "nguoi_ky",
    "chuc_vu_ky",
    "can_cu",
    "noi_nhan",
)
_OPERATIVE = re.compile(
    r"QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:|CHỈ\s+THỊ\s*:|^[ \t]*Điều\s+1\s*[.:]|^[ \t]*ĐIỀU\s+1\b"
    r"|^[ \t]*(?:Chương|CHƯƠNG)\s+(?:I|1)\b|^[ \t]*I\.\s",
    re.MULTILINE,
)
_KINH_GUI = re.compile(r"(?<![a-z])kinh\s+gui\b")
_CAN_CU_LINE = re.compile(r"^[ \t]*can\s+cu\b", re.MULTILINE)
_KEM_THEO = re.compile(r"kem\s+theo\b")
_CAN_CU_AFTER_RECIPIENTS = re.compile(r"Căn cứ\s")


@dataclass
class Zones:
    header_end: int
    kinh_gui: int | None
    operative: int | None
    marked: bool = True  # False: no Kính gửi / operative part / Căn cứ bounds the header


def _first(
    pattern: re.Pattern[str], text: str, start: int, capital: str | None = None
) -> int | None:
    for match in pattern.finditer(text, start):
        if capital is None or text[match.start()] == capital or capital == "*":
            return match.start()
    return None


def find_zones(text: str) -> Zones:
    folded = fold_same_length(text)
    kinh = next((m.start() for m in _KINH_GUI.finditer(folded) if text[m.start()] == "K"), None)
    operative = _first(_OPERATIVE, text, 0)
    can_cu = next(
        (
            m.start()
            for m in _CAN_CU_LINE.finditer(folded)
            if text[m.start() : m.start() + 40].lstrip()[:1] == "C"
        ),
        None,
    )
    candidates = [x for x in (kinh, operative, can_cu) if x is not None]
    return Zones(min([*candidates, len(text), HEADER_MAX]), kinh, operative, bool(candidates))


def _upper_segments(text: str) -> list[str]:
    """Uppercase word runs of the header, one per line piece, for the organ block."""
    segments: list[str] = []
    for line in text.split("\n"):
        run: list[str] = []
        words = line.split()
        for word in [*words, "\0"]:
            if (
                word != "\0"
                and (word.isupper() or word in {"-", "–", "&", ","})
                and not re.search(r"[\d/]", word)
            ):
                run.append(word)
                continue
            if len(run) >= 2 or (run and len(words) == 1):
                segments.append(" ".join(run))
            run = []
    return segments


def parse_metadata(text: str) -> dict[str, Any]:
    """Metadata of the (first) document in ``text``; see the corpus README for the fields."""
    warnings: list[str] = []
    encoding = detect_legacy(text)
    if encoding:
        text = convert_legacy(text, encoding)
        warnings.append(f"Văn bản dùng bảng mã cũ ({encoding.upper()}); đã chuyển sang Unicode.")
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(
            f"Văn bản rất dài: chỉ phân tích {MAX_CHARS:,} ký tự đầu.".replace(",", ".")
        )
    cleaned = clean(text)
    if cleaned.detached_marks:
        warnings.append(
            "Dấu thanh bị tách rời khỏi chữ (lỗi lớp chữ PDF/OCR): cần đối chiếu lại trích yếu, "
            "tên cơ quan và người ký."
        )
    result = _parse(cleaned.text, cleaned.crawler_title)
    result["warnings"] = warnings + consistency_warnings(result, cleaned.text)
    result.pop("_internal", None)
    return result


def _parse(text: str, crawler_title: str | None) -> dict[str, Any]:
    zones = find_zones(text)
    end = zones.header_end
    number = hdr.find_number(text, end)
    date_line = hdr.find_date_line(text, end, number.end if number else 0)
    anchors = [x.end for x in (number, date_line) if x]
    vv = hdr.find_vv(text, 0, end)
    title = hdr.find_title(text, 0, end, anchors)
    starts = [x.start for x in (number, date_line, title) if x] + ([vv] if vv is not None else [])
    issuer, _parent = issuer_from_segments(_upper_segments(text[: min([*starts, end])]))

    subject, subject_end, authority = _subject(text, zones, number, date_line, vv, title, issuer)
    if authority:
        issuer = _issuer_with_authority(issuer, organ_from_authority(authority))
    if issuer:
        issuer = recase_from_text(issuer, text[:200_000])

    preamble_start = max([subject_end, *anchors]) if subject else max([0, *anchors])
    preamble_end = min(
        x
        for x in (zones.kinh_gui, zones.operative, len(text))
        if x is not None and x >= preamble_start
    )
    closing_start = max(preamble_start, end if zones.marked else preamble_start)
    signer = find_signer(text, closing_start)
    noi_nhan_at = find_noi_nhan(text, closing_start, len(text))
    date_iso = date_line.iso if date_line else None
    if date_line is None:
        date_iso = _attachment_date(text, end)
    return {
        "so_ky_hieu": number.so_ky_hieu if number else None,
        "so": number.so if number else None,
        "ky_hieu": number.ky_hieu if number else None,
        "loai": _loai(title, number, vv, zones, crawler_title),
        "co_quan_ban_hanh": issuer,
        "dia_danh": date_line.place if date_line else None,
        "ngay_ban_hanh": date_iso,
        "trich_yeu": subject,
        "nguoi_ky": signer.name if signer else None,
        "chuc_vu_ky": signer.chuc_vu if signer else None,
        "can_cu": _can_cu(text, zones, preamble_start, preamble_end),
        "noi_nhan": extract_noi_nhan(text, noi_nhan_at) if noi_nhan_at is not None else None,
        "_internal": {
            "number": number,
            "date_line": date_line,
            "closing_start": closing_start,
        },
    }


def _subject(
    text: str,
    zones: Zones,
    number: hdr.Number | None,
    date_line: hdr.DateLine | None,
    vv: int | None,
    title: hdr.Title | None,
    issuer: str | None,
) -> tuple[str | None, int, str | None]:
    if vv is not None and (title is None or vv < title.start):
        start, after_title = vv, False
    elif title is not None:
        start, after_title = title.end, True
    else:
        after = max([0, *(x.end for x in (number, date_line) if x)])
        limit = min(x for x in (zones.header_end, zones.kinh_gui or len(text)) if x >= after)
        subject, subject_end = untitled_subject(text, after, limit) if after else (None, 0)
        if subject is None:
            return None, 0, None
        subject, authority = cut_authority(subject, issuer)
        return subject, subject_end, authority or authority_line(text, subject_end, limit)
    limits = [zones.header_end] + [x.start for x in (number, date_line) if x and x.start > start]
    subject, subject_end = subject_at(text, start, min(limits), after_title=after_title)
    if not subject:
        return None, start, authority_line(text, start, zones.header_end)
    subject, authority = cut_authority(subject, issuer)
    if authority is None:
        authority = authority_line(text, subject_end, zones.header_end)
    return subject, subject_end, authority


def _issuer_with_authority(issuer: str | None, acting: str | None) -> str | None:
    """The authority line names the issuer more fully than a damaged or split header: a bare
    head ("Ủy ban nhân dân") or the parent organ only ("Tòa án nhân dân tối cao" for "HỘI
    ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO")."""
    if not acting:
        return issuer
    if _incomplete(issuer):
        return acting
    header_key = fold_same_length(issuer or "").lower()
    acting_key = fold_same_length(acting).lower()
    if len(acting_key) > len(header_key) and acting_key.endswith(" " + header_key):
        return acting
    return issuer


def _incomplete(issuer: str | None) -> bool:
    """No issuer, or only an organ head without its locality ("Ủy ban nhân dân")."""
    if not issuer:
        return True
    return fold_same_length(issuer).lower() in BARE_HEADS


def _can_cu(text: str, zones: Zones, start: int, end: int) -> list[str]:
    """Căn cứ of the preamble; in a letter or Tờ trình they may follow the Kính gửi block."""
    clauses = extract_can_cu(text[start:end])
    if clauses or zones.kinh_gui is None or zones.kinh_gui < start:
        return clauses
    after = _CAN_CU_AFTER_RECIPIENTS.search(text, zones.kinh_gui, zones.kinh_gui + 600)
    if after is None or text[zones.kinh_gui : after.start()].count("\n") > 6:
        return []
    limit = zones.operative if zones.operative and zones.operative > after.start() else len(text)
    clauses = extract_can_cu(text[after.start() : limit])
    first = collapse(text[after.start() : after.start() + 400]).split(".")[0]
    return clauses if ";" in first else []


def _loai(
    title: hdr.Title | None,
    number: hdr.Number | None,
    vv: int | None,
    zones: Zones,
    crawler_title: str | None,
) -> str | None:
    if title:
        return title.loai
    by_number = hdr.type_from_ky_hieu(number.ky_hieu if number else None)
    if by_number:
        return by_number
    if vv is not None or (zones.kinh_gui is not None and zones.kinh_gui < HEADER_MAX):
        return "Công văn"
    if crawler_title:
        folded = fold_same_length(crawler_title).lower()
        return next((name for key, name in hdr.TYPES if folded.startswith(key)), None)
    return None


def _attachment_date(text: str, end: int) -> str | None:
    """Date of the promulgating decision of a standalone attachment ("Ban hành kèm theo …")."""
    match = _KEM_THEO.search(fold_same_length(text[:end]))
    if not match:
        return None
    return hdr.find_date_in(text[match.end() : match.end() + 200])
