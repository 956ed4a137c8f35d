"""Text of a .docx in reading order, runs in legacy fonts converted to Unicode.

Paragraphs, table cells (row by row, nested tables included) and text boxes are read in
document order. A run whose font is ``.VnTime``/``.VnArial``… is TCVN3 (``.VnTimeH`` is the
uppercase variant), ``VNI-Times``… is VNI; such runs are converted. In legacy documents
``ư`` may be stored as ``<w:softHyphen/>`` (TCVN3 byte 0xAD), so that element is kept.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from portal.documents.parsing.legacy import (
    convert_legacy,
    detect_legacy,
    legacy_font_encoding,
    unicode_only_letters,
)
from portal.documents.parsing.reader import DocumentReadError, ReadResult

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {W + "txbxContent", MC_FALLBACK}


class FontResolver:
    """Effective font name of a run: run, character style, paragraph style, defaults."""

    def __init__(self, styles_element: Any) -> None:
        self.styles = {s.get(W + "styleId"): s for s in styles_element.iter(W + "style")}
        defaults = styles_element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        self.default = _font_of(defaults)
        normal = next(
            (
                s
                for s in self.styles.values()
                if s.get(W + "type") == "paragraph" and s.get(W + "default") in {"1", "true"}
            ),
            None,
        )
        self.normal = normal.get(W + "styleId") if normal is not None else None

    def style_font(self, style_id: str | None, depth: int = 0) -> str | None:
        style = self.styles.get(style_id)
        if style is None or depth > 10:
            return None
        font = _font_of(style.find(f"{W}rPr/{W}rFonts"))
        if font:
            return font
        based = style.find(W + "basedOn")
        return self.style_font(based.get(W + "val"), depth + 1) if based is not None else None

    def run_font(self, run: Any, paragraph_style: str | None) -> str | None:
        font = _font_of(run.find(f"{W}rPr/{W}rFonts"))
        if font:
            return font
        char_style = run.find(f"{W}rPr/{W}rStyle")
        if char_style is not None:
            font = self.style_font(char_style.get(W + "val"))
            if font:
                return font
        return self.style_font(paragraph_style or self.normal) or self.default


def _font_of(fonts: Any) -> str | None:
    if fonts is None:
        return None
    return fonts.get(W + "ascii") or fonts.get(W + "hAnsi")


def read_docx(path: Path) -> ReadResult:
    import docx
    from docx.opc.exceptions import OpcError

    try:
        document = docx.Document(str(path))
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentReadError(
            f"Tệp “{path.name}” không phải tệp Word .docx hợp lệ (tệp hỏng hoặc sai định dạng)."
        ) from error
    resolver = FontResolver(document.styles.element)
    used: set[str] = set()
    lines: list[str] = []
    _walk(document.element.body, resolver, lines, used)
    text = unicodedata.normalize("NFC", "\n".join(lines))
    warnings = [
        f"Đã chuyển các đoạn dùng phông {enc.upper()} sang Unicode." for enc in sorted(used)
    ]
    leftover = detect_legacy(text)
    if leftover:
        text = "\n".join(_convert_line(line, leftover) for line in text.split("\n"))
        warnings.append(
            f"Phát hiện chữ mã {leftover.upper()} không ghi phông; đã chuyển sang Unicode."
        )
        used.add(leftover)
    encoding = sorted(used)[0] if used else None
    return ReadResult(text, warnings, encoding)


def _convert_line(line: str, encoding: str) -> str:
    unicode_only = unicode_only_letters()
    if any(ch in unicode_only for ch in line):
        return line
    return convert_legacy(line, encoding)


def _walk(element: Any, resolver: FontResolver, lines: list[str], used: set[str]) -> None:
    for child in element:
        tag = child.tag
        if tag == W + "p":
            lines.append(_paragraph_text(child, resolver, used))
            for box in _text_boxes(child):
                _walk(box, resolver, lines, used)
        elif tag == W + "tbl":
            for row in child.iterchildren(W + "tr"):
                for cell in row.iterchildren(W + "tc"):
                    _walk(cell, resolver, lines, used)
        elif tag in {W + "sdt", W + "sdtContent", W + "customXml"}:
            _walk(child, resolver, lines, used)


def _text_boxes(paragraph: Any) -> list[Any]:
    return [box for box in paragraph.iter(W + "txbxContent") if not _under_fallback(box, paragraph)]


def _under_fallback(element: Any, stop: Any) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _own_runs(paragraph: Any) -> list[Any]:
    runs = []
    for run in paragraph.iter(W + "r"):
        parent = run.getparent()
        while parent is not None and parent is not paragraph and parent.tag not in _SKIP:
            parent = parent.getparent()
        if parent is paragraph:
            runs.append(run)
    return runs


def _paragraph_text(paragraph: Any, resolver: FontResolver, used: set[str]) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    style_id = style.get(W + "val") if style is not None else None
    groups: list[tuple[tuple[str | None, bool], list[str]]] = []
    for run in _own_runs(paragraph):
        key = legacy_font_encoding(resolver.run_font(run, style_id))
        text = _run_text(run, legacy=key[0] is not None)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(text)
        else:
            groups.append((key, [text]))
    parts = []
    for (encoding, upper), texts in groups:
        chunk = "".join(texts)
        if encoding and not any(ch in unicode_only_letters() for ch in chunk):
            if any(ord(ch) > 0x7F for ch in chunk) or upper:
                used.add(encoding)
            chunk = convert_legacy(chunk, encoding, uppercase=upper)
        parts.append(chunk.replace("\u00ad", ""))
    return "".join(parts)


def _run_text(run: Any, *, legacy: bool) -> str:
    pieces: list[str] = []
    for child in run:
        tag = child.tag
        if tag == W + "t":
            pieces.append(child.text or "")
        elif tag == W + "tab":
            pieces.append("\t")
        elif tag in {W + "br", W + "cr"}:
            pieces.append("\n")
        elif tag == W + "noBreakHyphen":
            pieces.append("-")
        elif tag == W + "softHyphen" and legacy:
            pieces.append("\u00ad")
    return "".join(pieces)
