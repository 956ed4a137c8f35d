"""Inputs found by fuzzing the public site (tests/test_fuzz_public.py) that once failed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from portal.dossiers import access
from portal.dossiers.models import Dossier, DossierEvent, DossierFile, Status
from portal.dossiers.tests.conftest import applicant_data, pdf, png
from portal.dossiers.tests.factories import make_dossier
from portal.procedures.models import ProcedureFormField

pytestmark = pytest.mark.django_db


def _opened(client, procedure, status):
    """A dossier in `status` that this browser has opened with its code and secret."""
    dossier = make_dossier(procedure, status=status)
    session = client.session
    session[access.SESSION_KEY] = [dossier.pk]
    session.save()
    return dossier


def test_withdrawing_a_finished_dossier_says_why_instead_of_failing(client, procedure):
    dossier = _opened(client, procedure, Status.DONE)
    response = client.post(reverse("dossiers:withdraw", args=[dossier.code]), {"reason": "Nhầm"})
    assert response.status_code == 409
    assert "Không thể “Rút hồ sơ” khi hồ sơ đang ở trạng thái “Đã xử lý xong”" in (
        response.content.decode()
    )
    dossier.refresh_from_db()
    assert dossier.status == Status.DONE


def test_a_supplement_to_a_dossier_not_awaiting_one_stores_no_file(client, procedure):
    dossier = _opened(client, procedure, Status.PROCESSING)
    url = reverse("dossiers:supplement", args=[dossier.code])
    response = client.post(url, {"file": pdf(), "note": "Bản sao"})
    assert response.status_code == 409
    assert "không ở trạng thái “Yêu cầu bổ sung”" in response.content.decode()
    assert not DossierFile.objects.filter(dossier=dossier).exists()
    dossier.refresh_from_db()
    assert dossier.status == Status.PROCESSING


def test_a_nul_character_in_a_withdrawal_reason_is_dropped(client, procedure):
    """PostgreSQL refuses NUL in text: the reason, written into the history, was a 500 there."""
    dossier = _opened(client, procedure, Status.PROCESSING)
    url = reverse("dossiers:withdraw", args=[dossier.code])
    response = client.post(url, {"reason": "Nộp\x00 nhầm thủ tục"})
    assert response.status_code == 302
    assert DossierEvent.objects.filter(dossier=dossier, note="Nộp nhầm thủ tục").exists()


def test_a_procedure_with_a_number_and_checkboxes_accepts_dossiers(client, procedure):
    """Step 1 kept one value per field (checkboxes always failed: "Nhập một danh sách giá
    trị"), and the final submit could not store a number field's Decimal (a 500)."""
    procedure.form_fields = [
        *procedure.form_fields.all(),
        ProcedureFormField(label="Số bản sao", field_type="number", required=False),
        ProcedureFormField(
            label="Nhận kết quả", field_type="checkboxes", choices="Bưu điện\nTại Một cửa"
        ),
    ]
    procedure.save()
    first, second, _optional = procedure.papers.values_list("pk", flat=True)
    data = applicant_data(**{"thong_tin-so_ban_sao": "2"})
    data["thong_tin-nhan_ket_qua"] = ["Bưu điện", "Tại Một cửa"]
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    response = client.post(reverse("dossiers:review", args=[procedure.pk]))
    assert response.status_code == 302 and "/bien-nhan/" in response["Location"]
    dossier = Dossier.objects.get()
    assert dossier.form_data["so_ban_sao"] == "2"
    assert dossier.form_data["nhan_ket_qua"] == ["Bưu điện", "Tại Một cửa"]
    assert "Tại Một cửa" in client.get(response["Location"]).content.decode()
