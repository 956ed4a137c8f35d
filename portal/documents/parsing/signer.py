"""Signature block: authority/title lines (chức vụ ký) and the signer's name (người ký)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from portal.documents.parsing.organ import starts_with_head
from portal.documents.parsing.vntext import collapse, fold_same_length, modern_tone, title_words

_POSITIONS_RAW = (
    "CHỦ TỊCH NƯỚC|CHỦ TỊCH QUỐC HỘI|CHỦ TỊCH|GIÁM ĐỐC SỞ|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|BỘ TRƯỞNG|"
    "THỨ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|TRƯỞNG PHÒNG|TRƯỞNG BAN|TỔNG CỤC TRƯỞNG|"
    "CHI CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH ÁN|CHÁNH THANH TRA|"
    "TỔNG THƯ KÝ|BÍ THƯ|TRƯỞNG ĐOÀN|KẾ TOÁN TRƯỞNG|TỔNG BIÊN TẬP|TRƯỞNG|PHÓ VĂN PHÒNG"
)
_POSITIONS = tuple(
    sorted(
        {tuple(p.split()) for p in _POSITIONS_RAW.split("|")}
        | {("PHÓ", *p.split()) for p in _POSITIONS_RAW.split("|")},
        key=lambda p: -len(p),
    )
)
_MARKER = re.compile(r"^(T\s*/\s*M|T\.M|TM|K\s*/\s*T|K\.T|KT|T\s*/\s*L|T\.L|TL|TUQ|Q)[.:]?$")
_MARKER_GLUED = re.compile(r"(TM|KT|TL|TUQ|T/M|K/T|T/L)[.:](?=\S)")
_NOISE = re.compile(
    r"^\(?\s*(?:đã ký|ký|ký tên|ký và ghi rõ họ tên|ký, ghi rõ họ tên|đóng dấu|ký tên, đóng dấu"
    r"|chữ ký|dấu|signed|đã ký và đóng dấu)[^)]*\)?\.?$",
    re.IGNORECASE,
)
_NOT_NAMES = ("nhu tren", "noi nhan", "kinh gui", "luu", "da ky", "ky ten", "dong dau", "ban hanh")
_SURNAMES = set(
    "NGUYỄN TRẦN LÊ PHẠM HOÀNG HUỲNH PHAN VŨ VÕ ĐẶNG BÙI ĐỖ HỒ NGÔ DƯƠNG LÝ ĐINH ĐÀO TRƯƠNG "
    "LƯƠNG LÂM MAI TRỊNH ĐOÀN CAO HÀ TÔ TẠ LƯU CHÂU THÁI QUÁCH VƯƠNG TRIỆU LỮ KIỀU LA PHÙNG "
    "TỐNG DOÃN KHỔNG NÔNG HẦU VI LỤC LÒ MẠC TĂNG TIÊU GIANG KIM THÂN DIỆP ÂU".split()
)
WINDOW_LINES = 10
MAX_TITLE_LINE_WORDS = 10
_SIGNED_NAME = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:[ \t]+[A-ZÀ-ỸĐ][^\W\d_]*){1,5})"
    r"[ \t]*\((?i:\s*đã ký\s*)\)",
    re.MULTILINE,
)


@dataclass
class Signer:
    chuc_vu: str | None
    name: str | None
    start: int


def _norm(token: str) -> str:
    return modern_tone(token).upper().strip(",;")


def _marker(token: str) -> str | None:
    match = _MARKER.match(token.upper())
    if not match:
        return None
    key = re.sub(r"[\s/.]", "", match.group(1))
    if key == "Q" and not token.endswith("."):
        return None
    return f"{key}."


def _position_at(words: list[str], index: int) -> int:
    """Length of the position phrase starting at ``words[index]`` (0 if none)."""
    window = tuple(_norm(w) for w in words[index : index + 6])
    for phrase in _POSITIONS:
        if window[: len(phrase)] == phrase:
            return len(phrase)
    return 0


def tokenize(text: str) -> list[tuple[str, int]]:
    """Words of ``text`` with their offsets; a marker glued to a word ("KT.CHỦ") is split."""
    tokens: list[tuple[str, int]] = []
    for match in re.finditer(r"\S+", text):
        word = match.group(0)
        glued = _MARKER_GLUED.match(word)
        if glued and glued.end() < len(word):
            tokens.append((word[: glued.end()], match.start()))
            tokens.append((word[glued.end() :], match.start() + glued.end()))
        else:
            tokens.append((word, match.start()))
    return tokens


def find_anchor(text: str, start: int) -> int | None:
    """Offset of the first signature block after ``start``: a TM./KT./TL. marker before an
    authority (on the same line or at the start of the next one), or an uppercase position
    followed by a name."""
    position_anchor: int | None = None
    line_start = start
    lines = text[start:].split("\n")
    for number, line in enumerate(lines):
        words = [(w, line_start + o) for w, o in tokenize(line)]
        plain = [w for w, _o in words]
        for index, (word, offset) in enumerate(words):
            after = plain[index + 1 :] or _next_words(lines, number)
            if _marker(word) and _authority_starts(after):
                return offset if position_anchor is None else min(offset, position_anchor)
            if position_anchor is None and word.isupper() and _position_at(plain, index):
                if parse_block(text, offset).name is not None:
                    position_anchor = offset
        line_start += len(line) + 1
    return position_anchor


def _next_words(lines: list[str], number: int) -> list[str]:
    """Words of the next non-empty line (a marker may end its line: "TL.\nBỘ TRƯỞNG …")."""
    for line in lines[number + 1 : number + 3]:
        if line.strip():
            return [w for w, _o in tokenize(line)]
    return []


_AUTHORITY_WORDS = set(
    "ỦY UBND HỘI HĐND BAN CHỦ BỘ THỦ GIÁM TỔNG CỤC CHÁNH SỞ PHÒNG TRƯỞNG PHÓ VIỆN HIỆU VỤ "
    "CHI THƯỜNG ĐẢNG TRUNG TRƯỜNG VĂN THANH KẾ CÔNG UBMTTQ".split()
)


def _authority_starts(words: list[str]) -> bool:
    return bool(words) and words[0].isupper() and _norm(words[0]) in _AUTHORITY_WORDS


def parse_block(text: str, start: int) -> Signer:
    """Read the signature block that starts at ``start``."""
    tokens = [(word, start + offset) for word, offset in tokenize(text[start : start + 1500])]
    block: list[str] = []
    index = 0
    last_line = None
    while index < len(tokens):
        word, offset = tokens[index]
        line_text = _line_at(text, offset)
        if (
            block
            and line_text.strip()
            and line_text.strip() != last_line
            and _is_position_line(line_text)
        ):
            block.extend(line_text.split())
            last_line = line_text.strip()
            index += len(line_text.split())
            continue
        if block and _left_column_line(text, offset):
            index = _right_column(text, tokens, index, block)
            continue
        if not _block_word(word) or (block and _uppercase_name_line(line_text, word)):
            break
        if block and line_text.strip() != last_line and _foreign_uppercase_line(line_text):
            break
        block.append(word)
        last_line = line_text.strip()
        index += 1
    name = _find_name(text, tokens[index:]) if block else None
    chuc_vu = format_title(block) if block else None
    return Signer(chuc_vu, name, start)


def _foreign_uppercase_line(line: str) -> bool:
    """A long uppercase line below a signature title that is no part of it (the heading of an
    attachment, a table title): it neither starts with a marker nor with a position."""
    words = [w for w in line.split() if any(ch.isalnum() for ch in w)]
    if len(words) <= MAX_TITLE_LINE_WORDS or _marker(words[0]) or _position_at(words, 0):
        return False
    return not starts_with_head(words) and all(_block_word(w) for w in words)


def _left_column_line(text: str, offset: int) -> bool:
    """A recipient line ("- Như trên;", "Nơi nhận:") beside the signature in a flattened
    two-column layout; ``offset`` must be its first word."""
    begin = text.rfind("\n", 0, offset) + 1
    if text[begin:offset].strip():
        return False
    head = text[offset : offset + 12]
    return head[:1] in "-–•+" or fold_same_length(head).lower().startswith("noi nhan")


def _right_column(text: str, tokens: list[tuple[str, int]], index: int, block: list[str]) -> int:
    """Add the signature words at the end of a recipient line; return the next line's index."""
    line_end = text.find("\n", tokens[index][1])
    line_end = len(text) if line_end == -1 else line_end
    end = index
    while end < len(tokens) and tokens[end][1] < line_end:
        end += 1
    words = [word for word, _offset in tokens[index:end]]
    start = trailing_title_start(words)
    if start is not None:
        block.extend(words[start:])
    return end


