"""Fixtures for dossiers: an online procedure of `unit` (Phòng Tư pháp) and sample files."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.core.tests.samples import image_bytes, pdf_bytes
from portal.procedures.models import (
    Procedure,
    ProcedureFormField,
    ProcedurePaper,
    ProcedureStep,
    ServiceLevel,
)

PDF = pdf_bytes()
PNG = image_bytes("PNG")


def pdf(name: str = "to-khai.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def png(name: str = "anh.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


@pytest.fixture
def procedure(unit):
    unit.agency_code = "000.00.22.H15"
    unit.save()
    record = Procedure(
        ten="Đăng ký khai sinh",
        unit=unit,
        cap_xa=True,
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
        ProcedurePaper(name="Giấy chứng sinh", copies="01 bản chính"),
        ProcedurePaper(name="Giấy tờ khác (nếu có)", upload_required=False),
    ]
    record.form_fields = [
        ProcedureFormField(
            label="Họ tên người được khai sinh", field_type="singleline", required=True
        ),
    ]
    record.save()
    return record


def applicant_data(**overrides: str) -> dict[str, str]:
    data = {
        "nguoi_nop-applicant_kind": "ca_nhan",
        "nguoi_nop-full_name": "Nguyễn Văn Dân",
        "nguoi_nop-id_number": "066090001234",
        "nguoi_nop-birth_date": "1990-05-01",
        "nguoi_nop-address": "Thôn 1, xã Ea Kly, huyện Krông Pắc",
        "nguoi_nop-phone": "0912 345 678",
        "nguoi_nop-email": "dan@example.vn",
        "nguoi_nop-consent": "on",
        "thong_tin-ho_ten_nguoi_duoc_khai_sinh": "Nguyễn Thị Bé",
    }
    data.update(overrides)
    return data
