"""read_document / parse_file: encodings, .docx fonts, PDF text layers and bad input."""

from __future__ import annotations

import os
import time
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
)

from portal.documents.parsing import (
    MAX_BYTES,
    DocumentReadError,
    encode_legacy,
    parse_file,
    read_document,
)
from portal.documents.parsing.pdf_reader import NO_TEXT_LAYER

SAMPLE = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 12/UBND-VP
Krông Pắc, ngày 05 tháng 3 năm 2024
V/v tổ chức Ngày hội đại đoàn kết toàn dân tộc
Kính gửi: Ủy ban nhân dân các xã, thị trấn.
Ủy ban nhân dân huyện đề nghị các xã, thị trấn thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text_with_and_without_bom_is_read_unchanged(tmp_path: Path) -> None:
    for name, data in (("a.txt", SAMPLE.encode()), ("b.txt", b"\xef\xbb\xbf" + SAMPLE.encode())):
        result = read_document(write(tmp_path, name, data))
        assert result.text == SAMPLE
        assert result.encoding == "utf-8"
        assert result.warnings == []


def test_utf16_text_with_or_without_bom_is_detected(tmp_path: Path) -> None:
    with_bom = read_document(write(tmp_path, "a.txt", SAMPLE.encode("utf-16")))
    without_bom = read_document(write(tmp_path, "b.txt", SAMPLE.encode("utf-16-le")))
    assert with_bom.text == without_bom.text == SAMPLE
    assert with_bom.encoding == "utf-16"


def test_tcvn3_bytes_saved_as_a_windows_text_file_are_converted(tmp_path: Path) -> None:
    raw = encode_legacy(SAMPLE, "tcvn3").encode("latin-1")
    result = read_document(write(tmp_path, "tcvn3.txt", raw))
    assert result.encoding == "tcvn3"
    assert "Krông Pắc, ngày 05 tháng 3 năm 2024" in result.text
    assert "Trần Văn Bình" in result.text
    assert (
        "CHủ TịCH" in result.text
    )  # no uppercase toned letters in TCVN3: they come back lowercase
    assert any("TCVN3" in warning for warning in result.warnings)


def test_vni_bytes_saved_as_a_windows_text_file_are_converted(tmp_path: Path) -> None:
    raw = encode_legacy(SAMPLE, "vni").encode("cp1252")
    result = read_document(write(tmp_path, "vni.txt", raw))
    assert result.encoding == "vni"
    assert result.text == SAMPLE


def test_parse_file_merges_read_warnings_and_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "tcvn3.txt", encode_legacy(SAMPLE, "tcvn3").encode("latin-1"))
    meta = parse_file(path)
    assert meta["file"] == str(path)
    assert meta["so_ky_hieu"] == "12/UBND-VP"
    assert meta["ngay_ban_hanh"] == "2024-03-05"
    assert "TCVN3" in meta["warnings"][0]


def _docx_with_legacy_fonts(path: Path) -> Path:
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    paragraph = document.add_paragraph()
    paragraph.add_run("Số: 45/QĐ-UBND").font.name = "Times New Roman"
    run = document.add_paragraph().add_run(
        encode_legacy("Krông Pắc, ngày 9 tháng 9 năm 2023", "tcvn3")
    )
    run.font.name = ".VnTime"
    title = document.add_paragraph().add_run(encode_legacy("quyết định", "tcvn3"))
    title.font.name = ".VnTimeH"
    subject = document.add_paragraph().add_run(
        encode_legacy("Về việc thành lập Tổ công tác", "vni")
    )
    subject.font.name = "VNI-Times"
    document.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương;")
    soft = document.add_paragraph().add_run("Tr")
    soft.font.name = ".VnTime"
    soft._r.append(OxmlElement("w:softHyphen"))
    tail = OxmlElement("w:t")
    tail.text = encode_legacy("ờng THCS", "tcvn3")
    soft._r.append(tail)
    document.save(str(path))
    return path


def test_docx_runs_in_vntime_vntimeh_and_vni_fonts_are_converted(tmp_path: Path) -> None:
    result = read_document(_docx_with_legacy_fonts(tmp_path / "legacy.docx"))
    lines = [line for line in result.text.split("\n") if line.strip()]
    assert lines[:3] == ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert "Krông Pắc, ngày 9 tháng 9 năm 2023" in lines
    assert "QUYẾT ĐỊNH" in lines
    assert "Về việc thành lập Tổ công tác" in lines
    assert "Trường THCS" in lines  # <w:softHyphen/> in a .VnTime run is the letter ư
    assert result.encoding in {"tcvn3", "vni"}


