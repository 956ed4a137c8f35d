"""Subject, issuer, Căn cứ, recipients and signature patterns seen outside the demo corpus."""

from __future__ import annotations

from portal.documents.parsing import parse_metadata
from portal.documents.parsing.organ import issuer_from_segments, normalize_organ
from portal.documents.parsing.subject import case_switch

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 1/QĐ-UBND\nKon Tum, ngày 2 tháng 3 năm 2020\n"


def test_an_uppercase_subject_running_into_the_body_on_one_line_is_cut() -> None:
    line = "VỀ CÔNG TÁC ĐO ĐẠC TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ"
    assert line[: case_switch(line)].strip() == "VỀ CÔNG TÁC ĐO ĐẠC TRONG CẢ NƯỚC"
    assert case_switch("BAN HÀNH QUY CHẾ (Website) HUYỆN KRÔNG PẮC") is None
    meta = parse_metadata(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/2024/QĐ-TTg\nHà Nội, ngày 31 tháng 7 năm 2024 QUYẾT ĐỊNH "
        "VỀ CƠ CHẾ GIẢI QUYẾT VIỆC LÀM Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\nĐiều 1. Phạm vi\n"
    )
    assert meta["trich_yeu"] == "VỀ CƠ CHẾ GIẢI QUYẾT VIỆC LÀM"
    assert meta["can_cu"] == [
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015",
        "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024",
    ]


def test_an_uppercase_subject_may_open_with_words_of_a_preamble() -> None:
    meta = parse_metadata(HEADER + "KẾ HOẠCH\n\nTHỰC HIỆN ĐỀ ÁN TRỒNG CÂY XANH\n\nCăn cứ Luật;\n")
    assert meta["trich_yeu"] == "THỰC HIỆN ĐỀ ÁN TRỒNG CÂY XANH"


def test_an_uppercase_subject_whose_last_line_is_the_end_of_a_year_range() -> None:
    meta = parse_metadata(
        HEADER + "KẾ HOẠCH\nPHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ thị.\n"
    )
    assert meta["trich_yeu"] == "PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 - 2020"


def test_a_header_without_title_takes_the_uppercase_line_above_the_authority() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nSố: 41/2019/QĐ-UBND\nQuảng Trị, ngày 22 tháng 10 năm 2019\n"
        "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nQUYẾT ĐỊNH:\n"
    )
    assert meta["trich_yeu"] == "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ"
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Quảng Trị"
    assert meta["loai"] == "Quyết định"


def test_a_letter_subject_opening_with_ve_without_v_v() -> None:
    meta = parse_metadata(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4144/GDĐT-VP\nHà Nội, ngày 25 tháng 11 năm 2018\n"
        "Về cho học sinh nghỉ học\n\nKính gửi: Chủ tịch UBND các quận.\n"
    )
    assert (meta["trich_yeu"], meta["loai"]) == ("Về cho học sinh nghỉ học", "Công văn")


def test_an_authority_naming_a_body_of_the_header_organ_becomes_the_issuer() -> None:
    meta = parse_metadata(
        "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\nSố:\n01/2019/NQ-HĐTP\n"
        "Hà Nội, ngày 11 tháng 01 năm 2019 NGHỊ QUYẾT HƯỚNG DẪN VỀ LÃI SUẤT "
        "HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO\nCăn cứ Luật Tổ chức Tòa án nhân dân;\n"
    )
    assert meta["trich_yeu"] == "HƯỚNG DẪN VỀ LÃI SUẤT"
    assert meta["co_quan_ban_hanh"].lower() == "hội đồng thẩm phán tòa án nhân dân tối cao"


def test_a_short_ministry_authority_is_cut_from_the_subject() -> None:
    meta = parse_metadata(
        "BỘ Y TẾ\nSố: 3176/QĐ-BYT\nHà Nội, ngày 29 tháng 10 năm 2024 QUYẾT ĐỊNH SỬA ĐỔI QUYẾT "
        "ĐỊNH SỐ 4750/QĐ-BYT BỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số 95/2022/NĐ-CP;\n"
    )
    assert meta["trich_yeu"] == "SỬA ĐỔI QUYẾT ĐỊNH SỐ 4750/QĐ-BYT"


def test_can_cu_wrapped_after_a_comma_or_with_a_second_act_on_its_own_line() -> None:
    meta = parse_metadata(
        HEADER + "QUYẾT ĐỊNH\nVỀ VIỆC THỬ\n"
        "Căn cứ Quyết định số\n24/2021/QĐ-TTg về hộ nghèo,\n"
        "lâm nghiệp;\nLuật sửa đổi, bổ sung một số điều;\n"
        "– Căn cứ Thông tư số 07/2021/TT-BLĐTBXH;\nQUYẾT ĐỊNH:\n"
    )
    assert meta["can_cu"] == [
        "Căn cứ Quyết định số 24/2021/QĐ-TTg về hộ nghèo, lâm nghiệp",
        "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH",
    ]


