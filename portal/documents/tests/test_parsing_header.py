"""Header fields: số/ký hiệu, loại, cơ quan, địa danh + ngày, trích yếu; and the warnings."""

from __future__ import annotations

from portal.documents.parsing import FIELDS, encode_legacy, parse_metadata


def test_the_result_has_exactly_the_contract_keys_plus_warnings() -> None:
    meta = parse_metadata("Một dòng chữ không phải văn bản hành chính.")
    assert list(meta) == [*FIELDS, "warnings"]
    assert meta["can_cu"] == []
    assert meta["noi_nhan"] is None
    assert all(meta[key] is None for key in FIELDS if key != "can_cu")


def test_a_flattened_two_column_header_gives_issuer_place_and_date() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 73/UBND-TH Hậu Giang, ngày 12 tháng 1 năm 2018\n\n"
        "V/v ủy quyền chỉ đạo, điều hành công việc của UBND tỉnh\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    )
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Hậu Giang"
    assert meta["so_ky_hieu"] == "73/UBND-TH"
    assert (meta["so"], meta["ky_hieu"]) == ("73", "UBND-TH")
    assert meta["dia_danh"] == "Hậu Giang"
    assert meta["ngay_ban_hanh"] == "2018-01-12"
    assert meta["loai"] == "Công văn"
    assert meta["trich_yeu"] == "V/v ủy quyền chỉ đạo, điều hành công việc của UBND tỉnh"


def test_odd_spacing_around_the_number_is_removed() -> None:
    meta = parse_metadata(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố : 2917 /SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010"
    )
    assert meta["so_ky_hieu"] == "2917/SGDĐT-VP"
    assert meta["dia_danh"] == "Phan Rang-Tháp Chàm"
    assert meta["ngay_ban_hanh"] == "2010-11-05"


def test_a_regulation_number_with_year_keeps_the_year_out_of_the_ky_hieu() -> None:
    meta = parse_metadata(
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 12/2024/QĐ-TTg\n"
        "Hà Nội, ngày 01 tháng 8 năm 2024\nQUYẾT ĐỊNH\nVề việc thử"
    )
    assert meta["so_ky_hieu"] == "12/2024/QĐ-TTg"
    assert (meta["so"], meta["ky_hieu"]) == ("12", "QĐ-TTg")


def test_a_blank_number_gives_no_number_and_a_warning() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nXÃ EA KLY\nSố:   /UBND\nEa Kly, ngày 3 tháng 4 năm 2024\nV/v họp dân"
    )
    assert meta["so_ky_hieu"] is None and meta["so"] is None
    assert meta["ky_hieu"] == "UBND"
    assert any("Số văn bản để trống" in w for w in meta["warnings"])


def test_a_date_whose_day_is_left_blank_gives_no_date_and_a_warning() -> None:
    meta = parse_metadata(
        "UBND HUYỆN KRÔNG PẮC\nSố: 15/TB-UBND\n"
        "Krông Pắc, ngày      tháng 8 năm 2011\nTHÔNG BÁO\n"
        "Về việc lịch tiếp dân"
    )
    assert meta["ngay_ban_hanh"] is None
    assert meta["dia_danh"] == "Krông Pắc"
    assert any("Ngày ban hành để trống" in w for w in meta["warnings"])


def test_an_impossible_date_is_reported() -> None:
    meta = parse_metadata(
        "Số: 15/TB-UBND\nKrông Pắc, ngày 31 tháng 2 năm 2011\nTHÔNG BÁO\nVề việc thử"
    )
    assert meta["ngay_ban_hanh"] is None
    assert any("không hợp lệ" in w for w in meta["warnings"])


def test_dates_inside_the_body_are_not_the_issue_date() -> None:
    meta = parse_metadata(
        "QUYẾT ĐỊNH\n\nVề việc khen thưởng\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n"
        "Xét đề nghị (Tờ trình số 1058/TTr-UBND, ngày 20 tháng 3 năm 2008),\nQUYẾT ĐỊNH:\n"
    )
    assert meta["ngay_ban_hanh"] is None and meta["dia_danh"] is None
    assert meta["co_quan_ban_hanh"] == "Thủ tướng Chính phủ"


def test_a_type_title_followed_by_a_subject_on_several_lines() -> None:
    meta = parse_metadata(
        "Số: 4635/QĐ-UBND\nKrông Pắc, ngày 19 tháng 8 năm 2011.\n\nQUYẾT ĐỊNH\n"
        "**Về việc ban hành Quy chế hoạt động của Trang thông tin điện tử\n"
        "(Website) huyện Krông Pắc trên Internet**\n\nỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC\n\n"
        "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\n"
    )
    assert meta["loai"] == "Quyết định"
    assert meta["trich_yeu"] == (
        "Về việc ban hành Quy chế hoạt động của Trang thông tin điện tử (Website) "
        "huyện Krông Pắc trên Internet"
    )
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân huyện Krông Pắc"


