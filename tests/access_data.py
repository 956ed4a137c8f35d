"""Data and URLs of the access matrix (tests/test_access_matrix.py).

`build_world` creates a small but complete set of records, each held by `unit` (the staff
fixtures' own unit) or by `other_unit`, through the same helpers the apps' own tests use.
`ROWS` lists every screen of the matrix: a key, the URL name it covers and how to build its
URL from the world. `NOT_IN_MATRIX` names, with a reason, every URL left out, so that a new
URL fails the completeness test until it is placed. The expected outcomes are written in the
test module, as data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from portal.consultations.tests.factories import document, make_consultation
from portal.core import privacy, roles
from portal.core.models import CalendarOverride, Delegation, PortalSettings, User
from portal.core.models.editorial import Step
from portal.documents.models import DocumentType, Field
from portal.documents.tests.factories import make_document
from portal.dossiers.models import DossierFile
from portal.dossiers.tests.conftest import PDF
from portal.dossiers.tests.factories import make_dossier
from portal.procedures.models import (
    Procedure,
    ProcedureFormField,
    ProcedurePaper,
    ProcedureStep,
    ServiceLevel,
)
from portal.questions import actions as question_actions
from portal.questions.models import Kind, PublishedQuestion
from portal.questions.tests.factories import pdf_upload, question_data

DOSSIER_SECRET = "ma-bi-mat"  # noqa: S105  (the secret factories.make_dossier stores)
PERSONAL_AUDIT_TEXT = "Xem dữ liệu cá nhân của công dân"

# -- the world ---------------------------------------------------------------------------


def _procedure(unit: Any, name: str) -> Procedure:
    """A published procedure of `unit` that accepts dossiers online."""
    record = Procedure(
        ten=name,
        unit=unit,
        cap_xa=True,
        truc_tuyen=True,
        service_level=ServiceLevel.objects.get(label="Một phần"),
        thoi_han=Decimal(3),
        thoi_han_text="03 ngày làm việc",
        live=False,
    )
    record.steps = [ProcedureStep(description="Tiếp nhận, kiểm tra hồ sơ")]
    record.papers = [ProcedurePaper(name="Tờ khai", copies="01 bản chính")]
    record.form_fields = [
        ProcedureFormField(label="Họ tên người được khai sinh", field_type="singleline")
    ]
    record.save()
    return _published(record)


def _dossier(procedure: Procedure, full_name: str) -> tuple[Any, DossierFile]:
    dossier = make_dossier(procedure, full_name=full_name)
    stored = DossierFile(
        dossier=dossier,
        kind=DossierFile.Kind.APPLICATION,
        original_name="to-khai.pdf",
        content_type="application/pdf",
        size=len(PDF),
    )
    stored.file.save("to-khai.pdf", ContentFile(PDF), save=False)
    stored.save()
    return dossier, stored


def _forwarded_question(unit: Any, by: Any, field: Field, title: str) -> Any:
    question, _secret = question_actions.receive(
        Kind.QUESTION, question_data(field, title=title, attachment=pdf_upload()), "test"
    )
    question_actions.forward(question, by, unit)
    return question


def _published_question(unit: Any, kind: str, title: str) -> PublishedQuestion:
    record = PublishedQuestion.objects.create(
        kind=kind,
        title=title,
        question_text="Xin hỏi thủ tục cấp đổi giấy phép lái xe.",
        answer_text="Thực hiện theo Thông tư của Bộ Công an.",
        asked_on=date(2026, 1, 5),
        answered_on=date(2026, 1, 9),
        unit=unit,
        live=True,
    )
    record.save_revision()
    return record


def _published(record: Any) -> Any:
    record.save_revision().publish()
    record.refresh_from_db()
    return record


def build_world(fixtures: dict[str, Any]) -> SimpleNamespace:
    """Every record a row of the matrix needs; `fixtures` are the root conftest's users,
    units, category, assignment and `make_article`."""
    w = SimpleNamespace(**fixtures)
    w.unit.agency_code = "000.03.22.H15"
    w.unit.save()
    w.other_unit.agency_code = "000.04.22.H15"
    w.other_unit.save()
    w.superuser = User.objects.create_superuser("sieuquantri", "sqt@example.gov.vn", "x")
    w.other_admin = User.objects.create_user(
        "quantri2", email="quantri2@example.gov.vn", password="x", unit=w.unit
    )
    w.administrators_role = Group.objects.get(name=roles.ADMIN)
    w.other_admin.groups.add(w.administrators_role)
    w.staff_account = w.other_member  # an ordinary staff account, not an administrator

    w.draft_article = w.make_article(title="Bài viết đang soạn")
    w.live_article = w.make_article(title="Hội nghị tổng kết công tác năm")
    w.live_article.get_latest_revision().publish()
    w.live_article.refresh_from_db()

    w.file = document("Toàn văn quy chế")
    w.document_own = _published(make_document(unit=w.unit))
    w.document_other = _published(
        make_document(unit=w.other_unit, so="12", so_ky_hieu="12/QĐ-UBND", ky_hieu="QĐ-UBND")
    )
    w.procedure_own = _procedure(w.unit, "Đăng ký khai sinh")
    w.procedure_other = _procedure(w.other_unit, "Đăng ký kết hôn")
    w.dossier_own, w.file_own = _dossier(w.procedure_own, "Trần Thị Người Nộp")
    w.dossier_other, w.file_other = _dossier(w.procedure_other, "Lê Văn Người Khác")

    field = Field.objects.get(name="Tư pháp")
    w.question_own = _forwarded_question(w.unit, w.member, field, "Câu hỏi gửi Phòng Tư pháp")
    w.question_other = _forwarded_question(w.other_unit, w.member, field, "Câu hỏi gửi xã")
    w.published_question = _published_question(w.unit, Kind.QUESTION, "Cấp đổi giấy phép")
    w.published_feedback = _published_question(w.unit, Kind.FEEDBACK, "Đường thôn 3 hư hỏng")

    article = [("Điều 1", "Phạm vi điều chỉnh", "Quy chế này quy định việc quản lý.")]
    for name, owner, title in [
        ("own", w.unit, "Dự thảo của Phòng"),
        ("other", w.other_unit, "Dự thảo của xã"),
    ]:
        consultation = make_consultation(owner, articles=article, title=title)
        setattr(w, f"consultation_{name}", _published(consultation))

    w.delegation = Delegation.objects.create(
        delegator=w.deputy,
        delegate=w.delegate,
        step=Step.EDIT,
        starts_at=timezone.now() + timedelta(days=30),  # not yet in force: rights unchanged
        ends_at=timezone.now() + timedelta(days=40),
        reason="Đi công tác",
        created_by=w.deputy,
    )
    w.calendar_override = CalendarOverride.objects.create(
        day=date(2026, 4, 27), kind=CalendarOverride.Kind.DAY_OFF, reason="Thông báo 1/TB"
    )
    w.document_type = DocumentType.objects.order_by("pk").first()
    w.field = field
    w.service_level = ServiceLevel.objects.order_by("pk").first()
    w.site = Site.objects.get(is_default_site=True)
    PortalSettings.for_site(w.site)
    # An entry of the personal-data audit, which only administrators may read.
    privacy.log_personal_data_view(w.unit_head, w.dossier_own, "detail")
    w.today = timezone.localdate()
    return w


# -- the rows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    key: str
    name: str | None  # the URL name it covers; None for pages Wagtail serves from its tree
    url: Callable[[Any], str]
    shows: Callable[[Any], str] | None = None  # "ok" only if the page shows this text
    redirect_ok: bool = False  # a redirect (not to the admin's home or login) counts as "ok"


def _arg(value: Any) -> Callable[[Any], Any]:
    """A URL argument: the pk of the world's record of that name, else the value itself."""
    return lambda w: getattr(w, value).pk if hasattr(w, str(value)) else value


