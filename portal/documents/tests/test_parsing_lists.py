"""Căn cứ (formal preamble only, cut at ";" and to 60 characters) and Nơi nhận lists."""

from __future__ import annotations

from portal.documents.parsing import parse_metadata

HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN A\nSố: 3/QĐ-UBND\nA, ngày 2 tháng 3 năm 2024\n"
    "QUYẾT ĐỊNH\nVề việc thử\n\nỦY BAN NHÂN DÂN HUYỆN A\n\n"
)


def test_only_formal_can_cu_clauses_are_kept_each_cut_at_its_semicolon() -> None:
    meta = parse_metadata(
        HEAD + "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006;\n"
        "Thực hiện Công văn số 12/UBND ngày 3 tháng 1 năm 2024;\n"
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 của Chính phủ về ứng dụng;\n"
        "Xét đề nghị của Trưởng phòng Nội vụ,\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Căn cứ vào kết quả, các xã thực hiện.\n"
    )
    assert meta["can_cu"] == [
        "Căn cứ Luật Công nghệ thông tin ngày 29 tháng 6 năm 2006",
        "Căn cứ Nghị định số 64/2007/NĐ-CP ngày 10 tháng 4 năm 2007 c",
    ]


def test_a_can_cu_wrapped_over_lines_or_running_into_the_operative_line() -> None:
    meta = parse_metadata(
        HEAD + "Căn cứ Luật Tổ chức\nchính quyền địa phương;\n"
        "Căn cứ Chương trình số 1249a ngày 13/11/2014, Xét đề nghị của Vụ trưởng, QUYẾT ĐỊNH:\n"
    )
    assert meta["can_cu"] == [
        "Căn cứ Luật Tổ chức chính quyền địa phương",
        "Căn cứ Chương trình số 1249a ngày 13/11/2014",
    ]


def test_a_letter_has_no_can_cu_even_when_its_body_starts_with_one() -> None:
    meta = parse_metadata(
        "Số: 73/UBND-TH\nHậu Giang, ngày 12 tháng 1 năm 2018\nV/v ủy quyền\n\n"
        "Kính gửi: Các sở.\n\n"
        "Căn cứ Quy chế làm việc của UBND tỉnh, Chủ tịch UBND tỉnh ủy quyền cho"
        " đồng chí Phó Chủ tịch.\n"
    )
    assert meta["can_cu"] == []


def test_recipients_lose_their_dash_and_keep_their_punctuation() -> None:
    meta = parse_metadata(
        HEAD + "Điều 1. Thi hành./.\n\nNơi nhận:\n\n- UBND tỉnh;\n- Sở Tư pháp, Sở TTTT;\n"
        "- TT. HU; TT HĐND huyện;\n- Lưu VT.\n\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Tư\n"
    )
    assert meta["noi_nhan"] == [
        "UBND tỉnh;",
        "Sở Tư pháp, Sở TTTT;",
        "TT. HU; TT HĐND huyện;",
        "Lưu VT.",
    ]


def test_a_first_recipient_glued_to_the_heading_and_blank_lines_between_items() -> None:
    meta = parse_metadata(
        HEAD + "Điều 1. Thi hành./.\nNơi nhận:- Như trên\n\n- TTgCP, các PTTg (để b/c);\n\n"
        "- Lưu VT, KG (4).\nTL. BỘ TRƯỞNG\nPHÓ CHỦ NHIỆM\nTrần Quốc Toản\n"
    )
    assert meta["noi_nhan"] == ["Như trên", "TTgCP, các PTTg (để b/c);", "Lưu VT, KG (4)."]


def test_a_recipient_wrapped_over_two_lines_is_one_item() -> None:
    meta = parse_metadata(
        HEAD + "Điều 1. Thi hành./.\nNơi nhận:\n- Các phòng, ban, ngành,\n"
        "  đoàn thể huyện;\n- Lưu: VT.\n"
        "CHỦ TỊCH\nLê Văn Tư\n"
    )
    assert meta["noi_nhan"] == ["Các phòng, ban, ngành, đoàn thể huyện;", "Lưu: VT."]


def test_no_recipient_heading_means_none_not_an_empty_list() -> None:
    meta = parse_metadata(
        HEAD + "Điều 1. Thi hành./.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Sinh Hùng\n"
    )
    assert meta["noi_nhan"] is None
