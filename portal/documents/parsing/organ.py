"""The issuing body (cơ quan ban hành): find it in the header and write its usual name."""

from __future__ import annotations

import re
from collections import Counter

from portal.documents.parsing.vntext import (
    capitalize_first,
    collapse,
    fold_same_length,
    modern_tone,
    title_words,
)

_UNIT_WORDS = {
    ("TỈNH",): "tỉnh",
    ("HUYỆN",): "huyện",
    ("QUẬN",): "quận",
    ("XÃ",): "xã",
    ("PHƯỜNG",): "phường",
    ("THỊ", "XÃ"): "thị xã",
    ("THỊ", "TRẤN"): "thị trấn",
    ("THÀNH", "PHỐ"): "thành phố",
    ("TP",): "thành phố",
    ("TP.",): "thành phố",
    ("TX",): "thị xã",
    ("TX.",): "thị xã",
}
# Organ heads, longest first; the display form is used for the head words.
_HEADS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(raw.split()), display)
            for raw, display in (
                ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
                ("Y BAN NHÂN DÂN", "Ủy ban nhân dân"),
                ("UBND", "Ủy ban nhân dân"),
                ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
                ("HĐND", "Hội đồng nhân dân"),
                ("ỦY BAN", "Ủy ban"),
                ("HỘI ĐỒNG", "Hội đồng"),
                ("VĂN PHÒNG", "Văn phòng"),
                ("TỔNG CỤC", "Tổng cục"),
                ("CHI CỤC", "Chi cục"),
                ("CỤC", "Cục"),
                ("SỞ", "Sở"),
                ("BỘ", "Bộ"),
                ("PHÒNG", "Phòng"),
                ("BAN", "Ban"),
                ("TRUNG TÂM", "Trung tâm"),
                ("TRƯỜNG", "Trường"),
                ("VIỆN", "Viện"),
                ("HỌC VIỆN", "Học viện"),
                ("THANH TRA", "Thanh tra"),
                ("CÔNG AN", "Công an"),
                ("TÒA ÁN NHÂN DÂN", "Tòa án nhân dân"),
                ("VIỆN KIỂM SÁT NHÂN DÂN", "Viện kiểm sát nhân dân"),
                ("KHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước"),
                ("BẢO HIỂM XÃ HỘI", "Bảo hiểm xã hội"),
                ("NGÂN HÀNG NHÀ NƯỚC", "Ngân hàng Nhà nước"),
                ("ĐÀI", "Đài"),
                ("ĐẢNG ỦY", "Đảng ủy"),
            )
        ),
        key=lambda item: -len(item[0]),
    )
)
_FIXED = {
    "van phong chinh phu": "Văn phòng Chính phủ",
    "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "chinh phu": "Chính phủ",
    "quoc hoi": "Quốc hội",
    "uy ban thuong vu quoc hoi": "Ủy ban Thường vụ Quốc hội",
    "chu tich nuoc": "Chủ tịch nước",
}
_PROPER = {
    "chính phủ": "Chính phủ",
    "nhà nước": "Nhà nước",
    "việt nam": "Việt Nam",
    "trung ương": "Trung ương",
    "quốc hội": "Quốc hội",
    "tổ quốc": "Tổ quốc",
    "thủ tướng": "Thủ tướng",
}
_CONNECTORS = {"VÀ", ",", "-", "–", "&", "CỦA"}
# Folded issuer names of a header that lost its locality line: only the organ head is known.
BARE_HEADS = frozenset({"uy ban nhan dan", "hoi dong nhan dan"})
_VOWELS = set("AEIOUYĂÂÊÔƠƯÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ")
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "ĐBSCL", "BHXH", "BHYT", "KBNN", "THCS", "THPT", "UBMTTQ"}
_POSITION_PREFIX = re.compile(
    r"^(?:bo truong|chu tich|giam doc|tong giam doc|cuc truong|tong cuc truong|chanh an|"
    r"vien truong|truong ban|chanh thanh tra|hieu truong|thu truong)\s+(?=\S)"
)


def _norm_word(word: str) -> str:
    return modern_tone(word).upper().strip(",.;:")


def _match_head(words: list[str], index: int) -> tuple[int, str] | None:
    """Length and display form of the organ head starting at ``words[index]``."""
    normalised = [_norm_word(w) for w in words[index : index + 5]]
    for head, display in _HEADS:
        if tuple(normalised[: len(head)]) == head:
            return len(head), display
    return None


def starts_with_head(words: list[str]) -> bool:
    """True when ``words`` open with an organ head (ỦY BAN NHÂN DÂN, HỘI ĐỒNG, BỘ, SỞ …)."""
    return bool(words) and _match_head(words, 0) is not None


def _is_acronym(word: str) -> bool:
    letters = re.sub(r"\W", "", word)
    if len(letters) < 2 or not letters.isupper():
        return False
    return letters in _ACRONYMS or not (set(letters) & _VOWELS)


def _locality_start(words: list[str]) -> int | None:
    head = _match_head(words, 0)
    for index in range(max(1, head[0] if head else 1), len(words)):
        if (
            _norm_word(words[index]) == "XÃ"
            and _norm_word(words[index + 1 : index + 2][0] if index + 1 < len(words) else "")
            == "HỘI"
        ):
            continue
        for unit in _UNIT_WORDS:
            if tuple(_norm_word(w) for w in words[index : index + len(unit)]) == unit:
                return index
    return None


