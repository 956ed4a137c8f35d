"""Officers act on their unit's dossiers through the back-office forms."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.core import roles
from portal.dossiers import access, actions
from portal.dossiers.models import Dossier, DossierFile, Status
from portal.dossiers.tests.conftest import pdf
from portal.dossiers.tests.factories import make_dossier

pytestmark = pytest.mark.django_db

# The national dossier process (TT 01/2018, QĐ 766): from each status (rows), the status each
# staff action leads to, or "-" where it is not allowed. Written out here, never read from
# `actions.TRANSITIONS`, so a change to the process must change this table too.
ACTIONS = [
    "receive", "refuse", "start", "request_supplement", "request_payment",
    "payment_done", "stop", "complete", "return_result",
]  # fmt: skip
TRANSITION_TABLE = """
moi                | tiep_nhan khong_tiep_nhan - bo_sung - - - - -
tiep_nhan          | - khong_tiep_nhan dang_xu_ly bo_sung - - - - -
khong_tiep_nhan    | - - - - - - - - -
dang_xu_ly         | - khong_tiep_nhan - bo_sung nghia_vu_tai_chinh - dung_xu_ly da_xu_ly_xong -
bo_sung            | - - - - - - dung_xu_ly - -
nghia_vu_tai_chinh | - - - - - dang_xu_ly dung_xu_ly - -
rut_ho_so          | - - - - - - - - -
dung_xu_ly         | - - - - - - - - -
da_xu_ly_xong      | - - - - - - - - da_tra_ket_qua
da_tra_ket_qua     | - - - - - - - - -
"""
EXPECTED = {
    (row.split("|")[0].strip(), action): target
    for row in TRANSITION_TABLE.strip().splitlines()
    for action, target in zip(ACTIONS, row.split("|")[1].split(), strict=True)
}
# What the history line says, and the national form (Mẫu) it prints, for each action.
RECORDS = {
    "receive": ("Tiếp nhận hồ sơ", "01"),
    "refuse": ("Từ chối tiếp nhận, giải quyết", "03"),
    "start": ("Chuyển xử lý", ""),
    "request_supplement": ("Yêu cầu bổ sung, hoàn thiện hồ sơ", "02"),
    "request_payment": ("Yêu cầu thực hiện nghĩa vụ tài chính", ""),
    "payment_done": ("Đã thực hiện nghĩa vụ tài chính", ""),
    "stop": ("Dừng xử lý", ""),
    "complete": ("Đã xử lý xong", ""),
    "return_result": ("Đã trả kết quả", ""),
}


def test_the_table_covers_every_status_and_action():
    assert {status for status, _action in EXPECTED} == set(Status.values)
    assert set(ACTIONS) == set(actions.TRANSITIONS)


def _post(client, dossier, action, note="Lý do thử nghiệm"):
    url = reverse("dossiers_admin:action", args=[dossier.pk, action])
    return client.post(url, {f"{action}-note": note})


@pytest.mark.parametrize(("status", "action"), sorted(EXPECTED))
def test_each_action_is_allowed_exactly_from_the_national_process(
    client, unit_head, procedure, status, action
):
    after = EXPECTED[(status, action)]
    dossier = make_dossier(procedure, status=status, due_date=timezone.localdate())
    client.force_login(unit_head)
    response = _post(client, dossier, action)
    dossier.refresh_from_db()
    if after != "-":
        assert response.status_code == 302, response.content.decode()[:500]
        assert dossier.status == after
        event = dossier.events.last()
        label, form = RECORDS[action]
        assert (event.action, event.actor, event.form) == (label, unit_head, form)
    else:
        assert response.status_code == 400
        assert "Không thể" in response.content.decode()
        assert dossier.status == status


@pytest.mark.parametrize("action", ["refuse", "request_supplement", "stop"])
def test_refusing_asking_for_supplements_and_stopping_need_a_reason(
    client, unit_head, procedure, action
):
    status = Status.PROCESSING
    dossier = make_dossier(procedure, status=status)
    client.force_login(unit_head)
    response = _post(client, dossier, action, note="   ")
    assert response.status_code == 400
    assert "Phải ghi rõ lý do hoặc nội dung." in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.status == status


def test_a_supplement_request_lists_the_missing_papers_and_fills_form_02(
    client, unit_head, procedure, mailoutbox, committed
):
    dossier = make_dossier(procedure, status=Status.RECEIVED)
    paper = procedure.papers.get(name="Giấy chứng sinh")
    client.force_login(unit_head)
    url = reverse("dossiers_admin:action", args=[dossier.pk, "request_supplement"])
    data = {"request_supplement-papers": [paper.pk], "request_supplement-note": "Bản rõ nét."}
    with committed():
        assert client.post(url, data).status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Status.SUPPLEMENT and dossier.paused_since == timezone.localdate()
    note = dossier.events.last().note
    assert note == "Giấy tờ cần bổ sung:\n- Giấy chứng sinh\nBản rõ nét."
    assert mailoutbox[-1].to == ["dan@example.vn"] and "Giấy chứng sinh" in mailoutbox[-1].body
    slip = client.get(reverse("dossiers_admin:form", args=[dossier.pk, "02"])).content.decode()
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in slip
    assert "- Giấy chứng sinh" in slip and dossier.code in slip and "Nguyễn Văn Dân" in slip


def test_a_refusal_fills_form_03_with_its_reason(client, unit_head, procedure):
    dossier = make_dossier(procedure, status=Status.NEW)
    client.force_login(unit_head)
    assert client.get(reverse("dossiers_admin:form", args=[dossier.pk, "03"])).status_code == 404
    _post(client, dossier, "refuse", note="Không thuộc thẩm quyền của Phòng Tư pháp.")
    slip = client.get(reverse("dossiers_admin:form", args=[dossier.pk, "03"])).content.decode()
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in slip
    assert "Không thuộc thẩm quyền của Phòng Tư pháp." in slip


def _apologise(client, dossier, reason, new_date):
    url = reverse("dossiers_admin:apologise", args=[dossier.pk])
    return client.post(url, {"apology-reason": reason, "apology-new_date": new_date.isoformat()})


def test_the_apology_moves_the_due_date_only_once(client, unit_head, procedure, time_travel):
    with time_travel(date(2026, 3, 9)):
        dossier = make_dossier(procedure, status=Status.PROCESSING, due_date=date(2026, 3, 11))
        client.force_login(unit_head)
        response = _apologise(client, dossier, "Chờ xác minh tại xã.", date(2026, 3, 18))
        assert response.status_code == 302
        dossier.refresh_from_db()
        assert dossier.due_date == date(2026, 3, 18) and dossier.apology_sent
        slip = client.get(reverse("dossiers_admin:form", args=[dossier.pk, "04"])).content
        slip = slip.decode()
        assert "11/03/2026" in slip and "18/03/2026" in slip and "Chờ xác minh tại xã." in slip

        again = _apologise(client, dossier, "Lần hai.", date(2026, 3, 25))
        assert again.status_code == 400
        assert "Chỉ được hẹn lại ngày trả kết quả một lần." in again.content.decode()
        dossier.refresh_from_db()
        assert dossier.due_date == date(2026, 3, 18)
        assert dossier.events.filter(form="04").count() == 1


def test_a_bad_apology_date_keeps_the_typed_reason(client, unit_head, procedure, time_travel):
    with time_travel(date(2026, 3, 9)):
        dossier = make_dossier(procedure, status=Status.PROCESSING, due_date=date(2026, 3, 11))
        client.force_login(unit_head)
        response = _apologise(client, dossier, "Lý do rất cụ thể đã gõ.", date(2026, 3, 10))
        assert response.status_code == 400
        content = response.content.decode()
        assert "Ngày hẹn mới phải sau ngày hẹn cũ." in content
        assert "Lý do rất cụ thể đã gõ." in content
        dossier.refresh_from_db()
        assert not dossier.apology_sent


def test_an_action_no_longer_allowed_keeps_the_typed_note(client, unit_head, procedure):
    dossier = make_dossier(procedure, status=Status.DONE)  # another officer finished it
    client.force_login(unit_head)
    response = _post(client, dossier, "refuse", note="Ghi chú quan trọng\nDòng thứ hai")
    assert response.status_code == 400
    content = response.content.decode()
    assert "Không thể “Từ chối tiếp nhận, giải quyết”" in content
    assert "Ghi chú quan trọng<br>Dòng thứ hai" in content


def test_dossiers_are_assigned_only_to_officers_of_the_same_unit(
    client, unit_head, unit_updater, make_user, other_unit, procedure
):
    outsider = make_user("canbokhac", roles.UNIT_UPDATER, unit=other_unit)
    dossier = make_dossier(procedure)
    client.force_login(unit_head)
    url = reverse("dossiers_admin:assign", args=[dossier.pk])
    refused = client.post(url, {"assign-officer": outsider.pk})
    assert refused.status_code == 400
    assert "Chỉ phân công cán bộ của đơn vị." in refused.content.decode()
    assert client.post(url, {"assign-officer": unit_updater.pk}).status_code == 302
    dossier.refresh_from_db()
    assert dossier.assigned_to == unit_updater
    assert access.unit_dossiers(unit_updater).filter(assigned_to=unit_updater).get() == dossier
    assert dossier.events.last().actor == unit_head


def test_handing_steps_on_fills_the_control_sheet(client, unit_head, procedure, time_travel):
    with time_travel(date(2026, 3, 2)):
        dossier = make_dossier(
            procedure,
            status=Status.PROCESSING,
            received_at=timezone.now(),
            due_date=date(2026, 3, 4),
        )
        client.force_login(unit_head)
        url = reverse("dossiers_admin:advance_step", args=[dossier.pk])
        detail = reverse("dossiers_admin:detail", args=[dossier.pk])
        assert client.post(url, {"step-note": "Hồ sơ đủ"})["Location"] == detail
    with time_travel(date(2026, 3, 5)):
        client.force_login(unit_head)  # sessions of the back office expire
        assert client.post(url, {"step-note": ""})["Location"] == detail
        assert client.post(url, {"step-note": ""}).status_code == 400  # no step left
        dossier.refresh_from_db()
        assert dossier.current_step == 2
        sheet = client.get(reverse("dossiers_admin:form", args=[dossier.pk, "05"])).content
    sheet = sheet.decode()
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in sheet
    assert "Tiếp nhận, kiểm tra hồ sơ" in sheet and "Thẩm định, trình ký" in sheet
    assert "10:00 02/03/2026" in sheet and "10:00 05/03/2026" in sheet
    assert "Trước hạn" in sheet and "Quá hạn" in sheet and "Hồ sơ đủ" in sheet


def test_the_result_file_is_offered_to_the_applicant(client, unit_head, procedure):
    dossier = make_dossier(procedure, status=Status.PROCESSING)
    client.force_login(unit_head)
    url = reverse("dossiers_admin:upload_result", args=[dossier.pk])
    assert client.post(url, {"result-file": pdf("quyet-dinh.pdf")}).status_code == 302
    assert _post(client, dossier, "complete", note="").status_code == 302
    result = dossier.files.get(kind=DossierFile.Kind.RESULT)
    assert result.original_name == "quyet-dinh.pdf"
    client.logout()
    client.post(reverse("dossiers:track"), {"code": dossier.code, "secret": "ma-bi-mat"})
    status = client.get(reverse("dossiers:status", args=[dossier.code])).content.decode()
    assert "quyet-dinh.pdf" in status and "Đã xử lý xong" in status
    assert "Đánh giá mức độ hài lòng" in status


def test_a_result_that_is_not_a_document_is_refused(client, unit_head, procedure):
    from django.core.files.uploadedfile import SimpleUploadedFile

    dossier = make_dossier(procedure, status=Status.PROCESSING)
    client.force_login(unit_head)
    url = reverse("dossiers_admin:upload_result", args=[dossier.pk])
    bad = SimpleUploadedFile("ket-qua.pdf", b"MZ not a pdf")
    response = client.post(url, {"result-file": bad})
    assert response.status_code == 400
    assert "không phải PDF, JPG, PNG hoặc DOCX" in response.content.decode()
    assert not Dossier.objects.get(pk=dossier.pk).files.exists()


def test_finished_dossiers_offer_no_action(client, unit_head, procedure):
    dossier = make_dossier(procedure, status=Status.RETURNED, finished_at=timezone.now())
    client.force_login(unit_head)
    page = client.get(reverse("dossiers_admin:detail", args=[dossier.pk])).content.decode()
    assert "Hồ sơ đã kết thúc xử lý." in page
    assert reverse("dossiers_admin:apologise", args=[dossier.pk]) not in page
    assert not any(
        reverse("dossiers_admin:action", args=[dossier.pk, name]) in page
        for name in actions.TRANSITIONS
    )