def row(key: str, name: str, *args: Any, **options: Any) -> Row:
    """A screen reached with `reverse(name, args)`, the args named after world records."""
    parts = [_arg(arg) for arg in args]
    return Row(key, name, lambda w: reverse(name, args=[p(w) for p in parts]), **options)


def _snippet(label: str, prefix: str, record: str) -> list[Row]:
    """Index, add, edit, delete and history of a snippet or model viewset."""
    index = "list" if prefix.startswith("wagtailsnippets_") else "index"
    return [
        row(f"{label}: list", f"{prefix}:{index}"),
        row(f"{label}: add", f"{prefix}:add"),
        row(f"{label}: edit", f"{prefix}:edit", record),
        row(f"{label}: delete", f"{prefix}:delete", record),
        row(f"{label}: history", f"{prefix}:history", record),
    ]


def _other_units(label: str, prefix: str, record: str) -> list[Row]:
    """Every other screen of one record of another unit."""
    return [
        row(f"{label}: edit another unit's", f"{prefix}:edit", record),
        row(f"{label}: history of another unit's", f"{prefix}:history", record),
        row(f"{label}: copy another unit's", f"{prefix}:copy", record),
        row(f"{label}: workflow history of another unit's", f"{prefix}:workflow_history", record),
        row(
            f"{label}: compare revisions of another unit's",
            f"{prefix}:revisions_compare",
            record,
            "earliest",
            "latest",
        ),
        Row(
            f"{label}: revert another unit's revision",
            f"{prefix}:revisions_revert",
            lambda w: reverse(
                f"{prefix}:revisions_revert",
                args=[getattr(w, record).pk, getattr(w, record).latest_revision_id],
            ),
        ),
    ]


