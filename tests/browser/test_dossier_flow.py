"""An online dossier from submission to rating, driven in Chromium through both sides.

A citizen submits a dossier with two attachments and opens the receipt; the unit head
receives it in the back office and asks for a supplement; the citizen looks the dossier up
and sends the missing paper; the officer uploads the result and completes the dossier; the
citizen downloads the result and rates the service.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from portal.core.tests.samples import image_bytes, pdf_bytes
from portal.dossiers.models import Dossier, DossierFile, SatisfactionRating, Status
from portal.procedures.models import (
    Procedure,
    ProcedureFormField,
    ProcedurePaper,
    ProcedureStep,
    ServiceLevel,
)
from tests.browser.conftest import login, new_page, screenshot

PDF = pdf_bytes()
PNG = image_bytes("PNG")
MISSING = "Giấy chứng sinh"
GUIDANCE = "Ảnh chụp giấy chứng sinh bị mờ, xin chụp lại rõ nét."


@pytest.fixture
def online_procedure(unit: Any) -> Procedure:
    unit.agency_code = "000.00.22.H15"
    unit.save()
    record = Procedure(
        ten="Đăng ký khai sinh",
        unit=unit,
        truc_tuyen=True,
        service_level=ServiceLevel.objects.get(label="Một phần"),
        thoi_han=Decimal(3),
        thoi_han_text="03 ngày làm việc",
        live=True,
    )
    record.steps = [
        ProcedureStep(description="Tiếp nhận, kiểm tra hồ sơ", responsible="Bộ phận Một cửa"),
        ProcedureStep(description="Thẩm định, trình ký", responsible="Công chức Tư pháp"),
    ]
    record.papers = [
        ProcedurePaper(name="Tờ khai đăng ký khai sinh", copies="01 bản chính"),
        ProcedurePaper(name=MISSING, copies="01 bản chính"),
    ]
    record.form_fields = [
        ProcedureFormField(label="Họ tên người được khai sinh", field_type="singleline"),
    ]
    record.save()
    return record


def _file(name: str, content: bytes, mime: str) -> dict[str, Any]:
    return {"name": name, "mimeType": mime, "buffer": content}


def submit(page: Page, base: str, procedure: Procedure) -> tuple[str, str]:
    """The citizen fills in the form, reviews it, submits it and opens the receipt."""
    page.goto(f"{base}/dich-vu-cong/nop/{procedure.pk}/")
    page.locator("input[name='nguoi_nop-applicant_kind'][value='ca_nhan']").check()
    for name, value in {
        "full_name": "Nguyễn Văn Dân",
        "id_number": "066090001234",
        "birth_date": "1990-05-01",
        "address": "Thôn 1, xã Ea Kly, huyện Krông Pắc",
        "phone": "0912345678",
        "email": "dan@example.vn",
    }.items():
        page.locator(f"[name='nguoi_nop-{name}']").fill(value)
    page.locator("[name='nguoi_nop-consent']").check()
    page.locator("[name='thong_tin-ho_ten_nguoi_duoc_khai_sinh']").fill("Nguyễn Thị Bé")
    first, second = [p.pk for p in procedure.papers.all()]
    page.locator(f"[name='giay_to-paper_{first}']").set_input_files(
        _file("to-khai.pdf", PDF, "application/pdf")
    )
    page.locator(f"[name='giay_to-paper_{second}']").set_input_files(
        _file("giay-chung-sinh.png", PNG, "image/png")
    )
    page.get_by_role("button", name="Tiếp tục: kiểm tra hồ sơ").click()
    expect(page.get_by_role("heading", name="Kiểm tra hồ sơ trước khi nộp")).to_be_visible()
    expect(page.get_by_text("giay-chung-sinh.png")).to_be_visible()
    page.get_by_role("button", name="Nộp hồ sơ").click()
    expect(page.get_by_text("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")).to_be_visible()
    code = page.get_by_test_id("ma-ho-so").inner_text().strip()
    secret = page.get_by_test_id("ma-tra-cuu").inner_text().strip()
    receipt = page.request.get(f"{page.url}?pdf=1")
    assert receipt.ok and receipt.headers["content-type"] == "application/pdf"
    return code, secret


def open_in_back_office(page: Page, base: str, code: str) -> None:
    page.goto(f"{base}/quan-tri/ho-so/")
    page.get_by_role("link", name=code).click()
    expect(page.get_by_role("heading", name=code)).to_be_visible()


def officer_action(page: Page, label: str) -> None:
    with page.expect_navigation():
        page.get_by_role("button", name=label, exact=True).click()
    expect(page.get_by_text(f"Đã thực hiện: {label}.")).to_be_visible()


def ask_for_supplement(page: Page, base: str, code: str) -> None:
    open_in_back_office(page, base, code)
    officer_action(page, "Tiếp nhận hồ sơ")
    page.get_by_label(MISSING, exact=True).check()
    page.get_by_label(re.compile(r"^\s*Nội dung cần bổ sung")).fill(GUIDANCE)
    officer_action(page, "Yêu cầu bổ sung, hoàn thiện hồ sơ")
    expect(page.get_by_test_id("trang-thai")).to_have_text("Yêu cầu bổ sung")


def track(page: Page, base: str, code: str, secret: str) -> None:
    page.goto(f"{base}/dich-vu-cong/tra-cuu/")
    page.get_by_label("Mã hồ sơ").fill(code)
    page.get_by_label(re.compile(r"^\s*Mã tra cứu")).fill(secret)
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.get_by_role("heading", name=f"Hồ sơ {code}")).to_be_visible()


def send_supplement(page: Page, base: str, code: str, secret: str) -> None:
    track(page, base, code, secret)
    expect(page.get_by_text(GUIDANCE)).to_be_visible()
    page.locator("input[name='file']").set_input_files(
        _file("giay-chung-sinh-ro.pdf", PDF, "application/pdf")
    )
    page.get_by_role("button", name="Gửi bổ sung").click()
    expect(page.get_by_text("Đã gửi giấy tờ bổ sung.")).to_be_visible()


def complete_with_result(page: Page, base: str, code: str) -> None:
    open_in_back_office(page, base, code)
    expect(page.get_by_role("link", name="giay-chung-sinh-ro.pdf")).to_be_visible()
    page.locator("input[name='result-file']").set_input_files(
        _file("trich-luc-khai-sinh.pdf", PDF, "application/pdf")
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Tải lên kết quả").click()
    officer_action(page, "Đã xử lý xong")
    officer_action(page, "Đã trả kết quả")
    expect(page.get_by_test_id("trang-thai")).to_have_text("Đã trả kết quả")


def download_and_rate(page: Page) -> None:
    page.reload()
    expect(page.get_by_test_id("trang-thai")).to_have_text("Đã trả kết quả")
    with page.expect_download() as download:
        page.get_by_role("link", name="trich-luc-khai-sinh.pdf").click()
    assert download.value.suggested_filename == "trich-luc-khai-sinh.pdf"
    for criterion in ["overall", "ease", "timeliness", "attitude"]:
        page.locator(f"input[name='{criterion}'][value='rat_hai_long']").check()
    page.locator("input[name='timeliness'][value='hai_long']").check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.get_by_text("Cảm ơn anh/chị đã đánh giá.")).to_be_visible()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_dossier_goes_from_submission_through_a_supplement_to_a_rated_result(
    browser: Browser, live_server: Any, online_procedure: Procedure, unit_head: Any
) -> None:
    base = live_server.url
    pages: list[Page] = []

    def start(username: str | None = None) -> Page:
        page = new_page(browser)
        pages.append(page)
        if username:
            login(page, live_server, username)
        return page

    try:
        code, secret = submit(start(), base, online_procedure)
        dossier = Dossier.objects.get(code=code)
        assert dossier.files.filter(kind=DossierFile.Kind.APPLICATION).count() == 2

        officer = start("thutruong")
        ask_for_supplement(officer, base, code)
        dossier.refresh_from_db()
        assert dossier.status == Status.SUPPLEMENT

        citizen = start()  # another visit, another browser: the citizen looks it up
        send_supplement(citizen, base, code, secret)
        dossier.refresh_from_db()
        assert dossier.status == Status.PROCESSING

        complete_with_result(officer, base, code)
        download_and_rate(citizen)

        rating = SatisfactionRating.objects.get(dossier=dossier)
        assert (rating.overall, rating.timeliness) == ("rat_hai_long", "hai_long")
        kinds = sorted(dossier.files.values_list("kind", flat=True))
        assert kinds == ["bo_sung", "ho_so", "ho_so", "ket_qua"]
        assert list(dossier.events.exclude(form="").values_list("form", flat=True)) == [
            "01",
            "02",
        ]
    except Exception:
        for number, page in enumerate(pages):
            if not page.is_closed():
                screenshot(page, f"dossier-flow-{number}")
        raise
    finally:
        for page in pages:
            page.context.close()
