"""Nothing a citizen submits is lost: neighbours' settings, odd files, faults and abuse."""

from __future__ import annotations

import os
import re
from datetime import timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.core.models import Unit
from portal.dossiers.models import Dossier, DossierFile
from portal.dossiers.storage import private_storage
from portal.dossiers.tests.conftest import PDF, applicant_data, pdf, png
from portal.procedures.models import Procedure, ProcedurePaper, ServiceLevel

pytestmark = pytest.mark.django_db


def _procedure_of(unit: Unit) -> Procedure:
    record = Procedure(
        ten=f"Thủ tục của {unit.name}",
        unit=unit,
        truc_tuyen=True,
        service_level=ServiceLevel.objects.get(label="Một phần"),
        thoi_han=Decimal(5),
        live=True,
    )
    record.papers = [ProcedurePaper(name="Đơn đề nghị"), ProcedurePaper(name="Giấy tờ kèm theo")]
    record.save()
    return record


def _submit(client: Client, procedure: Procedure, files: dict | None = None) -> None:
    first, second = [p.pk for p in procedure.papers.all()]
    data = applicant_data()
    data.pop("thong_tin-ho_ten_nguoi_duoc_khai_sinh")
    uploads = files or {first: pdf(), second: png()}
    for paper, upload in uploads.items():
        data[f"giay_to-paper_{paper}"] = upload
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def _final(client: Client, procedure: Procedure):
    return client.post(reverse("dossiers:review", args=[procedure.pk]))


def test_units_without_their_own_code_never_draw_the_same_number(client, unit, other_unit):
    """Repro of the lost dossiers: one unit issued -0001, the next one drew -0001 again."""
    first, second = _procedure_of(unit), _procedure_of(other_unit)
    for procedure in (first, second, first):
        _submit(client, procedure)
        assert _final(client, procedure).status_code == 302
    codes = sorted(Dossier.objects.values_list("code", flat=True))
    assert len(set(codes)) == 3
    assert [code[-4:] for code in codes] == ["0001", "0002", "0003"]
    assert all(code.startswith("000.00.00.H00-") for code in codes)


