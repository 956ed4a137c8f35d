"""Mẫu 06 Sổ theo dõi hồ sơ: the unit's dossiers in a date range, printable and as .xlsx."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry

from portal.core import privacy
from portal.dossiers import actions
from portal.dossiers.models import Status
from portal.dossiers.tests.factories import make_dossier
from portal.procedures.models import Procedure

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
RANGE = {"start": "2026-03-01", "end": "2026-03-31"}


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=VN)


@pytest.fixture
def register(procedure, other_unit, unit_head, time_travel):
    """Two dossiers of the unit in March, one in February, one of another unit in March."""
    first = make_dossier(
        procedure, full_name="Lê Văn Một", submitted_at=at(2), due_date=date(2026, 3, 5)
    )
    second = make_dossier(
        procedure, full_name="Phạm Thị Hai", submitted_at=at(31, 23), status=Status.PROCESSING
    )
    make_dossier(procedure, full_name="Tháng Trước", submitted_at=datetime(2026, 2, 28, tzinfo=VN))
    foreign = Procedure.objects.create(ten="Thủ tục của xã", unit=other_unit, live=True)
    make_dossier(foreign, full_name="Đơn Vị Khác", submitted_at=at(10))
    with time_travel(date(2026, 3, 3)):
        actions.transition(first, "start", by=unit_head)
    with time_travel(date(2026, 3, 4)):
        actions.transition(first, "complete", by=unit_head)
        actions.transition(first, "return_result", by=unit_head)
    return first, second


def test_the_register_exports_a_valid_workbook_with_the_units_rows(client, unit_head, register):
    first, second = register
    client.force_login(unit_head)
    response = client.get(reverse("dossiers_admin:register_xlsx"), RANGE)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "so-theo-doi-ho-so-20260301-20260331.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Sổ theo dõi hồ sơ — Phòng Tư pháp — từ 01/03/2026 đến 31/03/2026"
    assert rows[1][:3] == ("STT", "Mã hồ sơ", "Tên thủ tục hành chính")
    assert [row[:5] for row in rows[2:]] == [
        (1, first.code, "Đăng ký khai sinh", 1, "Lê Văn Một"),
        (2, second.code, "Đăng ký khai sinh", 1, "Phạm Thị Hai"),
    ]
    assert rows[2][7] == datetime(2026, 3, 2, 9, 0)  # received, local time
    assert rows[2][8] == datetime(2026, 3, 5)  # due date
    assert rows[2][9] == datetime(2026, 3, 3, 10, 0)  # handed to processing
    assert rows[2][10] == datetime(2026, 3, 4, 10, 0)  # result ready
    assert rows[2][11] == datetime(2026, 3, 4, 10, 0)  # returned
    assert rows[2][12] == "Đã trả kết quả, Trước hạn"
    assert rows[3][9] is None and rows[3][12] == "Đang xử lý"


def test_the_printable_register_is_a4_and_lists_the_same_rows(client, unit_head, register):
    first, second = register
    client.force_login(unit_head)
    page = client.get(reverse("dossiers_admin:register_print"), RANGE).content.decode()
    assert "SỔ THEO DÕI HỒ SƠ" in page and "dossiers/register.css" in page
    assert first.code in page and second.code in page
    assert "Tháng Trước" not in page and "Đơn Vị Khác" not in page
    screens = ModelLogEntry.objects.filter(action=privacy.PERSONAL_DATA_VIEW)
    assert [e.data["screen"] for e in screens] == ["mau-06"]


def test_the_register_page_counts_and_checks_the_dates(client, unit_head, register):
    client.force_login(unit_head)
    url = reverse("dossiers_admin:register")
    assert "Có 2 hồ sơ." in client.get(url, RANGE).content.decode()
    wrong = client.get(url, {"start": "2026-03-31", "end": "2026-03-01"}).content.decode()
    assert "“Đến ngày” phải sau hoặc bằng “Từ ngày”." in wrong
    bad = client.get(reverse("dossiers_admin:register_xlsx"), {"start": "x", "end": "y"})
    assert bad.status_code == 404