def _shows(attribute: str) -> Callable[[Any], str]:
    """The text of a world value (`record.field`) that a list must show to count as "ok"."""
    record, field = attribute.split(".")
    return lambda w: str(getattr(getattr(w, record), field))


def _register(name: str) -> Row:
    def url(w: Any) -> str:
        start = w.today - timedelta(days=30)
        return reverse(f"dossiers_admin:{name}") + f"?start={start:%Y-%m-%d}&end={w.today:%Y-%m-%d}"

    return Row(f"dossiers: {name.replace('_', ' ')}", f"dossiers_admin:{name}", url)


def _path(key: str, build: Callable[[Any], str], name: str | None = None, **kw: Any) -> Row:
    return Row(key, name, build, **kw)


def _absolute(record: str, query: str = "") -> Callable[[Any], str]:
    return lambda w: getattr(w, record).get_absolute_url() + query


def _dossier_url(name: str, dossier: str, file: str = "") -> Callable[[Any], str]:
    def url(w: Any) -> str:
        args = [getattr(w, dossier).code] + ([getattr(w, file).pk] if file else [])
        return reverse(f"dossiers:{name}", args=args)

    return url


DOCS = "wagtailsnippets_documents_legaldocument"
PROCS = "wagtailsnippets_procedures_procedure"
CONS = "wagtailsnippets_consultations_consultation"
QS = "wagtailsnippets_questions_publishedquestion"
UNITS = "wagtailsnippets_core_unit"

