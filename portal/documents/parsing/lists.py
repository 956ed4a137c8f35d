"""Lists of a document: legal bases (Căn cứ) and recipients (Nơi nhận)."""

from __future__ import annotations

import re

from portal.documents.parsing.signer import find_anchor, trailing_title_start
from portal.documents.parsing.vntext import collapse, fold_same_length, mostly_upper

CAN_CU_CHARS = 60
_OPENERS = re.compile(
    r"(?:can cu|xet |thuc hien|theo de nghi|theo |tren co so|sau khi|de |nham |qua )"
)
_CAN_CU_INLINE = re.compile(r"[;.]\s*(?=can cu\s)")
_CLAUSE_CUT = re.compile(r";|,\s*(?:xet|thuc hien|theo de nghi)\s|\s(?:quyet dinh|quyet nghi)\s*:")
_NOI_NHAN = re.compile(r"(?<![a-z])noi\s+nhan\s*:?")
_BULLET = re.compile(r"^\s*[-–•+*]\s*")
_BULLETED_CAN_CU = re.compile(r"^\s*[-–•+*]\s*Căn cứ\s")
_TYPIST = re.compile(r"\.\s+(?:[A-ZĐ][\wÀ-ỹ.]*\s*){1,3}$")


def _logical_lines(text: str) -> list[str]:
    """Join hard-wrapped lines: a line continues the previous one until it ends a clause."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            out.append("")
            continue
        folded = fold_same_length(line)
        joinable = out and out[-1] and out[-1][-1] not in ";.:"
        if (
            joinable
            and not _OPENERS.match(folded)
            and not _BULLET.match(line)
            and not mostly_upper(line, 0.95)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def extract_can_cu(text: str) -> list[str]:
    """Formal "Căn cứ …" clauses of the preamble ``text``, each cut at ";" and to 60 chars."""
    clauses: list[str] = []
    for line in _logical_lines(text):
        line = _BULLET.sub("", line) if _BULLETED_CAN_CU.match(line) else line
        if not line:
            continue
        folded = fold_same_length(line)
        if folded.startswith("can cu"):
            clauses.extend(_split_inline(line))
        elif _OPENERS.match(folded) or (mostly_upper(line) and not clauses):
            continue
        elif clauses and line.endswith(";"):
            continue  # a second act of the previous clause on its own line ("Luật sửa đổi …;")
        else:
            break
    return [_cut(clause) for clause in clauses]


def _split_inline(line: str) -> list[str]:
    folded = fold_same_length(line)
    starts = [0] + [m.end() for m in _CAN_CU_INLINE.finditer(folded)]
    return [line[a:b] for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]


def _cut(clause: str) -> str:
    clause = collapse(clause)
    match = _CLAUSE_CUT.search(fold_same_length(clause))
    if match:
        clause = clause[: match.start()]
    clause = clause.rstrip(" ,")
    return clause[:CAN_CU_CHARS].rstrip()


def find_noi_nhan(text: str, start: int, end: int) -> int | None:
    """Offset of the first "Nơi nhận" heading in ``text[start:end]``."""
    folded = fold_same_length(text[:end])
    for match in _NOI_NHAN.finditer(folded, start):
        if text[match.start()] == "N":
            return match.start()
    return None


def extract_noi_nhan(text: str, start: int) -> list[str]:
    """Recipient items after the "Nơi nhận" heading at ``start``, bullets removed."""
    heading = _NOI_NHAN.match(fold_same_length(text[start : start + 40]))
    position = start + (heading.end() if heading else 0)
    lines = text[position : position + 6000].split("\n")
    items: list[str] = []
    for index, raw in enumerate(lines):
        line, _signer_cut = _cut_signer(raw.strip())
        if line and not _add_item(items, line, first=index == 0):
            break
        if items and fold_same_length(items[-1]).startswith("luu"):
            break
    return [collapse(item) for item in items if item.strip()]


def _add_item(items: list[str], line: str, *, first: bool) -> bool:
    """Add ``line`` as a new item or a continuation; False when the list has ended."""
    bullet = _BULLET.match(line)
    folded = fold_same_length(line)
    if bullet or first:
        items.append(line[bullet.end() :] if bullet else line)
    elif items and (not items[-1] or items[-1][-1] not in ";.") and not mostly_upper(line):
        items[-1] = f"{items[-1]} {line}"
    elif (line.endswith(";") or folded.startswith("luu")) and not mostly_upper(line):
        items.append(line)
    else:
        return False
    return True


def _cut_signer(line: str) -> tuple[str, bool]:
    """Cut a signature block that the capture glued to the end of a recipient line."""
    anchor = find_anchor(line, 0)
    if anchor is None:
        words = line.split()
        start = trailing_title_start(words)
        if start is None or words[start - 1][-1:] not in ";.:":
            return line, False
        return " ".join(words[:start]), True
    if anchor == 0:
        return "", True
    kept = line[:anchor].rstrip()
    typist = _TYPIST.search(kept)
    if typist:
        kept = kept[: typist.start() + 1]
    return kept, True