def trailing_title_start(words: list[str]) -> int | None:
    """Index where a signature title run (marker or position, all capitals) ends a line."""
    for start in range(1, len(words)):
        tail = words[start:]
        starts_title = _marker(tail[0]) or (tail[0].isupper() and _position_at(tail, 0))
        if starts_title and all(_block_word(word) for word in tail):
            return start
    return None


def _line_at(text: str, position: int) -> str:
    begin = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[begin : end if end != -1 else len(text)]


def _block_word(word: str) -> bool:
    return word.isupper() or word in {"-", "–", ",", "&"} or _marker(word) is not None


def _is_position_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and not line.isupper() and _position_at(words, 0) == len(words)


def _uppercase_name_line(line: str, word: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 5
        and line.isupper()
        and words[0] == word
        and _norm(word) in _SURNAMES
        and not any(_position_at(words, i) for i in range(len(words)))
    )


def _find_name(text: str, tokens: list[tuple[str, int]]) -> str | None:
    seen_lines = 0
    index = 0
    while index < len(tokens) and seen_lines < WINDOW_LINES:
        word, offset = tokens[index]
        line = _line_at(text, offset)
        rest = text[offset : offset + len(line)].split("\n")[0]
        if _NOISE.match(rest.strip()):
            index += len(rest.split())
            seen_lines += 1
            continue
        if _uppercase_name_line(line, word):
            return title_words(collapse(line))
        run = _title_run(_same_line(text, tokens[index : index + 7]))
        if run:
            return run
        index += max(1, len(rest.split()))
        seen_lines += 1
    return None


