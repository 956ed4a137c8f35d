"""Undo two-column layouts that a plain-text capture printed side by side with space padding.

Typed and scanned documents keep the header ("UBND TỈNH …      CỘNG HÒA XÃ HỘI …") and the
closing ("- Như trên;        GIÁM ĐỐC") as two columns. When a capture pads the columns with a
run of spaces, the two columns are read line by line and interleave; this module moves the
right column of such a block after the left one, so each column reads as a unit again.
"""

from __future__ import annotations

import re

# A column gap: six or more spaces between two pieces of text on one line ("Số      /NQ-HĐND",
# a number left blank, is a field, not two columns).
_GAP = re.compile(r"(?<=\S) {6,}(?=[^\s/])")
_BULLET = re.compile(r"^\s*[-–•+]")
_PLAIN_LINES_END_BLOCK = 3


def split_columns(text: str) -> str:
    """Text with every space-padded two-column block rewritten as left column, then right."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        if _GAP.search(lines[index]) is None:
            out.append(lines[index])
            index += 1
            continue
        index = _rewrite_block(lines, index, out)
    return "\n".join(out)


def _rewrite_block(lines: list[str], start: int, out: list[str]) -> int:
    """Append the block starting at ``start`` to ``out``; return the index after it."""
    last_gap = start
    plain_run = 0
    for index in range(start, len(lines)):
        if _GAP.search(lines[index]) is not None:
            last_gap = index
            plain_run = 0
        elif lines[index].strip():
            plain_run += 1
            if plain_run >= _PLAIN_LINES_END_BLOCK:
                break
    end = _left_column_end(lines, last_gap)
    right: list[str] = []
    for line in lines[start:end]:
        gap = _GAP.search(line)
        if gap is None:
            out.append(line)
        else:
            out.append(line[: gap.start()])
            right.append(line[gap.end() :])
    out.extend(right)
    return end


def _left_column_end(lines: list[str], last_gap: int) -> int:
    """Index after the left column: list items ("- …") below the last padded line belong to it."""
    end = last_gap + 1
    while end < len(lines) and (not lines[end].strip() or _BULLET.match(lines[end])):
        end += 1
    while end > last_gap + 1 and not lines[end - 1].strip():
        end -= 1
    return end
