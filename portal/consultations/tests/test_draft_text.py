"""Splitting a pasted draft into its articles (Điều)."""

from __future__ import annotations

from pathlib import Path

from portal.consultations.draft_text import split_articles

# A verbatim copy of /work/shared/seed/quy-che-website-huyen-krong-pac.txt.
SEED = Path(__file__).parents[1] / "demo_data" / "quy-che-website-huyen-krong-pac.txt"


def test_it_finds_the_eighteen_articles_of_the_seed_regulation():
    draft = split_articles(SEED.read_text(encoding="utf-8"))
    assert [a.label for a in draft.articles] == [f"Điều {n}" for n in range(1, 19)]
    assert draft.articles[0].title == "Phạm vi điều chỉnh và đối tượng áp dụng"
    assert draft.articles[6].title == "Nội dung thông tin, dữ liệu được cập nhật trên Website huyện"
    assert draft.articles[17].title == "Tổ chức thực hiện"


def test_it_keeps_the_text_of_each_article_and_nothing_of_the_next():
    articles = split_articles(SEED.read_text(encoding="utf-8")).articles
    article_7 = articles[6].text
    assert "10. Mục lấy ý kiến góp ý của tổ chức, cá nhân." in article_7
    assert "Hình thức cung cấp" not in article_7
    assert "Chương" not in articles[5].text  # the heading of chapter II is not in Điều 6
    assert articles[17].text.endswith("sửa đổi, bổ sung./.")
    assert "TM. ỦY BAN NHÂN DÂN" not in articles[17].text  # the signature block is cut off


def test_it_puts_the_promulgating_decision_in_the_preamble():
    draft = split_articles(SEED.read_text(encoding="utf-8"))
    assert "Ban hành kèm theo Quyết định này Quy chế" in draft.preamble
    assert "Số: 4635/QĐ-UBND" in draft.preamble
    assert draft.preamble.rstrip().endswith("của Ủy ban nhân dân huyện Krông Pắc)")
    assert "**" not in draft.preamble


def test_it_assigns_the_chapters_to_their_articles():
    articles = split_articles(SEED.read_text(encoding="utf-8")).articles
    assert articles[0].chapter == "Chương I. QUY ĐỊNH CHUNG"
    assert articles[6].chapter == "Chương II. CUNG CẤP VÀ CẬP NHẬT THÔNG TIN, DỮ LIỆU"
    assert articles[12].chapter == "Chương IV. CÔNG TÁC BIÊN TẬP WEBSITE HUYỆN"
    assert articles[17].chapter == "Chương VI. TỔ CHỨC THỰC HIỆN"


def test_it_reads_a_heading_alone_on_its_line_and_decomposed_accents():
    text = "Căn cứ Luật.\nĐiều 1.\nBan hành kèm theo.\nDie\u0300u 2: Hiệu lực\nKể từ ngày ký."
    draft = split_articles(text.replace("Die\u0300u", "Đie\u0302\u0300u"))
    assert [(a.label, a.title, a.text) for a in draft.articles] == [
        ("Điều 1", "", "Ban hành kèm theo."),
        ("Điều 2", "Hiệu lực", "Kể từ ngày ký."),
    ]
    assert draft.preamble == "Căn cứ Luật."


def test_a_mention_of_an_article_inside_a_sentence_is_not_a_heading():
    draft = split_articles("Điều 1. Nội dung\nTheo Điều 28, Luật Công nghệ thông tin.\nĐiều 7 này")
    assert len(draft.articles) == 1
    assert "Điều 28" in draft.articles[0].text


def test_a_text_without_articles_is_all_preamble():
    draft = split_articles("Kế hoạch tuyên truyền\nNội dung chính")
    assert draft.articles == []
    assert draft.preamble == "Kế hoạch tuyên truyền\nNội dung chính"