def _same_line(text: str, tokens: list[tuple[str, int]]) -> list[str]:
    words = [tokens[0][0]] if tokens else []
    for (_prev, prev_at), (word, at) in zip(tokens, tokens[1:], strict=False):
        if "\n" in text[prev_at:at]:
            break
        words.append(word)
    return words


def _title_run(words: list[str]) -> str | None:
    run: list[str] = []
    for word in words:
        clean = word.rstrip(".,;")
        if not _name_word(clean):
            break
        run.append(clean)
        if clean != word:
            break
    if not 2 <= len(run) <= 6:
        return None
    folded = fold_same_length(" ".join(run)).lower()
    if folded.startswith(_NOT_NAMES) or _position_at(run, 0):
        return None
    return " ".join(run)


def _name_word(word: str) -> bool:
    letters = word.replace("'", "").replace("-", "")
    if not letters.isalpha() or not letters[0].isupper():
        return False
    rest = letters[1:]
    return not rest or rest.islower() or (len(letters) <= 3 and "'" in word)


def format_title(block: list[str]) -> str | None:
    """Authority/title lines joined with " / ", prefixes normalised (KT., TM., TL.)."""
    segments: list[list[str]] = []
    for word in block:
        marker = _marker(word)
        if marker or not segments:
            segments.append([marker] if marker else [])
            if marker:
                continue
        segments[-1].append(word)
    segments = [seg for seg in segments if seg]
    if not segments:
        return None
    last = segments[-1]
    body = last[1:] if _marker(last[0]) else last
    split = _split_point(body)
    if split:
        head_len = len(last) - len(body)
        segments[-1:] = [last[: head_len + split], body[split:]]
    parts = [collapse(" ".join(seg)).upper() for seg in segments]
    return " / ".join(part for part in parts if part) or None


def _split_point(words: list[str]) -> int:
    """Index of the signer's own position after the authority it signs for."""
    index = 0
    while index < len(words):
        length = _position_at(words, index)
        if (
            length
            and index
            and not words[index - 1].endswith(",")
            and _norm(words[index - 1]) != "VÀ"
        ):
            return index
        index += length or 1
    return 0


def find_signer(text: str, start: int) -> Signer | None:
    anchor = find_anchor(text, start)
    if anchor is None:
        return _signed_name_only(text, start)
    return parse_block(text, anchor)


def _signed_name_only(text: str, start: int) -> Signer | None:
    """A signature printed as the name alone with "(Đã ký)" ("Nguyễn Văn An (Đã ký)")."""
    for match in _SIGNED_NAME.finditer(text, start):
        name = _title_run(match.group("name").split())
        if name is not None:
            return Signer(None, name, match.start())
    return None
