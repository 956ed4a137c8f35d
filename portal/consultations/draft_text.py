"""Split the pasted text of a draft into its articles (Điều), so people can comment on each.

Rules, in the order a reader meets them:
- an article starts on a line "Điều N." (or "Điều N:"), optionally in Markdown bold; the rest
  of that line is the article's title, the following lines its text;
- a chapter heading ("Chương II", "CHƯƠNG VI TỔ CHỨC THỰC HIỆN") ends the article before it
  and applies to the articles after it; a title on the next line in capitals belongs to it;
- a signature block ("TM.", "KT.", "TL.", "Q.", "Nơi nhận:") ends the article before it;
- when the numbering starts again at "Điều 1", what came before is the promulgating decision
  ("Quyết định ban hành kèm theo Quy chế…"): it becomes part of the preamble, and the
  articles of the regulation itself are the ones people comment on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from portal.text import nfc

ARTICLE_RE = re.compile(r"^\s*\**\s*Điều\s+(\d{1,3})\s*[.:]\s*(.*?)\s*\**\s*$", re.IGNORECASE)
CHAPTER_RE = re.compile(
    r"^\s*\**\s*Chương\s+([IVXLC]+|\d{1,2})\b\s*[.:–-]?\s*(.*?)\s*\**\s*$", re.IGNORECASE
)
SIGNATURE_RE = re.compile(r"^\s*\**\s*(TM\.|KT\.|TL\.|Q\.|Nơi nhận\s*:)", re.IGNORECASE)
EMPHASIS_RE = re.compile(r"^\*+(?=\S)|(?<=\S)\*+$")  # Markdown bold/italic around a line


@dataclass(frozen=True)
class ArticleText:
    number: int
    title: str
    text: str
    chapter: str = ""

    @property
    def label(self) -> str:
        return f"Điều {self.number}"


@dataclass
class SplitDraft:
    preamble: str
    articles: list[ArticleText] = field(default_factory=list)


def split_articles(text: str) -> SplitDraft:
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headings = [(i, m) for i, line in enumerate(lines) if (m := ARTICLE_RE.match(line))]
    if not headings:
        return SplitDraft(preamble=_join(lines))
    restarts = [k for k, (_i, m) in enumerate(headings) if k > 0 and int(m[1]) == 1]
    headings = headings[restarts[-1] :] if restarts else headings
    first_line = headings[0][0]
    preamble_lines, chapter = _take_trailing_chapter(lines[:first_line])
    articles: list[ArticleText] = []
    for k, (start, match) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else len(lines)
        body, next_chapter = _article_body(lines[start + 1 : end])
        articles.append(
            ArticleText(
                number=int(match[1]),
                title=_clean_heading(match[2]),
                text=_join(body),
                chapter=chapter,
            )
        )
        chapter = next_chapter or chapter
    return SplitDraft(preamble=_join(preamble_lines), articles=articles)


def _article_body(region: list[str]) -> tuple[list[str], str]:
    """The article's own lines, and the chapter that starts after it (if any)."""
    for index, line in enumerate(region):
        if CHAPTER_RE.match(line):
            return region[:index], _chapter_label(region[index:])
        if SIGNATURE_RE.match(line):
            return region[:index], ""
    return region, ""


def _take_trailing_chapter(region: list[str]) -> tuple[list[str], str]:
    """Split a chapter heading off the end of the preamble: it belongs to the first article."""
    for index in range(len(region) - 1, -1, -1):
        if not CHAPTER_RE.match(region[index]):
            continue
        tail = [line for line in region[index + 1 :] if line.strip()]
        if len(tail) <= 1 and all(_is_caps_title(line) for line in tail):
            return region[:index], _chapter_label(region[index:])
        break
    return region, ""


def _chapter_label(region: list[str]) -> str:
    match = CHAPTER_RE.match(region[0])
    assert match is not None  # noqa: S101  (callers matched the line already)
    number, title = match[1].upper(), _clean_heading(match[2])
    if not title:
        following = next((line for line in region[1:] if line.strip()), "")
        if following and _is_caps_title(following):
            title = _clean_heading(following)
    return f"Chương {number}. {title}" if title else f"Chương {number}"


def _is_caps_title(line: str) -> bool:
    cleaned = _clean_heading(line)
    return bool(cleaned) and cleaned == cleaned.upper() and not ARTICLE_RE.match(line)


def _clean_heading(value: str) -> str:
    return " ".join(value.replace("*", " ").split())


def _join(lines: list[str]) -> str:
    """Paragraphs one per line; blank lines, surrounding spaces and Markdown emphasis dropped."""
    return "\n".join(cleaned for line in lines if (cleaned := EMPHASIS_RE.sub("", line.strip())))
