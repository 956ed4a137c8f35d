"""Header of a document: số/ký hiệu, place and date, type title, subject (trích yếu)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from portal.documents.parsing.vntext import fold_same_length

# Uppercase type title -> canonical type name (longest first where one contains another).
TYPES: tuple[tuple[str, str], ...] = (
    ("nghi quyet lien tich", "Nghị quyết liên tịch"),
    ("thong tu lien tich", "Thông tư liên tịch"),
    ("quyet dinh", "Quyết định"),
    ("nghi quyet", "Nghị quyết"),
    ("nghi dinh", "Nghị định"),
    ("thong tu", "Thông tư"),
    ("chi thi", "Chỉ thị"),
    ("quy che", "Quy chế"),
    ("quy dinh", "Quy định"),
    ("thong cao", "Thông cáo"),
    ("thong bao", "Thông báo"),
    ("huong dan", "Hướng dẫn"),
    ("chuong trinh", "Chương trình"),
    ("ke hoach", "Kế hoạch"),
    ("phuong an", "Phương án"),
    ("de an", "Đề án"),
    ("du an", "Dự án"),
    ("bao cao", "Báo cáo"),
    ("bien ban", "Biên bản"),
    ("to trinh", "Tờ trình"),
    ("hop dong", "Hợp đồng"),
    ("cong van", "Công văn"),
    ("cong dien", "Công điện"),
    ("ban ghi nho", "Bản ghi nhớ"),
    ("ban thoa thuan", "Bản thỏa thuận"),
    ("giay uy quyen", "Giấy ủy quyền"),
    ("giay moi", "Giấy mời"),
    ("giay gioi thieu", "Giấy giới thiệu"),
    ("giay nghi phep", "Giấy nghỉ phép"),
    ("phieu gui", "Phiếu gửi"),
    ("phieu chuyen", "Phiếu chuyển"),
    ("phieu bao", "Phiếu báo"),
    ("thu cong", "Thư công"),
    ("thu ngo", "Thư ngỏ"),
    ("phap lenh", "Pháp lệnh"),
    ("bo luat", "Bộ luật"),
    ("luat", "Luật"),
    ("lenh", "Lệnh"),
)
_TYPE_RE = re.compile(r"(?<![a-z])(" + "|".join(t for t, _ in TYPES) + r")(?![a-z])")
_TYPE_NAMES = dict(TYPES)

# Type abbreviations of NĐ 30/2020 Phụ lục III (+ VBQPPL), compared in upper case.
ABBREVIATIONS = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QYĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTR": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTR": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
}

_NO = re.compile(r"(?<![a-z0-9])so\s*:?[ \t]*(?:\n[ \t]*)?")
_KH = r"[^\s,;:()\-–]+(?:\s*[-–]\s*(?=[A-ZĐ][A-ZĐa-z]*[A-ZĐ])[^\s,;:()\-–]+)*"
_FILLED = re.compile(
    rf"(?P<so>\d+[a-zA-Z]?)\s*(?P<sep>[/-])\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<kh>{_KH})"
)
_BLANK = re.compile(rf"(?P<blank>[.…_ \t]*)/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<kh>{_KH})")
_DATE = re.compile(
    r"ngay\s*(?P<d>\d{1,2}|[.…_\s]*?)\s*thang\s*(?P<m>\d{1,2}|[.…_\s]*?)\s*nam\s*(?P<y>\d{4})"
    r"|ngay\s*(?P<d2>\d{1,2})\s*([/.-])\s*(?P<m2>\d{1,2})\s*\3\s*(?P<y2>\d{4})"
)
_VV = re.compile(r"(?<![a-z])(?:v\s*/\s*v|ve viec)(?![a-z])")


@dataclass
class Number:
    so_ky_hieu: str | None
    so: str | None
    ky_hieu: str | None
    blank: bool
    start: int
    end: int


@dataclass
class DateLine:
    place: str | None
    iso: str | None
    blank: bool
    raw: str
    start: int
    end: int


@dataclass
class Title:
    loai: str
    start: int
    end: int


def find_number(text: str, end: int) -> Number | None:
    """The "Số: …/…" of the header (capital S), filled or left blank."""
    folded = fold_same_length(text[:end])
    for match in _NO.finditer(folded):
        if text[match.start()] != "S" and not _law_number_label(text, folded, match.start()):
            continue
        rest = text[match.end() : match.end() + 120]
        filled = _FILLED.match(rest)
        if filled and _valid_kh(filled.group("kh")):
            return _number(filled, match.start(), match.end(), blank=False)
        blank = _BLANK.match(rest)
        if (
            blank
            and _valid_kh(blank.group("kh"))
            and _blank_label(text, match.start(), match.end())
        ):
            return _number(blank, match.start(), match.end(), blank=True)
    return None


def _blank_label(text: str, start: int, end: int) -> bool:
    """ "Số: …/UBND" or a line opening with "Số" and a gap ("Số      /NQ-HĐND")."""
    label = text[start:end]
    line_start = not text[text.rfind("\n", 0, start) + 1 : start].strip()
    return ":" in label or (
        line_start and text[end : end + 1] in " \t/" and "  " in text[start : end + 3]
    )


_LAW_LABEL = re.compile(r"(?:luat|bo luat|nghi quyet|phap lenh|lenh)\s*$")


def _law_number_label(text: str, folded: str, position: int) -> bool:
    """ "Luật số: 59/2020/QH14": a lowercase "số" after a law type opening the line."""
    begin = text.rfind("\n", 0, position) + 1
    prefix = text[begin:position].strip()
    return (
        bool(prefix)
        and prefix[0].isupper()
        and _LAW_LABEL.match(folded[begin:position].strip()) is not None
    )


def _valid_kh(kh: str) -> bool:
    return any(c.isupper() for c in kh) and not kh[:1].islower()


def _number(match: re.Match[str], label: int, offset: int, *, blank: bool) -> Number:
    kh = re.sub(r"\s+", "", match.group("kh")).rstrip(".,;-")
    end = offset + match.start("kh") + len(match.group("kh").rstrip(".,;-"))
    if blank:
        return Number(None, None, kh, True, label, end)
    year = f"{match.group('year')}/" if match.group("year") else ""
    full = f"{match.group('so')}{match.group('sep')}{year}{kh}"
    return Number(full, match.group("so"), kh, False, label, end)


def parse_number(text: str) -> str | None:
    """Number and ký hiệu at the start of ``text`` ("463/QĐ-UBND ngày …" -> "463/QĐ-UBND")."""
    filled = _FILLED.match(text)
    if not filled or not _valid_kh(filled.group("kh")):
        return None
    return _number(filled, 0, 0, blank=False).so_ky_hieu


def find_date_line(text: str, end: int, floor: int = 0) -> DateLine | None:
    """The "Địa danh, ngày … tháng … năm …" line of the header.

    ``floor`` (the end of the "Số: …" number) bounds the place name on the left.
    """
    folded = fold_same_length(text[:end])
    for match in _DATE.finditer(folded):
        if text[match.start()] not in "nN":
            continue
        place, place_start = _place_before(text, match.start(), floor)
        if place is None:
            continue
        iso, blank = _iso_date(*_dmy(match))
        raw = " ".join(text[place_start : match.end()].split())
        return DateLine(place or None, iso, blank, raw, place_start, match.end())
    return None


def _place_before(text: str, position: int, floor: int = 0) -> tuple[str | None, int]:
    """Place name printed before ", ngày": ("" when absent but the line is a date line)."""
    window = text[max(0, floor if floor < position else 0, position - 160) : position]
    lines = window.split("\n")
    prefix = lines[-1]
    if not prefix.strip() and len(lines) > 1:
        prefix = next((line for line in reversed(lines[:-1]) if line.strip()), "")
    stripped = prefix.rstrip()
    has_comma = stripped.endswith(",")
    tokens = stripped.rstrip(",").split()
    taken: list[str] = []
    for token in reversed(tokens):
        if not _place_token(token, taken):
            break
        taken.insert(0, token)
        if len(taken) == 6:
            break
    if not taken or not (has_comma or len(taken) == len(tokens)):
        return None, position
    if len(taken) == len(tokens) and len(lines) > 1 and prefix is lines[-1]:
        taken = _wrapped_place(lines[-2], taken)
    place = " ".join(taken)
    start = text.rfind(taken[0], 0, position)
    return place, max(start, 0)


def _wrapped_place(previous: str, taken: list[str]) -> list[str]:
    """ "Tam\nKỳ, ngày …": the first word(s) of a place name wrapped onto the line above."""
    words = previous.split()
    title_case = all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
    if 0 < len(words) <= 2 and title_case and len(words) + len(taken) <= 5:
        return [*words, *taken]
    return taken


def _place_token(token: str, taken: list[str]) -> bool:
    if any(ch.isdigit() for ch in token) or "/" in token or ":" in token or "\\" in token:
        return False
    letters = [ch for ch in token if ch.isalpha()]
    if not letters or not letters[0].isupper():
        return token.lower() in {"phố", "xã", "trấn"} and bool(taken)
    if taken and token.isupper() != all(t.isupper() for t in taken) and len(token) > 3:
        return False
    return True


def _iso_date(day: str, month: str, year: str) -> tuple[str | None, bool]:
    if not (day.isdigit() and month.isdigit()):
        return None, True
    try:
        return date(int(year), int(month), int(day)).isoformat(), False
    except ValueError:
        return None, False


def find_date_in(text: str) -> str | None:
    """ISO date of the first "ngày … tháng … năm …" in ``text`` (e.g. a "kèm theo" clause)."""
    match = _DATE.search(fold_same_length(text))
    if not match:
        return None
    return _iso_date(*_dmy(match))[0]


def _dmy(match: re.Match[str]) -> tuple[str, str, str]:
    if match.group("y"):
        return match.group("d"), match.group("m"), match.group("y")
    return match.group("d2"), match.group("m2"), match.group("y2")


def find_title(text: str, start: int, end: int, anchors: list[int]) -> Title | None:
    """The uppercase type title (QUYẾT ĐỊNH, KẾ HOẠCH …) at a line start or after an anchor."""
    folded = fold_same_length(text[:end])
    for match in _TYPE_RE.finditer(folded, start):
        raw = text[match.start() : match.end()]
        if not raw.isupper():
            continue
        before = text[: match.start()]
        line_prefix = before[before.rfind("\n") + 1 :]
        after_anchor = any(
            0 <= match.start() - a <= 3 and not text[a : match.start()].strip() for a in anchors
        )
        if line_prefix.strip() and not after_anchor:
            continue
        return Title(_TYPE_NAMES[match.group(1)], match.start(), match.end())
    return None


def find_vv(text: str, start: int, end: int) -> int | None:
    """Offset of a "V/v" (or a line opening with "Về việc") subject in the header."""
    folded = fold_same_length(text[:end])
    for match in _VV.finditer(folded, start):
        raw = text[match.start() : match.end()]
        if raw[0] not in "Vv":
            continue
        if raw[0] == "v" and "/" not in raw:
            continue
        line_prefix = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        if "/" in raw or not line_prefix.strip():
            return match.start()
    return None


def type_from_ky_hieu(ky_hieu: str | None) -> str | None:
    if not ky_hieu:
        return None
    first = re.split(r"[-/.]", ky_hieu)[0].upper()
    return ABBREVIATIONS.get(first)