def _locality(words: list[str]) -> str:
    for unit, display in _UNIT_WORDS.items():
        if tuple(_norm_word(w) for w in words[: len(unit)]) == unit:
            name = words[len(unit) :]
            cased = " ".join(w if _is_acronym(w) else title_words(w) for w in name)
            return f"{display} {cased}".strip()
    return " ".join(words)


def _component_case(words: list[str]) -> str:
    """Sentence case for a name component, capitalising after "và", "-" and ","."""
    out: list[str] = []
    capital = True
    for word in words:
        if _is_acronym(word):
            out.append(word)
        else:
            lowered = "-".join(
                capitalize_first(part) if position else part
                for position, part in enumerate(word.lower().split("-"))
            )
            out.append(capitalize_first(lowered) if capital and lowered != "và" else lowered)
        capital = word.upper() in {"VÀ", "-", "–", "&"} or word.endswith(",")
    text = " ".join(out)
    for lower, proper in _PROPER.items():
        text = re.sub(rf"(?i)\b{lower}\b", proper, text)
    return text


def normalize_organ(raw: str) -> str | None:
    """Usual written form of an organ name printed in capitals.

    >>> normalize_organ("UỶ BAN NHÂN DÂN TỈNH AN GIANG")
    'Ủy ban nhân dân tỉnh An Giang'
    """
    words = collapse(raw).strip(" ,.;:-").split()
    if not words:
        return None
    folded = fold_same_length(" ".join(words)).lower()
    if folded in _FIXED:
        return _FIXED[folded]
    loc_index = _locality_start(words)
    name_words = words[:loc_index] if loc_index else words
    locality = _locality(words[loc_index:]) if loc_index else ""
    head = _match_head(name_words, 0)
    if head:
        length, display = head
        rest = _component_case(name_words[length:])
        name = f"{display} {rest}".strip()
    else:
        name = _component_case(name_words)
    return modern_tone(f"{name} {locality}".strip())


def split_organs(segments: list[str]) -> list[str]:
    """Split header segments into organ names: parent body first, issuer last."""
    words: list[str] = []
    starts: set[int] = set()
    for segment in segments:
        starts.add(len(words))
        words.extend(segment.split())
    organs: list[list[str]] = [[]]
    index = 0
    while index < len(words):
        head = _match_head(words, index)
        if head and index and _starts_new_organ(words, index, head[0], index in starts):
            organs.append([])
        span = head[0] if head else 1
        organs[-1].extend(words[index : index + span])
        index += span
    return [" ".join(organ) for organ in organs if organ]


def _starts_new_organ(words: list[str], index: int, length: int, at_boundary: bool) -> bool:
    previous = _norm_word(words[index - 1]) if words[index - 1] not in "-–," else words[index - 1]
    if previous in _CONNECTORS or words[index - 1].endswith(","):
        return False
    if _match_head(words, index - 1) is not None:  # "BỘ CÔNG AN", "VĂN PHÒNG ỦY BAN …"
        return False
    following = words[index + length : index + length + 1]
    if not following or _match_head(words, index + length) is not None:
        return at_boundary
    return True


def issuer_from_segments(segments: list[str]) -> tuple[str | None, str | None]:
    """(issuer, parent body) from the uppercase header segments."""
    organs = split_organs(segments)
    if not organs:
        return None, None
    issuer_raw = organs[-1]
    parent_raw = organs[-2] if len(organs) > 1 else None
    issuer = normalize_organ(issuer_raw)
    if parent_raw and issuer and _locality_start(issuer_raw.split()) is None:
        parent_words = parent_raw.split()
        loc_index = _locality_start(parent_words)
        if fold_same_length(issuer).lower() == "van phong":
            issuer = f"Văn phòng {normalize_organ(parent_raw)}"
        elif loc_index is not None:
            issuer = f"{issuer} {_locality(parent_words[loc_index:])}"
    return issuer, normalize_organ(parent_raw) if parent_raw else None


def organ_from_authority(line: str) -> str | None:
    """Issuer named by the authority line above the preamble ("BỘ TRƯỞNG BỘ TƯ PHÁP")."""
    text = collapse(line)
    folded = fold_same_length(text).lower()
    if folded.startswith("thu tuong chinh phu"):
        return "Thủ tướng Chính phủ"
    match = _POSITION_PREFIX.match(folded)
    if match:
        text = text[match.end() :]
    return normalize_organ(text)


def recase_from_text(name: str, text: str) -> str:
    """Prefer the casing the document itself uses for ``name`` (e.g. "Bộ Công Thương")."""
    head = _match_head(name.upper().split(), 0)
    if head is None or head[1] in {"Ủy ban nhân dân", "Hội đồng nhân dân"}:
        return name
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    found = [
        collapse(m.group(0))
        for m in re.finditer(pattern, text, re.IGNORECASE)
        if not m.group(0).isupper() and m.group(0)[0].isupper()
    ]
    if not found:
        return name
    best = Counter(found).most_common(1)[0][0]
    words = name.split()
    return " ".join(words[: head[0]] + best.split()[head[0] :])