def test_an_uppercase_subject_wrapped_over_lines_stops_at_the_body() -> None:
    meta = parse_metadata(
        "UỶ BAN NHÂN\nDÂN\nTỈNH QUẢNG BÌNH\n|\nSố: 08/CT-UBND\n|\nQuảng Bình,\n"
        "ngày 25 tháng 5 năm 2015\n"
        "|\nCHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG, CHỈ ĐẠO ĐIỀU HÀNH THỰC\nHIỆN NHIỆM VỤ TÀI CHÍNH NĂM 2015\n"
        "Thực hiện Nghị quyết số\n01/NQ-CP ngày 03/01/2015 của Chính phủ"
    )
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Quảng Bình"
    assert meta["dia_danh"] == "Quảng Bình"
    assert meta["loai"] == "Chỉ thị"
    assert (
        meta["trich_yeu"]
        == "VỀ VIỆC TĂNG CƯỜNG, CHỈ ĐẠO ĐIỀU HÀNH THỰC HIỆN NHIỆM VỤ TÀI CHÍNH NĂM 2015"
    )
    assert meta["can_cu"] == []


def test_an_authority_line_glued_to_the_title_is_not_part_of_the_subject() -> None:
    meta = parse_metadata(
        "BỘ TƯ PHÁP --------\nSố: 173/QĐ-BTP\n"
        "Hà Nội, ngày 29 tháng 01 năm 2015 QUYẾT ĐỊNH BAN HÀNH "
        "KẾ HOẠCH CÔNG TÁC NĂM 2015 BỘ TRƯỞNG BỘ TƯ PHÁP\nCăn cứ Nghị định số 22/2013/NĐ-CP;\n"
    )
    assert meta["trich_yeu"] == "BAN HÀNH KẾ HOẠCH CÔNG TÁC NĂM 2015"
    assert meta["loai"] == "Quyết định"
    assert meta["co_quan_ban_hanh"] == "Bộ Tư pháp"


def test_a_title_naming_the_issuer_takes_the_subject_from_the_next_paragraph() -> None:
    meta = parse_metadata(
        "UBND TỈNH HẬU GIANG\nHà Nội, ngày 12 tháng 12 năm 2005\n\n"
        "QUYẾT ĐỊNH CỦA UBND TỈNH HẬU GIANG\n\n"
        "V/v phê chuẩn danh sách các đơn vị bầu cử\n\nnhiệm kỳ 2004 - 2009\n\n______\n\n"
        "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\n\nCăn cứ Luật Bầu cử;\n"
    )
    assert meta["loai"] == "Quyết định"
    assert meta["trich_yeu"] == "V/v phê chuẩn danh sách các đơn vị bầu cử nhiệm kỳ 2004 - 2009"
    assert meta["co_quan_ban_hanh"] == "Ủy ban nhân dân tỉnh Hậu Giang"


def test_a_parent_body_and_a_department_give_the_department_with_its_province() -> None:
    meta = parse_metadata(
        "UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO "
        "Độc lập - Tự do - Hạnh phúc Số: 29/SGDĐT-VP Phan Rang-Tháp Chàm, ngày 5 tháng 11 năm 2010"
    )
    assert meta["co_quan_ban_hanh"] == "Sở Giáo dục và Đào tạo tỉnh Ninh Thuận"


def test_the_type_comes_from_the_ky_hieu_when_no_title_is_printed() -> None:
    meta = parse_metadata("UBND HUYỆN A\nSố: 25/KH-UBND\nA, ngày 2 tháng 3 năm 2024\n")
    assert meta["loai"] == "Kế hoạch"


def test_a_ky_hieu_of_another_type_than_the_title_is_reported() -> None:
    meta = parse_metadata(
        "Số: 25/KH-UBND\nHà Nội, ngày 2 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc thử\n"
    )
    assert meta["loai"] == "Quyết định"
    assert any("Ký hiệu 25/KH-UBND" in w for w in meta["warnings"])


def test_a_standalone_regulation_takes_the_date_of_its_decision() -> None:
    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ\n"
        "(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n"
        "7 năm 2021 của Ủy ban nhân dân xã)\n"
        "Chương I\nNHỮNG QUY ĐỊNH CHUNG"
    )
    assert meta["loai"] == "Quy chế"
    assert meta["so_ky_hieu"] is None
    assert meta["ngay_ban_hanh"] == "2021-07-22"
    assert meta["trich_yeu"] == "LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ"
    assert any("59/QĐ-UBND" in w for w in meta["warnings"])


def test_a_tcvn3_text_handed_to_parse_metadata_is_converted_first() -> None:
    text = encode_legacy(
        "Số: 7/TB-UBND\nHà Nội, ngày 3 tháng 5 năm 2020\nTHÔNG BÁO\nVề việc nghỉ lễ", "tcvn3"
    )
    meta = parse_metadata(text)
    assert meta["so_ky_hieu"] == "7/TB-UBND"
    assert meta["ngay_ban_hanh"] == "2020-05-03"
    assert "TCVN3" in meta["warnings"][0]


def test_a_law_number_printed_as_luat_so_is_found() -> None:
    meta = parse_metadata(
        "QUỐC HỘI\n-------\nLuật số: 59/2020/QH14\n"
        "Hà Nội, ngày 17 tháng 6 năm 2020\nLUẬT\nDOANH NGHIỆP\n"
    )
    assert meta["so_ky_hieu"] == "59/2020/QH14"
    assert (meta["so"], meta["ky_hieu"]) == ("59", "QH14")
    assert meta["loai"] == "Luật"
    assert meta["co_quan_ban_hanh"] == "Quốc hội"
