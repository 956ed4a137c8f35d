"""Signature block: chức vụ ký (authority / title lines) and người ký."""

from __future__ import annotations

from portal.documents.parsing import parse_metadata

HEAD = (
    "Số: 10/QĐ-UBND\nKrông Pắc, ngày 1 tháng 2 năm 2024\nQUYẾT ĐỊNH\nVề việc thử\n\nQUYẾT ĐỊNH:\n"
)
BODY = "Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.\n"


def signer(closing: str) -> tuple[str | None, str | None]:
    meta = parse_metadata(HEAD + BODY + closing)
    return meta["chuc_vu_ky"], meta["nguoi_ky"]


def test_a_collective_deputy_and_title_block_gives_three_parts() -> None:
    closing = (
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    )
    assert signer(closing) == ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Nguyễn Văn An")


def test_bold_markers_and_a_repeated_name_are_ignored() -> None:
    closing = (
        "**TM. ỦY BAN NHÂN DÂN HUYỆN\nCHỦ TỊCH**\n\nNguyễn Sỹ Kỳ\n"
        "Nguyễn Sỹ Kỳ\n\nSố : 453/QC-UBND\n"
    )
    assert signer(closing) == ("TM. ỦY BAN NHÂN DÂN HUYỆN / CHỦ TỊCH", "Nguyễn Sỹ Kỳ")


def test_prefixes_are_normalised_to_kt_tm_tl() -> None:
    assert signer("KT CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Thị Hoa\n")[0] == "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert signer("KT.CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Bích Việt\n") == (
        "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
        "Vũ Thị Bích Việt",
    )
    assert (
        signer("T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐỗ Văn Hải\n")[0] == "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"
    )
    assert signer("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nHồ Văn Nam\n")[0] == (
        "TL. BỘ TRƯỞNG / VỤ TRƯỞNG VỤ PHÁP CHẾ"
    )


def test_a_title_block_wrapped_mid_phrase_and_a_name_glued_to_it() -> None:
    closing = "TL. CHỦ TỊCH ỦY\nBAN NHÂN DÂN TỈNH\nCHÁNH VĂN PHÒNGThái Hữu Phép\n"
    assert signer(closing) == (
        "TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH / CHÁNH VĂN PHÒNG",
        "Thái Hữu Phép",
    )


def test_a_mixed_case_title_line_and_a_signed_mention_are_handled() -> None:
    closing = "KT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n(Đã ký)\n\n \n\nNguyễn Sinh Hùng\n"
    assert signer(closing) == ("KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG", "Nguyễn Sinh Hùng")


def test_comma_joined_titles_stay_in_one_part() -> None:
    closing = "TL. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nTrần Quốc Toản\n"
    assert signer(closing) == ("TL. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆM", "Trần Quốc Toản")


def test_a_compound_title_is_not_cut_inside() -> None:
    closing = "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Lương Sơn"
    assert signer(closing) == ("KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC", "Phạm Lương Sơn")


def test_a_signature_glued_to_the_last_recipient_line() -> None:
    closing = (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"
    )
    meta = parse_metadata(HEAD + BODY + closing)
    assert (meta["chuc_vu_ky"], meta["nguoi_ky"]) == ("BỘ TRƯỞNG, CHỦ NHIỆM", "Mai Tiến Dũng")
    assert meta["noi_nhan"] == ["Như trên;", "Lưu: VT, ĐMDN (2b)."]


def test_a_bare_title_after_a_clerk_file_path() -> None:
    closing = (
        "Nơi nhận:\n- Như trên;\n- Lưu: VT,TH. TT.\n\n"
        "D\\2017\\CVUB\\uy quyen CDDH\n\nCHỦ TỊCH\n\nLữ Văn Hùng\n"
    )
    assert signer(closing) == ("CHỦ TỊCH", "Lữ Văn Hùng")


def test_an_attached_document_after_the_signature_is_ignored() -> None:
    closing = "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI (Ban hành kèm theo …)\n"
    assert signer(closing) == ("KT. BỘ TRƯỞNG / THỨ TRƯỞNG", "Đinh Trung Tụng")


def test_a_name_printed_in_capitals_is_recognised_by_its_surname() -> None:
    assert signer("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNGUYỄN VĂN BA\n") == (
        "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH",
        "Nguyễn Văn Ba",
    )


def test_a_truncated_document_has_no_signer_and_says_so() -> None:
    meta = parse_metadata(HEAD + "Điều 1. Phạm vi điều chỉnh của Chủ tịch UBND huyện")
    assert meta["nguoi_ky"] is None and meta["chuc_vu_ky"] is None
    assert any("Không tìm thấy người ký" in w for w in meta["warnings"])


def test_a_signature_beside_the_recipients_in_a_flattened_two_column_layout() -> None:
    closing = (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n"
        "- Như Điều 3; KT. CHỦ TỊCH\n"
        "- TT HĐND huyện; PHÓ CHỦ TỊCH\n"
        "- Lưu: VT.\n\n"
        "Nguyễn Văn An\n"
    )
    meta = parse_metadata(HEAD + BODY + closing)
    assert meta["chuc_vu_ky"] == "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    assert meta["nguoi_ky"] == "Nguyễn Văn An"
    assert meta["noi_nhan"] == ["Như Điều 3;", "TT HĐND huyện;", "Lưu: VT."]
