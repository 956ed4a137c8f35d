"""Exports for the drafting unit: valid .xlsx and .docx files, comments grouped by article."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from portal.consultations import exports
from portal.consultations.models import ConsultationComment
from portal.core import privacy

pytestmark = pytest.mark.django_db


def add(consultation, article, content, name="Đặng Văn Hải", status="cho_duyet"):
    return ConsultationComment.objects.create(
        consultation=consultation,
        article=article,
        article_label=article.label if article else "",
        code=f"GY-261129-{ConsultationComment.objects.count():06d}",
        name=name,
        email="hai.dang@example.net",
        phone="0912 345 678",
        organisation="Hội Nông dân xã Ea Kly",
        content=content,
        consent_text="…",
        status=status,
    )


@pytest.fixture
def received(published):
    article_1, article_3 = (
        published.articles.get(number="Điều 1"),
        published.articles.get(number="Điều 3"),
    )
    return [
        add(published, article_3, "Đề nghị dùng tên miền .gov.vn."),
        add(published, None, "Dự thảo cần mục bảo vệ dữ liệu cá nhân.", status="da_cong_khai"),
        add(published, article_1, '=HYPERLINK("http://x.example","bấm")'),
        add(published, article_1, "Quảng cáo không liên quan.", status="khong_cong_khai"),
    ]


def test_the_excel_file_lists_every_comment_under_its_article(
    client, published, received, unit_head
):
    client.force_login(unit_head)
    response = client.get(reverse("consultations_admin:export_xlsx", args=[published.pk]))
    assert response["Content-Type"] == exports.XLSX_TYPE
    assert "attachment;" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == published.title
    firsts = [row[0] for row in rows]
    general = firsts.index("Góp ý chung cho toàn bộ dự thảo")
    article_1 = firsts.index("Điều 1. Phạm vi điều chỉnh")
    article_3 = firsts.index("Điều 3. Tên miền")
    assert general < article_1 < article_3
    assert rows[article_1 + 1][8] == '=HYPERLINK("http://x.example","bấm")'
    assert sheet.cell(row=article_1 + 2, column=9).data_type == "s"  # text, not a formula
    assert rows[article_1 + 2][9] == "Không công khai"
    assert rows[article_3 + 1][4:8] == [
        "Đặng Văn Hải",
        "Hội Nông dân xã Ea Kly",
        "hai.dang@example.net",
        "0912 345 678",
    ]
    assert sum(1 for row in rows if isinstance(row[0], int)) == 4


def test_the_word_file_is_the_synthesis_table_by_article(client, published, received, member):
    client.force_login(member)
    response = client.get(reverse("consultations_admin:export_docx", args=[published.pk]))
    assert response["Content-Type"] == exports.DOCX_TYPE
    document = Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý",
        "Góp ý chung cho toàn bộ dự thảo",
        "Điều 1. Phạm vi điều chỉnh",
        "Điều 2. Giải thích từ ngữ",
        "Điều 3. Tên miền",
    ]
    assert "Không có ý kiến góp ý." in [p.text for p in document.paragraphs]  # Điều 2
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Ý kiến tiếp thu, giải trình" in cells
    assert "Đề nghị dùng tên miền .gov.vn." in cells
    assert "Quảng cáo không liên quan." not in cells  # not published: only in the Excel file
    assert len(document.tables) == 3


def test_comments_on_a_removed_article_keep_their_label(published, received):
    published.articles.get(number="Điều 3").delete()
    groups = exports.grouped_comments(published)
    assert groups[-1].label == "Điều 3. Tên miền (điều này không còn trong dự thảo)"
    assert [c.content for c in groups[-1].comments] == ["Đề nghị dùng tên miền .gov.vn."]


def test_each_export_is_logged_as_a_view_of_personal_data(client, published, received, head):
    client.force_login(head)
    client.get(reverse("consultations_admin:export_xlsx", args=[published.pk]))
    client.get(reverse("consultations_admin:export_docx", args=[published.pk]))
    entries = ModelLogEntry.objects.filter(action=privacy.PERSONAL_DATA_VIEW).order_by("pk")
    assert [e.data["screen"] for e in entries] == ["export_xlsx", "export_docx"]
    assert len(entries[0].data["comments"]) == 4 and len(entries[1].data["comments"]) == 3
    assert all(e.user == head for e in entries)
