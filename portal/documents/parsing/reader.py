"""read_document: text of a .txt, .docx or .pdf file, legacy encodings converted."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from portal.documents.parsing.legacy import convert_legacy, detect_legacy

MAX_BYTES = 20 * 1024 * 1024
_CONTROL_OK = set("\t\n\r\f\v")


class DocumentReadError(ValueError):
    """The file cannot be read as a document; the message is for the clerk (Vietnamese)."""


@dataclass
class ReadResult:
    text: str
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None


def read_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> ReadResult:
    """Text of ``path`` (.txt, .docx, .pdf); raises DocumentReadError with a clear message."""
    path = Path(path)
    if not path.is_file():
        raise DocumentReadError(f"Không tìm thấy tệp “{path.name}”.")
    size = path.stat().st_size
    if size == 0:
        raise DocumentReadError(f"Tệp “{path.name}” rỗng (0 byte).")
    if size > max_bytes:
        raise DocumentReadError(
            f"Tệp “{path.name}” quá lớn ({size / 1048576:.1f} MB); "
            f"giới hạn là {max_bytes / 1048576:.0f} MB."
        )
    suffix = path.suffix.lower()
    if suffix == ".txt":
        result = read_txt(path.read_bytes())
    elif suffix == ".docx":
        from portal.documents.parsing.docx_reader import read_docx

        result = read_docx(path)
    elif suffix == ".pdf":
        from portal.documents.parsing.pdf_reader import read_pdf

        result = read_pdf(path)
    elif suffix == ".doc":
        raise DocumentReadError(
            "Định dạng .doc (Word 97-2003) chưa được hỗ trợ; hãy mở bằng Word và lưu thành .docx."
        )
    else:
        raise DocumentReadError(
            f"Định dạng “{suffix or '(không có phần mở rộng)'}” không được hỗ trợ; "
            "chỉ nhận .txt, .docx, .pdf."
        )
    if not result.text.strip():
        raise DocumentReadError(f"Tệp “{path.name}” không có nội dung chữ.")
    return result


def read_txt(raw: bytes) -> ReadResult:
    """Decode a plain-text file: UTF-8 (with or without BOM), UTF-16, or legacy 8-bit."""
    if not raw.strip():
        raise DocumentReadError("Tệp văn bản rỗng (chỉ có khoảng trắng).")
    if raw.startswith((b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise DocumentReadError(
            "Tệp có đuôi .txt nhưng nội dung là tệp nhị phân (PDF/Word); hãy dùng đúng đuôi tệp."
        )
    text, encoding = _decode(raw)
    if _looks_binary(text, strict=encoding == "utf-8"):
        raise DocumentReadError(
            "Tệp không phải văn bản (dữ liệu nhị phân hoặc không rõ định dạng)."
        )
    warnings: list[str] = []
    legacy = detect_legacy(text)
    if legacy:
        text = convert_legacy(text, legacy)
        warnings.append(f"Tệp dùng bảng mã cũ {legacy.upper()}; đã chuyển sang Unicode.")
        encoding = legacy
    elif encoding == "cp1252":
        warnings.append("Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1252.")
    return ReadResult(unicodedata.normalize("NFC", text), warnings, encoding)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _cp1252(raw), "cp1252"


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


_CP1252_HIGH = {
    byte: bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in {0x81, 0x8D, 0x8F, 0x90, 0x9D}
}


def _cp1252(raw: bytes) -> str:
    """Windows-1252, with Latin-1 for the five bytes cp1252 leaves undefined."""
    return raw.decode("latin-1").translate(_CP1252_HIGH)


def _looks_binary(text: str, *, strict: bool) -> bool:
    sample = text[:200_000]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > 0.01 * len(sample):
        return True
    if strict:
        return sample.count("\ufffd") > 0.01 * len(sample)
    visible = [ch for ch in sample if not ch.isspace()]
    letters = sum(ch.isalpha() for ch in visible)
    return not visible or letters < 0.6 * len(visible)