def test_a_docx_parses_like_its_text(tmp_path: Path) -> None:
    meta = parse_file(_docx_with_legacy_fonts(tmp_path / "legacy.docx"))
    assert meta["so_ky_hieu"] == "45/QĐ-UBND"
    assert meta["loai"] == "Quyết định"
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân huyện Krông Pắc"
    assert meta["trich_yeu"] == "Về việc thành lập Tổ công tác"


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="rỗng"):
        read_document(write(tmp_path, "empty.txt", b""))
    with pytest.raises(DocumentReadError, match="rỗng"):
        read_document(write(tmp_path, "blank.txt", b"  \n\t \n"))


def test_random_binary_data_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="nhị phân"):
        read_document(write(tmp_path, "random.txt", os.urandom(4096)))
    with pytest.raises(DocumentReadError, match="nhị phân"):
        read_document(write(tmp_path, "zip.txt", b"PK\x03\x04" + os.urandom(100)))


def test_a_broken_docx_or_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="docx"):
        read_document(write(tmp_path, "broken.docx", b"not a zip file at all"))
    with pytest.raises(DocumentReadError, match="PDF"):
        read_document(write(tmp_path, "broken.pdf", b"%PDF-1.4\n garbage"))


def test_unsupported_extensions_are_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match=r"\.docx"):
        read_document(write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0 old word"))
    with pytest.raises(DocumentReadError, match="không được hỗ trợ"):
        read_document(write(tmp_path, "sheet.xlsx", b"PK\x03\x04"))
    with pytest.raises(DocumentReadError, match="Không tìm thấy"):
        read_document(tmp_path / "missing.txt")


def test_a_pdf_without_a_text_layer_asks_for_ocr(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(DocumentReadError) as error:
        read_document(path)
    assert str(error.value) == NO_TEXT_LAYER
    assert isinstance(error.value, ValueError)


def _pdf_with_text(path: Path, lines: list[str]) -> Path:
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    commands = ["BT", "/F1 12 Tf", "14 TL", "72 780 Td"]
    commands += [f"({line}) Tj T*" for line in lines]
    stream = DecodedStreamObject()
    stream.set_data("\n".join([*commands, "ET"]).encode("latin-1"))
    page[NameObject("/Contents")] = ArrayObject([writer._add_object(stream)])
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_the_text_layer_of_a_pdf_is_read(tmp_path: Path) -> None:
    path = _pdf_with_text(
        tmp_path / "text.pdf",
        ["BO TU PHAP", "So: 173/QD-BTP", "Ha Noi, ngay 29 thang 01 nam 2015", "QUYET DINH"],
    )
    result = read_document(path)
    assert "So: 173/QD-BTP" in result.text
    meta = parse_file(path)
    assert meta["so_ky_hieu"] == "173/QD-BTP"
    assert meta["ngay_ban_hanh"] == "2015-01-29"


def test_a_file_larger_than_max_bytes_is_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", SAMPLE.encode() * 100)
    with pytest.raises(DocumentReadError, match="quá lớn"):
        read_document(path, max_bytes=1000)
    assert MAX_BYTES == 20 * 1024 * 1024


def test_a_20_mb_text_file_is_read_and_parsed_quickly(tmp_path: Path) -> None:
    body = "Điều khoản thi hành của văn bản được nhắc lại nhiều lần để làm tệp lớn.\n".encode()
    head = SAMPLE.encode()
    filler = body * ((MAX_BYTES - len(head)) // len(body))
    data = head + filler
    data += b" " * (MAX_BYTES - len(data))
    path = write(tmp_path, "big.txt", data)
    assert path.stat().st_size == MAX_BYTES
    started = time.perf_counter()
    meta = parse_file(path)
    elapsed = time.perf_counter() - started
    assert meta["so_ky_hieu"] == "12/UBND-VP"
    assert meta["nguoi_ky"] == "Trần Văn Bình"
    assert any("chỉ phân tích" in w for w in meta["warnings"])
    assert elapsed < 20, f"parsing a 20 MB file took {elapsed:.1f} s"
    with path.open("ab") as handle:
        handle.write(b"x")
    with pytest.raises(DocumentReadError, match="quá lớn"):
        parse_file(path)
