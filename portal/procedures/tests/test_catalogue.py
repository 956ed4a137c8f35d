"""The procedures catalogue: corpus import, filters, accent-insensitive search, print view,
and units maintaining their own procedures through the workflow."""

from __future__ import annotations

import re
from decimal import Decimal
from io import StringIO

import pytest
from django.urls import reverse

from portal.core.models import Unit
from portal.news.tests.workflow_helpers import act, submit
from portal.procedures import demo
from portal.procedures.models import Procedure, ProcedureStep, ServiceLevel

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(unit, other_unit):
    """The corpus procedures; `unit` is Phòng Tư pháp, `other_unit` a commune."""
    for number, receiving in enumerate([unit, other_unit], start=3):
        receiving.agency_code = f"000.{number:02d}.22.H15"
        receiving.save()
    demo.seed(StringIO())
    return Procedure.objects.all()


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("03 ngày làm việc; trường hợp phải xác minh thì không quá 23 ngày", Decimal(3)),
        ("15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", Decimal(15)),
        ("Trong ngày làm việc.", Decimal(0)),
        (None, None),
    ],
)
def test_it_reads_the_number_of_days_from_the_published_deadline(text, days):
    assert demo.deadline_days(text) == days


def test_the_corpus_procedures_are_published(client, catalogue):
    assert catalogue.count() == 23
    assert catalogue.filter(live=True).count() == 23
    content = client.get("/thu-tuc-hanh-chinh/").content.decode()
    assert "23 thủ tục" in content
    assert demo.seed(StringIO()) == 0  # idempotent


@pytest.mark.parametrize("query", ["đăng ký khai sinh", "dang ky khai sinh", "DANG KY KHAI SINH"])
def test_search_is_accent_insensitive(client, catalogue, query):
    content = client.get("/thu-tuc-hanh-chinh/", {"q": query}).content.decode()
    assert "Thủ tục đăng ký khai sinh" in content
    assert "Cấp giấy phép xây dựng nhà ở tư nhân" not in content


def test_filters_by_level_field_unit_and_online(client, catalogue):
    district = client.get("/thu-tuc-hanh-chinh/", {"cap": "huyen"}).content.decode()
    assert "Cấp giấy phép xây dựng nhà ở tư nhân" in district
    assert "Đăng ký lại việc kết hôn" not in district
    field = Procedure.objects.get(ten="Thủ tục đăng ký khai sinh").linh_vuc
    by_field = client.get("/thu-tuc-hanh-chinh/", {"linh_vuc": field.pk}).content.decode()
    assert "Thủ tục đăng ký khai sinh" in by_field
    assert "Cấp giấy phép xây dựng nhà ở tư nhân" not in by_field
    online = client.get("/thu-tuc-hanh-chinh/", {"truc_tuyen": "on"}).content.decode()
    assert "Thủ tục đăng ký khai sinh" in online
    level = ServiceLevel.objects.get(label="Mức độ 2")
    offline = client.get("/thu-tuc-hanh-chinh/", {"muc_do": level.pk}).content.decode()
    assert "Thủ tục đăng ký khai sinh" not in offline


def test_the_detail_page_shows_steps_papers_deadline_and_prints(client, catalogue):
    procedure = Procedure.objects.get(ten="Thủ tục đăng ký khai sinh")
    assert procedure.steps.count() == 2
    procedure.steps.update(responsible="Công chức Tư pháp – Hộ tịch", duration="01 ngày")
    response = client.get(procedure.get_absolute_url())
    content = response.content.decode()
    assert response.status_code == 200, content[-3000:]
    assert "Trình tự thực hiện" in content and "Công chức Tư pháp – Hộ tịch" in content
    assert "Thành phần hồ sơ" in content and "Trình tự thực hiện" in content
    assert procedure.thoi_han_text[:30] in content
    printed = client.get(procedure.get_absolute_url() + "?in=1").content.decode()
    assert "print.css" in printed and procedure.ten in printed


def test_a_unit_maintains_its_own_procedures_only(client, catalogue, make_user):
    justice = Unit.objects.get(code="phong-tu-phap")
    commune = Unit.objects.get(code="xa-ea-kly")
    officer = make_user("canbo.tuphap", "Cán bộ cập nhật của đơn vị", unit=justice)
    own = Procedure.objects.filter(unit=justice).first()
    other = Procedure.objects.filter(unit=commune).first()
    client.force_login(officer)
    edit = "wagtailsnippets_procedures_procedure:edit"
    assert client.get(reverse(edit, args=[own.pk])).status_code == 200
    assert client.get(reverse(edit, args=[other.pk])).status_code in (302, 403)
    listing = client.get(reverse("wagtailsnippets_procedures_procedure:list")).content.decode()
    assert reverse(edit, args=[own.pk]) in listing
    assert reverse(edit, args=[other.pk]) not in listing
    # New procedures too: only under the officer's own unit.
    page = client.get(reverse("wagtailsnippets_procedures_procedure:add")).content.decode()
    choices = re.search(r'<select name="unit".*?</select>', page, re.S)[0]
    assert f'<option value="{justice.pk}" selected>' in choices
    assert f'value="{commune.pk}"' not in choices
    delete = reverse("wagtailsnippets_procedures_procedure:delete", args=[other.pk])
    assert client.post(delete).status_code in (302, 403)
    assert Procedure.objects.filter(pk=other.pk).exists()


def test_changes_reach_the_public_only_through_the_workflow(
    client, catalogue, make_user, deputy, head
):
    justice = Unit.objects.get(code="phong-tu-phap")
    officer = make_user("canbo.tuphap", "Cán bộ cập nhật của đơn vị", unit=justice)
    procedure = Procedure.objects.filter(unit=justice).first()
    procedure.steps = [ProcedureStep(description="Bước mới chưa duyệt")]
    procedure.save_revision(user=officer)
    submit(procedure, officer)
    assert "Bước mới chưa duyệt" not in client.get(procedure.get_absolute_url()).content.decode()
    act(procedure, deputy, "approve")
    act(procedure, head, "approve")
    assert "Bước mới chưa duyệt" in client.get(procedure.get_absolute_url()).content.decode()


def test_the_list_is_in_vietnamese_alphabetical_order(client, unit):
    level = ServiceLevel.objects.get(label="Mức độ 2")
    for name in ["Đăng ký thường trú", "Ăn uống an toàn", "Dang dở hồ sơ", "An toàn thực phẩm"]:
        Procedure.objects.create(ten=name, unit=unit, service_level=level, live=True)
    content = client.get("/thu-tuc-hanh-chinh/").content.decode()
    positions = [
        content.index(n)
        for n in ["An toàn thực phẩm", "Ăn uống an toàn", "Dang dở hồ sơ", "Đăng ký thường trú"]
    ]
    assert positions == sorted(positions)