def test_a_code_already_taken_costs_a_number_not_the_dossier(client, unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    _submit(client, procedure)
    assert _final(client, procedure).status_code == 302
    taken = Dossier.objects.get()
    # Someone typed the next code in by hand (an import, an old system).
    next_code = re.sub(r"0001$", "0002", taken.code)
    Dossier.objects.filter(pk=taken.pk).update(code=next_code)
    Dossier.objects.create(
        **{
            f.name: getattr(taken, f.name)
            for f in Dossier._meta.concrete_fields
            if f.name not in {"id", "code", "submission_key"}
        },
        code=re.sub(r"0001$", "0003", taken.code),
    )
    _submit(client, procedure)
    assert _final(client, procedure).status_code == 302
    assert Dossier.objects.count() == 3
    assert Dossier.objects.filter(code__endswith="-0004").exists()


@pytest.mark.parametrize(
    ("code", "ok"),
    [("000.00.22.H15", True), ("000.03.22.G12", True), ("H15", False), ("000.00.22.h15", False)],
)
def test_agency_codes_follow_the_national_format(unit, code, ok):
    unit.agency_code = code
    if ok:
        unit.full_clean()
    else:
        with pytest.raises(ValidationError):
            unit.full_clean()


def test_two_units_cannot_share_an_agency_code(unit, other_unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    other_unit.agency_code = "000.03.22.H15"
    with pytest.raises(ValidationError, match="đã được đơn vị khác sử dụng"):
        other_unit.full_clean()


def test_a_unit_without_an_agency_code_cannot_be_given_online_dossiers(unit):
    procedure = _procedure_of(unit)
    with pytest.raises(ValidationError, match="chưa có mã định danh"):
        procedure.full_clean()
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure.full_clean()


def test_a_very_long_file_name_on_two_papers_keeps_step_one(client, unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    first, second = [p.pk for p in procedure.papers.all()]
    name = "giay-to-" + "rat-dai-" * 40 + ".pdf"
    assert len(name) > 255
    files = {first: pdf(name), second: pdf(name)}
    _submit(client, procedure, files)
    assert _final(client, procedure).status_code == 302
    dossier = Dossier.objects.get()
    stored = list(dossier.files.all())
    assert len(stored) == 2
    for record in stored:
        assert len(record.original_name) <= 255 and record.original_name.endswith(".pdf")
        assert len(os.path.basename(record.file.name)) < 50  # a generated name
        assert "rat-dai" not in record.file.name


def test_the_submitted_files_are_the_uploads_themselves(client, unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    _submit(client, procedure)
    draft = client.session[f"dossier_draft_{procedure.pk}"]
    paths = sorted(stored["path"] for stored in draft["files"].values())
    _final(client, procedure)
    assert sorted(DossierFile.objects.values_list("file", flat=True)) == paths
    assert all(private_storage().exists(path) for path in paths)
    assert f"dossier_draft_{procedure.pk}" not in client.session


def test_step_one_uploads_are_limited_per_session_and_nothing_typed_is_lost(client, unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    first, second = [p.pk for p in procedure.papers.all()]
    for _attempt in range(15):  # 30 files: the session's hourly allowance
        _submit(client, procedure, {first: pdf(), second: png()})
    data = applicant_data(**{"nguoi_nop-full_name": "Trần Thị Giữ Lại"})
    data[f"giay_to-paper_{first}"] = pdf()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 429
    page = response.content.decode()
    assert "quá nhiều tệp" in page and "Trần Thị Giữ Lại" in page


def test_a_draft_whose_files_were_purged_asks_for_them_again(client, unit):
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    _submit(client, procedure)
    draft = client.session[f"dossier_draft_{procedure.pk}"]
    for stored in draft["files"].values():
        private_storage().delete(stored["path"])
    response = _final(client, procedure)
    assert response["Location"] == reverse("dossiers:submit", args=[procedure.pk])
    assert not Dossier.objects.exists()


def test_a_pdf_with_html_inside_is_refused(client, procedure):
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    fake = b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = SimpleUploadedFile("to-khai.pdf", fake)
    data[f"giay_to-paper_{second}"] = png()
    response = client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    assert response.status_code == 200
    assert "bị hỏng" in response.content.decode()
    assert PDF.startswith(b"%PDF")  # the genuine sample PDF stays valid


def test_citizens_files_are_downloads_never_pages(client, procedure):
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    client.post(reverse("dossiers:submit", args=[procedure.pk]), data)
    client.post(reverse("dossiers:review", args=[procedure.pk]))
    dossier = Dossier.objects.get()
    for record in dossier.files.all():
        response = client.get(reverse("dossiers:download", args=[dossier.code, record.pk]))
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "Content-Encoding" not in response
        assert response.get("ETag", "x") != ""


def _finished(procedure, days_ago: int) -> Dossier:
    from portal.dossiers.tests.factories import make_dossier

    dossier = make_dossier(
        procedure,
        status=Dossier.Status.RETURNED,
        finished_at=timezone.now() - timedelta(days=days_ago),
        birth_date=timezone.localdate() - timedelta(days=9000),
        form_data={"ho_ten_nguoi_duoc_khai_sinh": "Nguyễn Thị Bé"},
    )
    record = DossierFile(
        dossier=dossier, kind=DossierFile.Kind.APPLICATION, content_type="application/pdf", size=3
    )
    record.original_name = "cccd.pdf"
    record.file.save("x.pdf", SimpleUploadedFile("x.pdf", PDF), save=False)
    record.save()
    return dossier


def test_finished_dossiers_lose_papers_and_personal_data_but_keep_the_register(
    procedure, django_capture_on_commit_callbacks
):
    old = _finished(procedure, 2000)
    recent = _finished(procedure, 10)
    old_file = old.files.get().file.name
    out = StringIO()
    call_command("purge_personal_data", "--dry-run", stdout=out)
    assert old.code in out.getvalue() and recent.code not in out.getvalue()
    old.refresh_from_db()
    assert old.id_number  # a dry run changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_personal_data", stdout=out)
        call_command("purge_personal_data", stdout=out)  # idempotent
    old.refresh_from_db()
    assert (old.id_number, old.address, old.phone, old.email) == ("", "", "", "")
    assert old.birth_date is None and old.form_data == {}
    assert old.personal_data_erased_at is not None
    assert not old.files.exists() and not private_storage().exists(old_file)
    # The register entry stays: code, procedure, name, dates, status, history.
    assert old.full_name and old.code and old.finished_at and old.events.count() >= 2
    recent.refresh_from_db()
    assert recent.id_number and recent.files.exists()
    assert "Hồ sơ trực tuyến đã kết thúc: đã xóa 1 mục." in out.getvalue()


def test_abandoned_uploads_are_deleted_after_their_age(client, procedure, settings):
    first, second, _optional = [p.pk for p in procedure.papers.all()]
    data = applicant_data()
    data[f"giay_to-paper_{first}"] = pdf()
    data[f"giay_to-paper_{second}"] = png()
    client.post(reverse("dossiers:submit", args=[procedure.pk]), data)  # never submitted
    draft = client.session[f"dossier_draft_{procedure.pk}"]
    paths = [stored["path"] for stored in draft["files"].values()]
    kept = _finished(procedure, 1).files.get().file.name  # a dossier's file: never swept
    call_command("purge_personal_data", stdout=StringIO())
    assert all(private_storage().exists(path) for path in paths)  # still young
    old = (
        timezone.now() - timedelta(hours=settings.UNCLAIMED_UPLOAD_MAX_AGE_HOURS + 1)
    ).timestamp()
    for path in [*paths, kept]:
        os.utime(private_storage().path(path), (old, old))
    call_command("purge_personal_data", stdout=StringIO())
    assert not any(private_storage().exists(path) for path in paths)
    assert private_storage().exists(kept)


def test_a_final_submit_sent_again_after_a_cut_off_answer_stores_one_dossier(
    client, unit, mailoutbox, django_capture_on_commit_callbacks
):
    """Repro (bench, kill -9): the dossier was stored but the worker died before the session
    dropped the draft; the citizen's retry made a second dossier on the same files."""
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    _submit(client, procedure)
    draft_key = f"dossier_draft_{procedure.pk}"
    draft = client.session[draft_key]
    with django_capture_on_commit_callbacks(execute=True):
        first = _final(client, procedure)
    session = client.session
    session[draft_key] = draft  # as if the answer and the session save were lost
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        again = _final(client, procedure)
    assert first["Location"] == again["Location"]
    dossier = Dossier.objects.get()
    assert dossier.files.count() == 2 and not dossier.code.startswith("tam-")
    receipt = client.get(again["Location"]).content.decode()
    secret = re.search(r'data-testid="ma-tra-cuu">([^<]+)<', receipt).group(1)
    dossier.refresh_from_db()
    assert dossier.check_secret(secret)
    assert secret in mailoutbox[-1].body  # the valid secret reaches the e-mail too


def test_a_final_submit_resent_after_the_draft_was_dropped_leads_to_the_receipt(client, unit):
    """Repro (bench, 10 kills): the dossier was stored and the session saved, but the answer
    never reached the browser; the resend found no draft and showed an empty form."""
    unit.agency_code = "000.03.22.H15"
    unit.save()
    procedure = _procedure_of(unit)
    _submit(client, procedure)
    first = _final(client, procedure)
    again = _final(client, procedure)
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert Dossier.objects.count() == 1
    assert client.get(again["Location"]).status_code == 200
