"""Subject line (trích yếu) and the authority line that follows the type title."""

from __future__ import annotations

import re

from portal.documents.parsing.organ import BARE_HEADS, organ_from_authority, starts_with_head
from portal.documents.parsing.vntext import collapse, fold_same_length, modern_tone, mostly_upper

MAX_LINES = 8
MIN_ORGAN_KEY = 6  # "bo y te"
MAX_UNIT_PREFIX = 4
MAX_AUTHORITY_WORDS = 8
_STOP = re.compile(
    r"\s*(?:\(?\s*ban hanh kem|\(?\s*kem theo|kinh gui|dieu \d|chuong [ivx\d]|noi nhan|so\s*:)"
)
# Openers of a preamble sentence; an uppercase line starting so ("THỰC HIỆN ĐỀ ÁN …") is a subject.
_STOP_SENTENCE = re.compile(r"\s*(?:can cu|xet |thuc hien|theo de nghi)")
_WORD = re.compile(r"\S+")
_INLINE_STOP = re.compile(r"kinh gui\s*:?")
_CONNECTORS = {
    "CỦA",
    "VÀ",
    "VỚI",
    "GIỮA",
    "CHO",
    "TẠI",
    "VỀ",
    "THUỘC",
    "PHÓ",
    "TRONG",
    "ĐỐI",
    "TỪ",
    "ĐẾN",
    "LÀ",
    "CÁC",
    "NHỮNG",
    "VIỆC",
    "BỔ",
    "NHIỆM",
}
_AUTHORITY = re.compile(
    r"(?:u?y ban|ubnd|hoi dong|hdnd|bo |so |thu tuong|chinh phu|chu tich|giam doc|tong giam doc"
    r"|cuc truong|tong cuc|chi cuc|chanh an|vien truong|truong ban|chanh van phong|van phong"
    r"|ban |cuc |thanh tra|cong an|bo truong|hieu truong|quoc hoi|ban thuong vu|ban chap hanh)"
)
_STRONG_AUTHORITY = re.compile(
    r"(?:bo truong bo |thu tuong chinh phu$|chu tich (?:uy ban nhan dan|ubnd)"
    r"|(?:uy ban nhan dan|ubnd|hoi dong nhan dan) (?:tinh|huyen|xa|thanh pho|quan|phuong|thi))"
)


def _lines_from(text: str, start: int, limit: int) -> list[tuple[int, str]]:
    """(offset, line) pairs from ``start`` (first item: the rest of the current line)."""
    out: list[tuple[int, str]] = []
    position = start
    while position < limit and len(out) < 40:
        end = text.find("\n", position)
        end = limit if end == -1 or end > limit else end
        out.append((position, text[position:end]))
        position = end + 1
    return out


def _is_stop(line: str) -> bool:
    folded = fold_same_length(line)
    if _STOP.match(folded):
        return True
    return _STOP_SENTENCE.match(folded) is not None and not mostly_upper(line)


def case_switch(line: str) -> int | None:
    """Offset where an uppercase subject runs into sentence-case text on the same line.

    "… TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng …" -> offset of "Ngày": a capitalised
    word after at least two uppercase words, followed by lowercase words.
    """
    words = list(_WORD.finditer(line))
    upper_words = 0
    for index, match in enumerate(words):
        word = match.group(0)
        if word.isupper():
            upper_words += 1
            continue
        capitalised = word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
        following = [w.group(0) for w in words[index + 1 : index + 5]]
        lower = sum(1 for w in following if w[:1].isalpha() and w[:1].islower())
        if (
            capitalised
            and upper_words >= 2
            and lower >= 2
            and mostly_upper(line[: match.start()], 0.9)
        ):
            return match.start()
    return None


def subject_at(text: str, start: int, limit: int, *, after_title: bool) -> tuple[str | None, int]:
    """Subject text starting at ``start`` and the offset where it ends.

    After a type title the rest of its line is the subject unless it is empty or names the
    issuer ("QUYẾT ĐỊNH CỦA UBND TỈNH …"); then the next paragraph is.
    """
    lines = _lines_from(text, start, limit)
    if not lines:
        return None, start
    first_offset, first = lines[0]
    rest = first.strip(" :.")
    index = 0
    if after_title and (not rest or fold_same_length(rest).startswith("cua ")):
        index = next((i for i, (_o, line) in enumerate(lines) if i and line.strip()), -1)
        if index < 0 or _is_stop(lines[index][1]):
            return None, start
        first_offset, first = lines[index]
    return _collect(lines, index, first)


