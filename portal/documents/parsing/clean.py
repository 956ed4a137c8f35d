"""Remove the noise that web captures, PDF text layers and crawlers add to a document."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from portal.documents.parsing.layout import split_columns
from portal.documents.parsing.vntext import (
    fold_same_length,
    has_detached_marks,
    strip_combining_runs,
)

# Document types as printed in crawler titles ("Quyết định 173/QĐ-BTP").
_TYPE_WORDS = (
    "Công văn|Quyết định|Nghị định|Nghị quyết|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch|"
    "Thông báo|Tờ trình|Báo cáo|Hướng dẫn|Luật|Bộ luật|Pháp lệnh|Lệnh|Quy chế|Quy định|"
    "Công điện|Chương trình|Đề án|Phương án|Văn bản hợp nhất"
)
_CRAWLER_TITLE = re.compile(rf"^\s*(?:{_TYPE_WORDS})\s+(?:số\s+)?\d+[\w/.\-]*[^\n]*")
_CRAWLER_CUT = re.compile(r"\.\s+(?=(\w{2,})\s+(\w+))")

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2007\u202f\u2002\u2003\u2009\u3000"), " ")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:[ \t][^<>\n]*>|>|(?=\s|$))")
_SEPARATOR = re.compile(r"(?<!\w)[-_=~–—]{3,}(?!\w)")
_WORD3 = re.compile(r"\w{4,}")
_NOISE_LINE = re.compile(
    r"^\s*(?:sign\s*in|sign\s*out|đăng\s*nhập|trang\s+\d+(?:\s*/\s*\d+)?|page\s+\d+(?:\s*of\s*\d+)?"
    r"|\d+\s*/\s*\d+|-\s*\d+\s*-)\s*$",
    re.IGNORECASE,
)
_PATH_LINE = re.compile(
    r"^\s*(?:[A-Za-z]:)?[^\s\\]*\\[^\n]*\\|^\s*[A-Za-z]:\\|^\s*\S+\.(?:docx?|pdf)\s*$"
)
_MOTTO = re.compile(
    r"cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam"
    r"|doc\s+lap\s*[-–]\s*tu\s+do\s*[-–]\s*hanh\s+phuc"
)
# "Trang 1UỶ BAN NHÂN DÂN": a page number of the viewer glued to the first word of a line.
_GLUED_PAGE = re.compile(r"^([ \t]*)Trang[ \t]*\d+(?=\w)", re.MULTILINE)
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+(?=(\w{2,}))")


@dataclass
class CleanText:
    text: str
    crawler_title: str | None = None
    detached_marks: bool = False


def clean(text: str) -> CleanText:
    """Normalise a raw capture into clean lines (NFC, no site residue)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    detached = has_detached_marks(text)
    text = text.translate(_INVISIBLE).translate(_SPACES)
    text = strip_combining_runs(text).replace("ǎ", "ă").replace("Ǎ", "Ă")
    text = split_columns(text)
    text = _GLUED_PAGE.sub(_drop_glued_page, text)
    text = _TAG.sub(" ", text).replace("*", "").replace("|", "\n")
    text = _SEPARATOR.sub("\n", text)
    text = _WORD3.sub(_split_glued_caps, text)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if not (_NOISE_LINE.match(line) or _PATH_LINE.match(line))]
    text = remove_motto("\n".join(lines))
    text, crawler = _strip_crawler_title(text)
    number = _LIST_NUMBER.match(text)
    if number and number.group(1).isupper():
        text = text[number.end() :]
    return CleanText(text=text, crawler_title=crawler, detached_marks=detached)


def _strip_crawler_title(text: str) -> tuple[str, str | None]:
    """Remove a crawler-added title ("Công văn 2739/VPCP-ĐMDN năm 2019 …") and its repeats."""
    body = text.lstrip()
    match = _CRAWLER_TITLE.match(body)
    if not match:
        return text, None
    line = match.group(0)
    cut = next(
        (m for m in _CRAWLER_CUT.finditer(line) if m.group(1).isupper() and m.group(2).isupper()),
        None,
    )
    title = (line[: cut.start() + 1] if cut else line).strip()
    if len(title) < 8:
        return text, None
    rest = body[len(title) :] if body.startswith(title) else body
    rest = rest.replace(title, "\n")
    return rest, title


def _drop_glued_page(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    return match.group(1) if following.isupper() else match.group(0)


def remove_motto(text: str) -> str:
    """Replace the national motto (Quốc hiệu, tiêu ngữ) by line breaks, wherever it is.

    The country's name inside a sentence ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
    Nam") is written in sentence case and is kept.
    """
    folded = fold_same_length(text)
    pieces: list[str] = []
    last = 0
    for match in _MOTTO.finditer(folded):
        if _in_sentence(text[match.start() : match.end()]):
            continue
        pieces.append(text[last : match.start()])
        pieces.append("\n")
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _in_sentence(motto: str) -> bool:
    """ "Cộng hòa xã hội chủ nghĩa Việt Nam" in running text (the header capitalises it)."""
    words = motto.split()
    return len(words) > 2 and words[1].islower() and words[2].islower()


def _split_glued_caps(match: re.Match[str]) -> str:
    """ "PHÒNGThái" -> "PHÒNG Thái": capitals glued to a capitalised word."""
    word = match.group(0)
    for index in range(2, len(word) - 1):
        tail = word[index + 1 : index + 3]
        if (
            word[index].isupper()
            and word[index + 1].islower()
            and (index >= 3 or tail.islower() and len(tail) == 2)
        ):
            if word[:index].isupper() and word[:index].isalpha():
                return f"{word[:index]} {word[index:]}"
            return word
    return word
