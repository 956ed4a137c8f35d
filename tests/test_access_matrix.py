"""Access matrix of the whole portal: every identity × every screen, expected outcomes as data.

Rows are the screens of `tests/access_data.py`: every back-office screen (Wagtail's own and
ours), every public URL of ARCHITECTURE.md, and the records of another unit. Columns are the
identities: the anonymous public, a citizen holding one dossier's code and secret, each
staff role of the regulation, and a superuser.

Outcomes: "ok" (200, or the expected redirect), "no" (refused: 403, or Wagtail's redirect to
the admin home; for a row that must show a text, a page without it), "404" (not found: the
record is not revealed), "L" (sent to the admin login). The expectations come from the roles
of ARCHITECTURE.md and the rules of this codebase, never from the code under test:
- unit staff see and change only their own unit's records;
- only administrators manage accounts and settings; only superusers grant superuser status,
  manage groups or edit administrators' accounts;
- Wagtail's reports are never for unit staff; the site history is for the board and the
  administrators, the personal-data audit in it for administrators only; the other reports
  keep Wagtail's own rights (page rights; the page lock right for locked pages);
- citizens reach only their own dossier.
A cell where the code disagrees is listed in DEFECTS with the correct expectation, and runs
as a strict xfail of its own, so the defect stays visible until it is fixed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import URLResolver, get_resolver, reverse

from tests.access_data import DOSSIER_SECRET, ROWS, Row, build_world
from tests.access_excluded import NOT_IN_MATRIX

pytestmark = pytest.mark.django_db

IDENTITIES = [
    "anonymous",
    "citizen",
    "member",
    "deputy",
    "head",
    "delegate",
    "unit_updater",
    "unit_head",
    "portal_admin",
    "superuser",
]
STAFF_FIXTURES = ["member", "deputy", "head", "delegate", "unit_updater", "unit_head"]
OUTCOMES = {"ok", "no", "404", "L"}
ADMIN_HOME = "/quan-tri/"
ADMIN_LOGIN = "/quan-tri/login/"

# -- the expected outcomes ----------------------------------------------------------------

# Columns: anonymous, citizen, member, deputy, head, delegate, unit_updater, unit_head,
# portal_admin, superuser. "ok" reached, "no" refused, "404" not revealed, "L" login page.
EXPECTED_TABLE = """
                                                     | ano cit mem dep hea dlg upd uhd adm sup