ADMIN_ROWS: list[Row] = [
    row("dashboard", "wagtailadmin_home"),
    row("2FA: issue code to a staff account", "two_factor_issue_code", "staff_account"),
    row("2FA: issue code to an administrator", "two_factor_issue_code", "other_admin"),
    row("explorer: root (sent on to own subtree)", "wagtailadmin_explore_root", redirect_ok=True),
    row("explorer: category", "wagtailadmin_explore", "category"),
    row("page: add article", "wagtailadmin_pages:add", "news", "articlepage", "category"),
    row("page: edit draft article", "wagtailadmin_pages:edit", "draft_article"),
    row("page: unpublish live article", "wagtailadmin_pages:unpublish", "live_article"),
    row("report: site history", "wagtailadmin_reports:site_history"),
    row("report: site history results", "wagtailadmin_reports:site_history_results"),
    row(
        "report: site history shows personal-data audit",
        "wagtailadmin_reports:site_history",
        shows=lambda w: PERSONAL_AUDIT_TEXT,
    ),
    row("report: workflows", "wagtailadmin_reports:workflow"),
    row("report: workflow tasks", "wagtailadmin_reports:workflow_tasks"),
    row("report: aging pages", "wagtailadmin_reports:aging_pages"),
    row("report: locked pages", "wagtailadmin_reports:locked_pages"),
    row("report: page types usage", "wagtailadmin_reports:page_types_usage"),
    row("users: list", "wagtailusers_users:index"),
    row("users: new", "wagtailusers_users:add"),
    row("users: edit staff account", "wagtailusers_users:edit", "staff_account"),
    row("users: edit administrator", "wagtailusers_users:edit", "other_admin"),
    row("users: edit superuser", "wagtailusers_users:edit", "superuser"),
    row("users: delete staff account", "wagtailusers_users:delete", "staff_account"),
    row("groups: list", "wagtailusers_groups:index"),
    row("groups: edit administrators' role", "wagtailusers_groups:edit", "administrators_role"),
    row("settings: portal settings", "wagtailsettings:edit", "core", "portalsettings", "site"),
    row("sites: list", "wagtailsites:index"),
    row("collections: list", "wagtailadmin_collections:index"),
    row("workflows: list", "wagtailadmin_workflows:index"),
    row("workflows: tasks", "wagtailadmin_workflows:task_index"),
    row("redirects: list", "wagtailredirects:index"),
    row("media: images", "wagtailimages:index"),
    row("media: documents", "wagtaildocs:index"),
    row("media: edit another's document", "wagtaildocs:edit", "file"),
    row("snippets: index", "wagtailsnippets:index"),
    *_snippet("units", UNITS, "unit"),
    row("units: edit another unit", f"{UNITS}:edit", "other_unit"),
    row("units: list shows another unit", f"{UNITS}:list", shows=_shows("other_unit.name")),
    *_snippet("legal documents", DOCS, "document_own"),
    *_other_units("legal documents", DOCS, "document_other"),
    row("legal documents: delete another unit's", f"{DOCS}:delete", "document_other"),
    row(
        "legal documents: list shows another unit's",
        f"{DOCS}:list",
        shows=_shows("document_other.so_ky_hieu"),
    ),
    row("legal documents: import from file", f"{DOCS}:upload"),
    *_snippet("procedures", PROCS, "procedure_own"),
    *_other_units("procedures", PROCS, "procedure_other"),
    row("procedures: delete another unit's", f"{PROCS}:delete", "procedure_other"),
    row(
        "procedures: list shows another unit's",
        f"{PROCS}:list",
        shows=_shows("procedure_other.ten"),
    ),
    *_snippet("published questions", QS, "published_question"),
    *_snippet("consultations", CONS, "consultation_own"),
    *_other_units("consultations", CONS, "consultation_other"),
    row(
        "consultations: list shows another unit's",
        f"{CONS}:list",
        shows=_shows("consultation_other.title"),
    ),
    *_snippet("delegations", "delegation", "delegation"),
    row("delegations: inspect", "delegation:inspect", "delegation"),
    row("delegations: revoke", "delegation:revoke", "delegation"),
    *_snippet("category assignments", "category_assignment", "assignment"),
    *_snippet("calendar overrides", "calendar_override", "calendar_override"),
    *_snippet("document types", "document_type", "document_type"),
    *_snippet("fields", "document_field", "field"),
    *_snippet("service levels", "service_level", "service_level"),
    # Our own staff screens
    row("questions: queue", "questions_admin:queue"),
    row(
        "questions: queue shows another unit's",
        "questions_admin:queue",
        shows=_shows("question_other.code"),
    ),
    row("questions: overdue", "questions_admin:overdue"),
    row("questions: detail", "questions_admin:detail", "question_own"),
    row("questions: attachment", "questions_admin:attachment", "question_own"),
    row("questions: another unit's detail", "questions_admin:detail", "question_other"),
    row("questions: another unit's attachment", "questions_admin:attachment", "question_other"),
    row("dossiers: queue", "dossiers_admin:queue"),
    row(
        "dossiers: queue shows another unit's",
        "dossiers_admin:queue",
        shows=_shows("dossier_other.code"),
    ),
    row("dossiers: overdue", "dossiers_admin:overdue"),
    row("dossiers: register", "dossiers_admin:register"),
    _register("register_print"),
    _register("register_xlsx"),
    row("dossiers: detail", "dossiers_admin:detail", "dossier_own"),
    row("dossiers: file", "dossiers_admin:download", "dossier_own", "file_own"),
    row("dossiers: form 05", "dossiers_admin:form", "dossier_own", "05"),
    row("dossiers: another unit's detail", "dossiers_admin:detail", "dossier_other"),
    row("dossiers: another unit's file", "dossiers_admin:download", "dossier_other", "file_other"),
    row("dossiers: another unit's form 05", "dossiers_admin:form", "dossier_other", "05"),
    row("consultations: moderation overview", "consultations_admin:overview"),
    row("consultations: moderation queue", "consultations_admin:queue", "consultation_own"),
    row("consultations: export xlsx", "consultations_admin:export_xlsx", "consultation_own"),
    row("consultations: export docx", "consultations_admin:export_docx", "consultation_own"),
    row("consultations: another unit's queue", "consultations_admin:queue", "consultation_other"),
    row(
        "consultations: another unit's export xlsx",
        "consultations_admin:export_xlsx",
        "consultation_other",
    ),
]

