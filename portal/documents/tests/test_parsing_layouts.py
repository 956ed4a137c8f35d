"""Capture layouts: padded two-column blocks, wrapped header lines, glued page numbers, mottos."""

from __future__ import annotations

from portal.documents.parsing import parse_metadata
from portal.documents.parsing.clean import clean, remove_motto
from portal.documents.parsing.layout import split_columns


def test_a_padded_two_column_header_is_read_column_by_column() -> None:
    text = (
        "UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\n"
        "  Số : 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012.\n"
        "\n"
        "                 THÔNG BÁO\n"
        "   Về việc treo cờ Tổ quốc\n"
        "\n"
        "      Kính gửi:  Hiệu trưởng các trường.\n"
    )
    lines = [line.strip() for line in split_columns(text).split("\n") if line.strip()]
    assert lines[:6] == [
        "UBND TX. ĐỒNG XOÀI",
        "PHÒNG GIÁO DỤC-ĐÀO TẠO",
        "Số : 151/TB-PGDĐT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Đồng Xoài, ngày 20 tháng 3 năm 2012.",
    ]
    meta = parse_metadata(text)
    assert meta["co_quan_ban_hanh"] == "Phòng Giáo dục-Đào tạo thị xã Đồng Xoài"
    assert meta["dia_danh"] == "Đồng Xoài"
    assert meta["so_ky_hieu"] == "151/TB-PGDĐT"
    assert meta["trich_yeu"] == "Về việc treo cờ Tổ quốc"


def test_a_padded_closing_keeps_the_recipients_apart_from_the_signature() -> None:
    closing = (
        "Nơi nhận :                            GIÁM ĐỐC\n\n"
        "– Như trên;\n\n"
        "– BGĐ Sở GD&ĐT;                          (đã ký)\n\n"
        "– Phòng, ban Sở;                         Lê Hồng Sơn\n\n"
        "– Lưu: VT.\n"
    )
    meta = parse_metadata(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4144/GDĐT-VP\nV/v nghỉ học\nKính gửi: UBND các quận.\n"
        "Đề nghị thực hiện./.\n" + closing
    )
    assert meta["noi_nhan"] == ["Như trên;", "BGĐ Sở GD&ĐT;", "Phòng, ban Sở;", "Lưu: VT."]
    assert (meta["chuc_vu_ky"], meta["nguoi_ky"]) == ("GIÁM ĐỐC", "Lê Hồng Sơn")


def test_the_padding_of_a_number_left_blank_is_not_a_column_gap() -> None:
    meta = parse_metadata("HỘI ĐỒNG NHÂN DÂN\nXÃ QUYẾT THẮNG\nSố      /NQ-HĐND\nNGHỊ QUYẾT\n")
    assert (meta["so_ky_hieu"], meta["ky_hieu"]) == (None, "NQ-HĐND")


def test_the_number_on_the_line_below_its_label() -> None:
    meta = parse_metadata("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố:\n15/2023/QĐ-UBND\nQUYẾT ĐỊNH\n")
    assert (meta["so_ky_hieu"], meta["so"], meta["ky_hieu"]) == ("15/2023/QĐ-UBND", "15", "QĐ-UBND")


def test_a_place_name_wrapped_onto_the_line_above_the_date() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 14/QĐ-UBND\nTam\nKỳ, ngày 19 tháng 6 năm 2007\n"
    )
    assert (meta["dia_danh"], meta["ngay_ban_hanh"]) == ("Tam Kỳ", "2007-06-19")


def test_the_place_stops_at_the_number_printed_on_the_same_line() -> None:
    meta = parse_metadata("SỞ Y TẾ\nSố: 12/SYT-VP Cần Thơ, ngày 2 tháng 3 năm 2020\n")
    assert (meta["so_ky_hieu"], meta["dia_danh"]) == ("12/SYT-VP", "Cần Thơ")


def test_a_page_number_glued_to_the_first_word_is_dropped() -> None:
    text = clean("Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN HƯƠNG SƠN\nTrang 12 tài liệu\n").text
    assert text.split("\n")[:3] == ["UỶ BAN NHÂN DÂN", "THỊ TRẤN HƯƠNG SƠN", "Trang 12 tài liệu"]


def test_a_crawler_title_before_a_short_organ_name_is_cut_at_its_full_stop() -> None:
    cleaned = clean(
        "Công văn 6087/BYT-KCB năm 2013 do Bộ Y tế ban hành. BỘ Y TẾ -------\nSố: 1/BYT\n"
    )
    assert cleaned.crawler_title == "Công văn 6087/BYT-KCB năm 2013 do Bộ Y tế ban hành."
    assert "BỘ Y TẾ" in cleaned.text


def test_the_country_name_inside_a_sentence_is_not_taken_for_the_motto() -> None:
    sentence = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"
    assert remove_motto(sentence) == sentence
    assert "CỘNG HÒA" not in remove_motto("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập")