def test_can_cu_of_a_to_trinh_after_its_recipients() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nXÃ CÔNG LÝ\nSố: 28/TTr-UBND\nCông Lý, ngày 30 tháng 9 năm 2015\n"
        "TỜ TRÌNH\nVề việc đề nghị công nhận\nKính gửi: - UBND huyện Lý Nhân\n"
        "- Phòng GD&ĐT Căn cứ Luật giáo dục năm 2005;\nCăn cứ Quyết định số 491/QĐ-TTg;\n"
    )
    assert meta["can_cu"] == ["Căn cứ Luật giáo dục năm 2005", "Căn cứ Quyết định số 491/QĐ-TTg"]


def test_a_sentence_after_the_recipients_starting_with_can_cu_is_no_legal_basis() -> None:
    meta = parse_metadata(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1/SGDĐT-VP\nV/v nghỉ học\nKính gửi: UBND các quận.\n"
        "Căn cứ tình hình sau cơn bão, Sở đề nghị cho học sinh nghỉ học.\n"
    )
    assert meta["can_cu"] == []


def test_a_bare_bullet_followed_by_the_recipient_on_the_next_line() -> None:
    meta = parse_metadata(
        HEADER + "QUYẾT ĐỊNH\nVỀ VIỆC THỬ\nQUYẾT ĐỊNH:\nĐiều 1. Thi hành./.\n"
        "Nơi nhận:\n- Như Điều 2;\n-\nỦy ban MTTQ VN huyện;\n-\nĐại biểu HĐND huyện:\n- Lưu: VT.\n"
    )
    assert meta["noi_nhan"] == [
        "Như Điều 2;",
        "Ủy ban MTTQ VN huyện;",
        "Đại biểu HĐND huyện:",
        "Lưu: VT.",
    ]


def test_a_marker_alone_at_the_end_of_its_line() -> None:
    meta = parse_metadata(
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 3397/BKHĐT-QLKTTW V/v hướng dẫn\nKính gửi: PV GAS\n"
        "Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL.\n"
        "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n"
    )
    assert (meta["chuc_vu_ky"], meta["nguoi_ky"]) == (
        "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG",
        "Nguyễn Đức Tâm",
    )


def test_a_name_signed_without_title() -> None:
    meta = parse_metadata(
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 755/2005/NQ-UBTVQH11\nNGHỊ QUYẾT\nVỀ NHÀ ĐẤT\n"
        "QUYẾT NGHỊ:\nĐiều 1. Thi hành.\nNguyễn Văn An (Đã ký)\n"
    )
    assert (meta["chuc_vu_ky"], meta["nguoi_ky"]) == (None, "Nguyễn Văn An")


def test_a_signature_with_no_kinh_gui_nor_operative_part() -> None:
    meta = parse_metadata(
        "UỶ BAN NHÂN DÂN HUYỆN MAI CHÂU\nMai Châu, ngày 19 tháng 12 năm 2019\nTHƯ NGỎ\n"
        "Vận động hỗ trợ kinh phí\n\nNội dung thư.\nXin trân trọng cảm ơn!\nKÍNH THƯ\n\n"
        "PHÓ CHỦ TỊCH UBND HUYỆN\n\nPhạm Văn Hoàn\n"
    )
    assert (meta["chuc_vu_ky"], meta["nguoi_ky"]) == ("PHÓ CHỦ TỊCH UBND HUYỆN", "Phạm Văn Hoàn")


def test_a_long_uppercase_heading_below_a_signature_title_is_not_part_of_it() -> None:
    meta = parse_metadata(
        HEADER + "QUYẾT ĐỊNH\nVỀ VIỆC THỬ\nQUYẾT ĐỊNH:\nĐiều 1. Thi hành./.\nTM. ỦY BAN NHÂN DÂN\n"
        "CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH\n"
    )
    assert meta["chuc_vu_ky"] == "TM. ỦY BAN NHÂN DÂN"


def test_a_deputy_office_head_is_a_position_of_its_own() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 722/UBND-MT\nV/v rà soát\nKính gửi: Sở TN&MT\n"
        "Nội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, MT.\n\nTL. CHỦ TỊCH\n"
        "KT. CHÁNH VĂN PHÒNG\nPHÓ VĂN PHÒNG\nNguyễn Hữu Nguyên\n"
    )
    assert meta["chuc_vu_ky"] == "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ VĂN PHÒNG"


def test_organ_names_with_a_town_abbreviation_hyphens_and_the_prime_minister() -> None:
    issuer, parent = issuer_from_segments(["UBND TX. ĐỒNG XOÀI", "PHÒNG GIÁO DỤC-ĐÀO TẠO"])
    assert (issuer, parent) == (
        "Phòng Giáo dục-Đào tạo thị xã Đồng Xoài",
        "Ủy ban nhân dân thị xã Đồng Xoài",
    )
    assert normalize_organ("PHỦ THỦ TƯỚNG") == "Phủ Thủ tướng"