def _collect(lines: list[tuple[int, str]], index: int, first: str) -> tuple[str | None, int]:
    switch = case_switch(first)
    if switch is not None:
        offset = lines[index][0] + len(lines[index][1]) - len(first)
        return collapse(first[:switch]) or None, offset + switch
    upper = mostly_upper(first)
    parts = [first.strip()]
    end = lines[index][0] + len(lines[index][1])
    blank = False
    for offset, line in lines[index + 1 :]:
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if _is_stop(stripped) or len(parts) >= MAX_LINES:
            break
        line_upper = mostly_upper(stripped) or _wrapped_tail(parts[-1], stripped)
        if upper and (blank or not line_upper):
            break
        switch = case_switch(stripped) if upper else None
        if switch is not None:
            parts.append(stripped[:switch])
            end = offset + len(line) - len(line.lstrip()) + switch
            break
        if not upper and (line_upper or (blank and not stripped[0].islower())):
            break
        parts.append(stripped)
        end = offset + len(line)
        blank = False
    subject = collapse(" ".join(parts))
    stop = _INLINE_STOP.search(fold_same_length(subject))
    if stop:
        subject = subject[: stop.start()].rstrip()
    return subject or None, end


def _wrapped_tail(previous: str, line: str) -> bool:
    """ "… NĂM 2019 -" + "2020": a line without letters that ends a hyphenated range."""
    return previous.rstrip()[-1:] in "-–" and not any(ch.isalpha() for ch in line)


def untitled_subject(text: str, start: int, limit: int) -> tuple[str | None, int]:
    """Subject of a header without type title or "V/v" (title lost, or a "Về …" line).

    Taken when the first line after the number/date is a "Về …" line, or an uppercase line
    followed by an authority line ("ỦY BAN NHÂN DÂN TỈNH …").
    """
    lines = [(o, line) for o, line in _lines_from(text, start, limit) if line.strip()]
    if not lines:
        return None, start
    offset, first = lines[0]
    folded = fold_same_length(first.strip())
    about = first.strip()[:1] == "V" and folded.startswith("ve ") and not _is_stop(first)
    upper = (
        mostly_upper(first, 0.95)
        and (len(first.split()) > MAX_AUTHORITY_WORDS or not _AUTHORITY.match(folded.lower()))
        and authority_line(text, offset, limit) is not None
    )
    if not (about or upper):
        return None, start
    all_lines = _lines_from(text, offset, limit)
    return _collect(all_lines, 0, all_lines[0][1])


def cut_authority(subject: str, issuer: str | None) -> tuple[str, str | None]:
    """Split an authority line glued to the end of an uppercase subject.

    "… NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP" -> ("… NĂM 2015", "BỘ TRƯỞNG BỘ TƯ PHÁP") when it
    names the issuer (or, issuer unknown, is an unmistakable authority line).
    """
    words = subject.split()
    issuer_key = fold_same_length(issuer).lower() if issuer else None
    for index in range(1, len(words)):
        previous = modern_tone(words[index - 1]).upper()
        if previous in _CONNECTORS or previous.endswith(","):
            continue
        run = " ".join(words[index:])
        if not run.isupper() or len(words) - index > 14:
            continue
        folded = fold_same_length(run).lower()
        if not _AUTHORITY.match(folded):
            continue
        organ = organ_from_authority(run)
        organ_key = fold_same_length(organ).lower() if organ else ""
        same = (
            issuer_key
            and len(organ_key) >= MIN_ORGAN_KEY
            and (
                issuer_key.startswith(organ_key)
                or _unit_of_issuer(run, organ_key, issuer_key)
                or (issuer_key in BARE_HEADS and organ_key.startswith(issuer_key))
            )
        )
        if same or (not issuer_key and _STRONG_AUTHORITY.match(folded)):
            return " ".join(words[:index]), run
    return subject, None


def _unit_of_issuer(run: str, organ_key: str, issuer_key: str) -> bool:
    """ "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO": a body of the issuer, i.e. an organ
    head and at most MAX_UNIT_PREFIX words in front of the issuer's name."""
    words = run.split()
    prefix = len(organ_key.split()) - len(issuer_key.split())
    return (
        organ_key.endswith(" " + issuer_key)
        and 0 < prefix <= MAX_UNIT_PREFIX
        and starts_with_head(words)
        and not any(ch.isdigit() for ch in run)
        and "VÀ" not in (w.upper() for w in words[:prefix])
    )


def authority_line(text: str, start: int, limit: int) -> str | None:
    """The uppercase authority line between the subject and the preamble, if any."""
    for _offset, line in _lines_from(text, start, limit)[1:6]:
        stripped = line.strip()
        if not stripped:
            continue
        words = stripped.split()
        folded = fold_same_length(stripped).lower()
        if (
            mostly_upper(stripped, 0.95)
            and len(words) <= 14
            and not any(ch.isdigit() for ch in stripped)
            and _AUTHORITY.match(folded)
        ):
            return collapse(stripped)
        return None
    return None