dashboard                                            | L   L   ok  ok  ok  ok  ok  ok  ok  ok
2FA: issue code to a staff account                   | L   L   no  no  no  no  no  no  ok  ok
2FA: issue code to an administrator                  | L   L   no  no  no  no  no  no  no  ok
explorer: root (sent on to own subtree)              | L   L   ok  no  no  no  no  no  ok  ok
explorer: category                                   | L   L   ok  no  no  no  no  no  ok  ok
page: add article                                    | L   L   ok  no  no  no  no  no  ok  ok
page: edit draft article                             | L   L   ok  no  no  no  no  no  ok  ok
page: unpublish live article                         | L   L   no  no  no  no  no  no  ok  ok
report: site history                                 | L   L   ok  ok  ok  ok  no  no  ok  ok
report: site history results                         | L   L   ok  ok  ok  ok  no  no  ok  ok
report: site history shows personal-data audit       | L   L   no  no  no  no  no  no  ok  ok
report: workflows                                    | L   L   ok  no  no  no  no  no  ok  ok
report: workflow tasks                               | L   L   ok  no  no  no  no  no  ok  ok
report: aging pages                                  | L   L   ok  no  no  no  no  no  ok  ok
report: locked pages                                 | L   L   no  no  no  no  no  no  no  ok
report: page types usage                             | L   L   ok  no  no  no  no  no  ok  ok
users: list                                          | L   L   no  no  no  no  no  no  ok  ok
users: new                                           | L   L   no  no  no  no  no  no  ok  ok
users: edit staff account                            | L   L   no  no  no  no  no  no  ok  ok
users: edit administrator                            | L   L   no  no  no  no  no  no  no  ok
users: edit superuser                                | L   L   no  no  no  no  no  no  no  ok
users: delete staff account                          | L   L   no  no  no  no  no  no  no  ok
groups: list                                         | L   L   no  no  no  no  no  no  no  ok
groups: edit administrators' role                    | L   L   no  no  no  no  no  no  no  ok
settings: portal settings                            | L   L   no  no  no  no  no  no  ok  ok
sites: list                                          | L   L   no  no  no  no  no  no  no  ok
collections: list                                    | L   L   no  no  no  no  no  no  no  ok
workflows: list                                      | L   L   no  no  no  no  no  no  no  ok
workflows: tasks                                     | L   L   no  no  no  no  no  no  no  ok
redirects: list                                      | L   L   no  no  no  no  no  no  no  ok
media: images                                        | L   L   ok  ok  ok  ok  ok  no  ok  ok
media: documents                                     | L   L   ok  ok  ok  ok  ok  no  ok  ok
media: edit another's document                       | L   L   no  no  no  no  no  no  no  ok
snippets: index                                      | L   L   ok  ok  ok  no  no  no  ok  ok
units: list                                          | L   L   no  no  no  no  ok  ok  ok  ok
units: add                                           | L   L   no  no  no  no  no  no  ok  ok
units: edit                                          | L   L   no  no  no  no  ok  ok  ok  ok
units: delete                                        | L   L   no  no  no  no  no  no  ok  ok
units: history                                       | L   L   no  no  no  no  ok  ok  ok  ok
units: edit another unit                             | L   L   no  no  no  no  no  no  ok  ok
units: list shows another unit                       | L   L   no  no  no  no  no  no  ok  ok
legal documents: list                                | L   L   ok  ok  ok  no  ok  no  ok  ok
legal documents: add                                 | L   L   ok  no  no  no  ok  no  ok  ok
legal documents: edit                                | L   L   ok  no  no  no  ok  no  ok  ok
legal documents: delete                              | L   L   no  no  no  no  no  no  ok  ok
legal documents: history                             | L   L   ok  no  no  no  ok  no  ok  ok
legal documents: edit another unit's                 | L   L   ok  no  no  no  no  no  ok  ok
legal documents: history of another unit's           | L   L   ok  no  no  no  no  no  ok  ok
legal documents: copy another unit's                 | L   L   ok  no  no  no  no  no  ok  ok
legal documents: workflow history of another unit's  | L   L   ok  no  no  no  no  no  ok  ok
legal documents: compare revisions of another unit's | L   L   ok  no  no  no  no  no  ok  ok
legal documents: revert another unit's revision      | L   L   ok  no  no  no  no  no  ok  ok
legal documents: delete another unit's               | L   L   no  no  no  no  no  no  ok  ok
legal documents: list shows another unit's           | L   L   ok  ok  ok  no  no  no  ok  ok
legal documents: import from file                    | L   L   ok  no  no  no  ok  no  ok  ok
procedures: list                                     | L   L   ok  ok  ok  no  ok  ok  ok  ok
procedures: add                                      | L   L   no  no  no  no  ok  ok  ok  ok
procedures: edit                                     | L   L   no  no  no  no  ok  ok  ok  ok
procedures: delete                                   | L   L   no  no  no  no  no  no  ok  ok
procedures: history                                  | L   L   no  no  no  no  ok  ok  ok  ok
procedures: edit another unit's                      | L   L   no  no  no  no  no  no  ok  ok
procedures: history of another unit's                | L   L   no  no  no  no  no  no  ok  ok
procedures: copy another unit's                      | L   L   no  no  no  no  no  no  ok  ok
procedures: workflow history of another unit's       | L   L   no  no  no  no  no  no  ok  ok
procedures: compare revisions of another unit's      | L   L   no  no  no  no  no  no  ok  ok
procedures: revert another unit's revision           | L   L   no  no  no  no  no  no  ok  ok
procedures: delete another unit's                    | L   L   no  no  no  no  no  no  ok  ok
procedures: list shows another unit's                | L   L   ok  ok  ok  no  no  no  ok  ok
published questions: list                            | L   L   ok  ok  ok  no  no  no  ok  ok
published questions: add                             | L   L   ok  no  no  no  no  no  ok  ok
published questions: edit                            | L   L   ok  no  no  no  no  no  ok  ok
published questions: delete                          | L   L   no  no  no  no  no  no  ok  ok
published questions: history                         | L   L   ok  no  no  no  no  no  ok  ok
consultations: list                                  | L   L   ok  ok  ok  no  ok  ok  ok  ok
consultations: add                                   | L   L   ok  no  no  no  ok  ok  ok  ok
consultations: edit                                  | L   L   ok  no  no  no  ok  ok  ok  ok
consultations: delete                                | L   L   no  no  no  no  no  no  ok  ok
consultations: history                               | L   L   ok  no  no  no  ok  ok  ok  ok
consultations: edit another unit's                   | L   L   ok  no  no  no  no  no  ok  ok
consultations: history of another unit's             | L   L   ok  no  no  no  no  no  ok  ok
consultations: copy another unit's                   | L   L   ok  no  no  no  no  no  ok  ok
consultations: workflow history of another unit's    | L   L   ok  no  no  no  no  no  ok  ok
consultations: compare revisions of another unit's   | L   L   ok  no  no  no  no  no  ok  ok
consultations: revert another unit's revision        | L   L   ok  no  no  no  no  no  ok  ok
consultations: list shows another unit's             | L   L   ok  ok  ok  no  no  no  ok  ok
delegations: list                                    | L   L   no  ok  ok  no  no  no  ok  ok
delegations: add                                     | L   L   no  ok  ok  no  no  no  ok  ok
delegations: edit                                    | L   L   no  no  no  no  no  no  ok  ok
delegations: delete                                  | L   L   no  no  no  no  no  no  no  ok
delegations: history                                 | L   L   no  ok  no  no  no  no  ok  ok
delegations: inspect                                 | L   L   no  ok  no  no  no  no  ok  ok
delegations: revoke                                  | L   L   404 ok  404 no  404 404 ok  ok
category assignments: list                           | L   L   no  no  ok  no  no  no  ok  ok
category assignments: add                            | L   L   no  no  ok  no  no  no  ok  ok
category assignments: edit                           | L   L   no  no  ok  no  no  no  ok  ok
category assignments: delete                         | L   L   no  no  no  no  no  no  ok  ok
category assignments: history                        | L   L   no  no  ok  no  no  no  ok  ok
calendar overrides: list                             | L   L   no  no  no  no  no  no  ok  ok
calendar overrides: add                              | L   L   no  no  no  no  no  no  ok  ok
calendar overrides: edit                             | L   L   no  no  no  no  no  no  ok  ok
calendar overrides: delete                           | L   L   no  no  no  no  no  no  ok  ok
calendar overrides: history                          | L   L   no  no  no  no  no  no  ok  ok
document types: list                                 | L   L   no  no  no  no  no  no  ok  ok
document types: add                                  | L   L   no  no  no  no  no  no  ok  ok
document types: edit                                 | L   L   no  no  no  no  no  no  ok  ok
document types: delete                               | L   L   no  no  no  no  no  no  ok  ok
document types: history                              | L   L   no  no  no  no  no  no  ok  ok
fields: list                                         | L   L   no  no  no  no  no  no  ok  ok
fields: add                                          | L   L   no  no  no  no  no  no  ok  ok
fields: edit                                         | L   L   no  no  no  no  no  no  ok  ok
fields: delete                                       | L   L   no  no  no  no  no  no  ok  ok
fields: history                                      | L   L   no  no  no  no  no  no  ok  ok
service levels: list                                 | L   L   no  no  no  no  no  no  ok  ok
service levels: add                                  | L   L   no  no  no  no  no  no  ok  ok
service levels: edit                                 | L   L   no  no  no  no  no  no  ok  ok
service levels: delete                               | L   L   no  no  no  no  no  no  ok  ok
service levels: history                              | L   L   no  no  no  no  no  no  ok  ok
questions: queue                                     | L   L   ok  ok  ok  no  ok  ok  ok  ok
questions: queue shows another unit's                | L   L   ok  ok  ok  no  no  no  ok  ok
questions: overdue                                   | L   L   ok  ok  ok  no  no  no  ok  ok
questions: detail                                    | L   L   ok  ok  ok  no  ok  ok  ok  ok
questions: attachment                                | L   L   ok  ok  ok  no  ok  ok  ok  ok
questions: another unit's detail                     | L   L   ok  ok  ok  no  404 404 ok  ok
questions: another unit's attachment                 | L   L   ok  ok  ok  no  404 404 ok  ok
dossiers: queue                                      | L   L   no  no  no  no  ok  ok  no  ok
dossiers: queue shows another unit's                 | L   L   no  no  no  no  no  no  no  ok
dossiers: overdue                                    | L   L   no  no  no  no  ok  ok  no  ok
dossiers: register                                   | L   L   no  no  no  no  ok  ok  no  ok
dossiers: register print                             | L   L   no  no  no  no  ok  ok  no  ok
dossiers: register xlsx                              | L   L   no  no  no  no  ok  ok  no  ok
dossiers: detail                                     | L   L   no  no  no  no  ok  ok  no  ok
dossiers: file                                       | L   L   no  no  no  no  ok  ok  no  ok
dossiers: form 05                                    | L   L   no  no  no  no  ok  ok  no  ok
dossiers: another unit's detail                      | L   L   no  no  no  no  404 404 no  ok
dossiers: another unit's file                        | L   L   no  no  no  no  404 404 no  ok
dossiers: another unit's form 05                     | L   L   no  no  no  no  404 404 no  ok
consultations: moderation overview                   | L   L   ok  ok  ok  no  ok  ok  ok  ok
consultations: moderation queue                      | L   L   ok  ok  ok  no  ok  ok  ok  ok
consultations: export xlsx                           | L   L   ok  ok  ok  no  ok  ok  ok  ok
consultations: export docx                           | L   L   ok  ok  ok  no  ok  ok  ok  ok
consultations: another unit's queue                  | L   L   ok  ok  ok  no  404 404 ok  ok
consultations: another unit's export xlsx            | L   L   ok  ok  ok  no  404 404 ok  ok
/ (home)                                             | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/tin-tuc/                                            | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/tin-tuc/<category>/                                 | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/tin-tuc/<category>/<article>/                       | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/tin-tuc/<category>/<unpublished article>/           | 404 404 404 404 404 404 404 404 404 404
/van-ban/                                            | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/van-ban/<document>/                                 | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/van-ban/<document>/?in=1 (print)                    | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/thu-tuc-hanh-chinh/                                 | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/thu-tuc-hanh-chinh/<procedure>/                     | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/thu-tuc-hanh-chinh/<procedure>/?in=1 (print)        | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/                                       | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/nop/<procedure>/                       | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/nop/<procedure>/kiem-tra/ (no draft)   | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/tra-cuu/                               | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/tra-cuu/gui-lai-ma/                    | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/thong-ke/                              | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/dich-vu-cong/ho-so/<own>/                           | 404 ok  404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<own>/bien-nhan/                 | 404 ok  404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<own>/tep/<own file>/            | 404 ok  404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<another's>/                     | 404 404 404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<another's>/bien-nhan/           | 404 404 404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<another's>/tep/<their file>/    | 404 404 404 404 404 404 404 404 404 404
/dich-vu-cong/ho-so/<own>/tep/<another's file>/      | 404 404 404 404 404 404 404 404 404 404
/hoi-dap/                                            | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/hoi-dap/gui-cau-hoi/                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/hoi-dap/tra-cuu/                                    | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/hoi-dap/<published>/                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/phan-anh-kien-nghi/                           | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/phan-anh-kien-nghi/gui/                       | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/phan-anh-kien-nghi/tra-cuu/                   | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/phan-anh-kien-nghi/<published>/               | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/                                              | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/<consultation>/                               | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/gop-y/tra-cuu/                                      | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/schema/                                      | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/van-ban/                                     | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/van-ban/<id>/                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/gop-y/                                       | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/gop-y/<id>/                                  | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/hoi-dap/                                     | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/api/v1/hoi-dap/<id>/                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/rss/                                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/sitemap.xml                                         | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/robots.txt                                          | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
/tai-lieu/<id>/<file>                                | ok  ok  ok  ok  ok  ok  ok  ok  ok  ok
"""


def _parse(table: str) -> dict[str, dict[str, str]]:
    expected = {}
    for line in table.strip().splitlines()[1:]:
        key, cells = line.split(" | ")
        expected[key.rstrip()] = dict(zip(IDENTITIES, cells.split(), strict=True))
    return expected


EXPECTED = _parse(EXPECTED_TABLE)


# Cells where the code disagrees with the rules: the table above holds the correct outcome;
# each cell listed here runs as a strict xfail in test_known_defect until it is fixed.
DEFECTS: dict[tuple[str, str], str] = {}

# -- observing ----------------------------------------------------------------------------


@pytest.fixture
def world(request, settings, tmp_path, unit, other_unit, category, assignment, make_article):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"  # citizens' files
    users = [*STAFF_FIXTURES, "portal_admin", "other_member"]
    fixtures = {name: request.getfixturevalue(name) for name in users}
    fixtures.update(
        unit=unit,
        other_unit=other_unit,
        category=category,
        assignment=assignment,
        make_article=make_article,
    )
    return build_world(fixtures)


def sign_in(client, w: Any, identity: str) -> None:
    if identity == "anonymous":
        return
    if identity == "citizen":  # unlocks their own dossier in this browser's session
        data = {"code": w.dossier_own.code, "secret": DOSSIER_SECRET}
        response = client.post(reverse("dossiers:track"), data)
        assert response.status_code == 302, response.content.decode()[:2000]
        return
    client.force_login(getattr(w, identity))


def fetch(client, url: str) -> tuple[Any, str, bytes]:
    """Status, redirect target and body of a GET; a crash is one more mismatch to report."""
    try:
        response = client.get(url)
    except Exception as exc:  # noqa: BLE001
        return f"crash ({type(exc).__name__}: {exc})"[:150], "", b""
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # consume it: the test client then closes the file
        return response.status_code, "", b""
    return response.status_code, response.get("Location", ""), response.content


def outcome(answer: tuple[Any, str, bytes], row: Row, w: Any) -> str:
    status, location, body = answer
    if status == 404:
        return "404"
    if status == 403 or (status == 302 and location == ADMIN_HOME):
        return "no"
    if status == 302 and location.startswith(ADMIN_LOGIN):
        return "L"
    if status == 200:
        return "no" if row.shows and row.shows(w).encode() not in body else "ok"
    if status in (301, 302) and row.redirect_ok:
        return "ok"
    return f"{status} {location}".strip()


def observe(client, w: Any, identity: str, rows: list[Row]) -> dict[str, str]:
    """The outcome of every row for one identity (each URL fetched once)."""
    sign_in(client, w, identity)
    answers: dict[str, tuple[Any, str, bytes]] = {}
    seen = {}
    for row in rows:
        url = row.url(w)
        if url not in answers:
            answers[url] = fetch(client, url)
        seen[row.key] = outcome(answers[url], row, w)
    return seen


# -- the tests ----------------------------------------------------------------------------

# What test_access_matrix saw, by identity: test_known_defect reads its cell from here when
# the matrix ran first in this process, and observes the cell itself otherwise.
OBSERVED: dict[str, dict[str, str]] = {}


@pytest.mark.parametrize("identity", IDENTITIES)
def test_access_matrix(client, world, identity):
    seen = observe(client, world, identity, ROWS)
    OBSERVED[identity] = seen
    wrong = [
        (key, EXPECTED[key][identity], seen[key])
        for key in EXPECTED
        if (key, identity) not in DEFECTS and seen[key] != EXPECTED[key][identity]
    ]
    width = max((len(key) for key, _, _ in wrong), default=0)
    report = "\n".join(f"{key:<{width}}  expected {exp:<6} got {got}" for key, exp, got in wrong)
    assert not wrong, f"{identity}: {len(wrong)} screens disagree with the matrix\n{report}"


ROW_BY_KEY = {row.key: row for row in ROWS}


@pytest.mark.parametrize(
    ("key", "identity"),
    [
        pytest.param(key, who, id=f"{who}: {key}", marks=pytest.mark.xfail(strict=True, reason=why))
        for (key, who), why in DEFECTS.items()
    ],
)
def test_known_defect(client, request, key, identity):
    seen = OBSERVED.get(identity)
    if seen is None:
        world = request.getfixturevalue("world")
        seen = observe(client, world, identity, [ROW_BY_KEY[key]])
    assert seen[key] == EXPECTED[key][identity]


def test_the_table_has_one_valid_line_per_row():
    keys = [row.key for row in ROWS]
    assert len(keys) == len(set(keys)), "two rows share a key"
    assert set(EXPECTED) == set(keys)
    assert all(set(cells.values()) <= OUTCOMES for cells in EXPECTED.values())
    assert set(DEFECTS) <= {(key, who) for key in keys for who in IDENTITIES}


def _url_patterns(patterns: list[Any], prefix: str = "", namespace: str = "") -> Any:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            joined = f"{namespace}:{inner}" if namespace and inner else namespace or inner
            yield from _url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), joined)
        else:
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield prefix + str(pattern.pattern), name


# Unnamed paths: the access checks put in front of Wagtail's own views of the same path
# (the reports, checked through their named twins, the page editor and page workflow
# actions), Wagtail's catch-all 404 pages, and two public files that have rows of their own.
UNNAMED_PATHS = {
    "quan-tri/pages/<int:page_id>/edit/",
    "quan-tri/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
    "quan-tri/test404/",
    "quan-tri/^.*/$",
    "sitemap.xml",
    "robots.txt",
}


def test_every_url_is_in_the_matrix_or_left_out_with_a_reason():
    """A new screen fails here until it gets a row (or a reason to be left out)."""
    patterns = list(_url_patterns(get_resolver().url_patterns))
    names = {name for _path, name in patterns if name}
    covered = {row.name for row in ROWS if row.name}
    left_out = set().union(*NOT_IN_MATRIX.values())
    missing = sorted(names - covered - left_out)
    assert not missing, f"URL names with no row and no reason to be left out: {missing}"
    gone = sorted((covered | left_out) - names)
    assert not gone, f"rows or reasons for URL names that no longer exist: {gone}"
    both = sorted(covered & left_out)
    assert not both, f"URL names both in the matrix and left out of it: {both}"
    unnamed = {path for path, name in patterns if not name}
    assert {path for path in unnamed if not path.startswith("quan-tri/reports/")} == UNNAMED_PATHS
