"""Site residue, crawler lines, clerks' file paths, hard line breaks and OCR damage."""

from __future__ import annotations

from portal.documents.parsing import parse_metadata
from portal.documents.parsing.clean import clean


def test_markup_residue_sign_in_and_page_numbers_are_dropped() -> None:
    text = clean(
        "</xml\nSign In\nỦY BAN NHÂN DÂN\nTrang 1\n<p>TỈNH AN GIANG</p>\nPage 2 of 3\n"
    ).text
    assert [line for line in text.split("\n") if line.strip()] == [
        "ỦY BAN NHÂN DÂN",
        " TỈNH AN GIANG",
    ]


def test_cell_separators_and_rules_become_line_breaks() -> None:
    text = clean("ỦY BAN NHÂN DÂN\n|\n| Số: 1/UBND |\nXÃ A ------- B").text
    assert "|" not in text and "---" not in text
    assert "Số: 1/UBND" in [line.strip() for line in text.split("\n")]


def test_a_clerks_file_path_is_not_taken_for_a_line_of_the_document() -> None:
    text = clean(
        "- Lưu: VT.\nD\\2017\\CVUB\\uy quyen CDDH\nC:\\Van ban\\2024\\qd.doc\nqd-12.docx\nCHỦ TỊCH"
    ).text
    assert [line for line in text.split("\n") if line.strip()] == ["- Lưu: VT.", "CHỦ TỊCH"]


def test_a_crawler_title_and_its_repeats_are_removed() -> None:
    cleaned = clean(
        "Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
        "Số: 435/QĐ-UBND\nQuyết định 435/QĐ-UBND năm 2020. Điều 1.\n"
    )
    assert cleaned.crawler_title == "Quyết định 435/QĐ-UBND năm 2020."
    assert cleaned.text.count("năm 2020.") == 0
    assert "ỦY BAN NHÂN DÂN TỈNH KON TUM" in cleaned.text


def test_a_crawler_title_line_does_not_disturb_the_header() -> None:
    meta = parse_metadata(
        "Công văn 2739/VPCP-ĐMDN năm 2019 quy định về quản trị doanh nghiệp do"
        " Văn phòng Chính phủ ban hành\n"
        "VĂN PHÒNG CHÍNH PHỦ -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----\n"
        "Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp\n"
        "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n"
    )
    assert meta["co_quan_ban_hanh"] == "Văn phòng Chính phủ"
    assert meta["trich_yeu"] == "V/v quy định về quản trị doanh nghiệp"
    assert meta["dia_danh"] == "Hà Nội"


def test_detached_diacritics_of_a_pdf_layer_are_dropped_with_a_warning() -> None:
    meta = parse_metadata(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010 "
        "V/v báo cáo nhanh tinh hình bị thiêt hai ̀ ̣ ̣ do lũ lụt. ̉ ̀ Kính gửi: - UBND tỉnh;"
    )
    assert meta["trich_yeu"] == "V/v báo cáo nhanh tinh hình bị thiêt hai do lũ lụt."
    assert meta["so_ky_hieu"] == "2917/SGDĐT-VP"
    assert any("Dấu thanh bị tách rời" in w for w in meta["warnings"])


def test_decomposed_unicode_is_read_like_composed_unicode() -> None:
    import unicodedata

    text = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 2516/KH-UBND\nKon Tum, ngày 03 tháng 10 năm 2014\n"
    composed = parse_metadata(text)
    decomposed = parse_metadata(unicodedata.normalize("NFD", text))
    assert composed == decomposed
    assert composed["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Kon Tum"


def test_a_header_missing_its_first_letter_is_still_recognised() -> None:
    meta = parse_metadata("Y BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 2516/KH-UBND\n")
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Kon Tum"


def test_old_style_tone_marks_in_the_issuer_are_modernised() -> None:
    meta = parse_metadata("UỶ BAN NHÂN DÂN TỈNH THANH HOÁ\nSố: 1/UBND-VP\n")
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Thanh Hóa"