PUBLIC_ROWS: list[Row] = [
    _path("/ (home)", lambda w: "/"),
    _path("/tin-tuc/", lambda w: "/tin-tuc/"),
    _path("/tin-tuc/<category>/", lambda w: w.category.url),
    _path("/tin-tuc/<category>/<article>/", lambda w: w.live_article.url),
    _path("/tin-tuc/<category>/<unpublished article>/", lambda w: w.draft_article.url),
    row("/van-ban/", "documents:list"),
    _path("/van-ban/<document>/", _absolute("document_own"), "documents:detail"),
    _path("/van-ban/<document>/?in=1 (print)", _absolute("document_own", "?in=1")),
    row("/thu-tuc-hanh-chinh/", "procedures:list"),
    _path("/thu-tuc-hanh-chinh/<procedure>/", _absolute("procedure_own"), "procedures:detail"),
    _path("/thu-tuc-hanh-chinh/<procedure>/?in=1 (print)", _absolute("procedure_own", "?in=1")),
    row("/dich-vu-cong/", "dossiers:index"),
    row("/dich-vu-cong/nop/<procedure>/", "dossiers:submit", "procedure_own"),
    row(
        "/dich-vu-cong/nop/<procedure>/kiem-tra/ (no draft)",
        "dossiers:review",
        "procedure_own",
        redirect_ok=True,
    ),
    row("/dich-vu-cong/tra-cuu/", "dossiers:track"),
    row("/dich-vu-cong/tra-cuu/gui-lai-ma/", "dossiers:resend_secret"),
    row("/dich-vu-cong/thong-ke/", "dossiers:statistics"),
    _path("/dich-vu-cong/ho-so/<own>/", _dossier_url("status", "dossier_own"), "dossiers:status"),
    _path(
        "/dich-vu-cong/ho-so/<own>/bien-nhan/",
        _dossier_url("receipt", "dossier_own"),
        "dossiers:receipt",
    ),
    _path(
        "/dich-vu-cong/ho-so/<own>/tep/<own file>/",
        _dossier_url("download", "dossier_own", "file_own"),
        "dossiers:download",
    ),
    _path("/dich-vu-cong/ho-so/<another's>/", _dossier_url("status", "dossier_other")),
    _path("/dich-vu-cong/ho-so/<another's>/bien-nhan/", _dossier_url("receipt", "dossier_other")),
    _path(
        "/dich-vu-cong/ho-so/<another's>/tep/<their file>/",
        _dossier_url("download", "dossier_other", "file_other"),
    ),
    _path(
        "/dich-vu-cong/ho-so/<own>/tep/<another's file>/",
        _dossier_url("download", "dossier_own", "file_other"),
    ),
    row("/hoi-dap/", "questions:list"),
    row("/hoi-dap/gui-cau-hoi/", "questions:ask"),
    row("/hoi-dap/tra-cuu/", "questions:track"),
    _path("/hoi-dap/<published>/", _absolute("published_question"), "questions:detail"),
    row("/gop-y/phan-anh-kien-nghi/", "feedback:list"),
    row("/gop-y/phan-anh-kien-nghi/gui/", "feedback:submit"),
    row("/gop-y/phan-anh-kien-nghi/tra-cuu/", "feedback:track"),
    _path(
        "/gop-y/phan-anh-kien-nghi/<published>/",
        _absolute("published_feedback"),
        "feedback:detail",
    ),
    row("/gop-y/", "consultations:list"),
    _path("/gop-y/<consultation>/", _absolute("consultation_own"), "consultations:detail"),
    row("/gop-y/tra-cuu/", "consultations:lookup"),
    row("/api/v1/schema/", "api_v1:openapi-json"),
    row("/api/v1/van-ban/", "api_v1:list_documents"),
    row("/api/v1/van-ban/<id>/", "api_v1:get_document", "document_own"),
    row("/api/v1/gop-y/", "api_v1:list_consultations"),
    row("/api/v1/gop-y/<id>/", "api_v1:get_consultation", "consultation_own"),
    row("/api/v1/hoi-dap/", "api_v1:list_questions"),
    row("/api/v1/hoi-dap/<id>/", "api_v1:get_question", "published_question"),
    row("/rss/", "rss"),
    _path("/sitemap.xml", lambda w: "/sitemap.xml"),
    _path("/robots.txt", lambda w: "/robots.txt"),
    _path("/tai-lieu/<id>/<file>", lambda w: w.file.url, "wagtaildocs_serve"),
]

ROWS = ADMIN_ROWS + PUBLIC_ROWS


# -- URL names deliberately left out of the matrix ---------------------------------------
