"""The citizens of the submissions bench (`submit_load.py`): each one a real HTTP session.

- Dossier: GET the form, POST step 1 (applicant, the procedure's field, a real PDF and a real
  PNG), POST the review page (the final submit), GET the receipt it redirects to.
- Question: GET the form, answer its arithmetic question (Vietnamese number words), POST it
  with a PDF attachment (the final submit); the answer page shows the tracking code.

Each citizen sends `X-Forwarded-For: <its own address>`, as nginx would (PROXY_COUNT=1), so
per-client rate limits count each one apart. In the kill run a request cut off (connection
error, or 502 and above as a proxy would answer) is sent once more, as a person pressing reload
would: the same session, and for the final submit the same form. A dossier's review step sent
again finds the draft id in the session; a question's form sent again carries the same one-time
challenge token. Either way the portal shows the record the cut-off request stored, if it did.
Only when a question's form comes back instead (the cut-off request spent the token and stored
nothing) does the citizen answer the new arithmetic question it shows.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

TIMEOUT = (5, 60)  # connect, read (seconds): every request has both
RETRY_PAUSE = 1.0  # a citizen who sees an error waits a moment before pressing reload
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RECEIPT = re.compile(r"^(?:https?://[^/]+)?/dich-vu-cong/ho-so/([^/]+)/bien-nhan/$")
TRACKING_CODE = re.compile(r'data-testid="tracking-code">([^<]+)<')
CHALLENGE = re.compile(r"(\w+) cộng (\w+) bằng bao nhiêu\?")
CHALLENGE_TOKEN = re.compile(r'name="challenge_token" value="([^"]+)"')
CHALLENGE_SPENT = "Câu hỏi kiểm tra đã"  # "... đã được dùng" / "... đã hết hạn"


class StepFailed(Exception):
    pass


@dataclass
class Target:
    procedure: int
    papers: list[int]
    field_names: list[str]
    linh_vuc: int
    pdf: bytes
    png: bytes


def setup_data() -> Target:
    """The bench procedure (unit with an agency code, two required papers), a subject area."""
    from dossier_load import setup_procedure

    from portal.core.tests.samples import image_bytes, pdf_bytes
    from portal.documents.models import Field
    from portal.procedures.models import Procedure

    procedure = Procedure.objects.get(pk=setup_procedure())
    if not procedure.unit.agency_code:
        raise SystemExit("The bench procedure's unit has no agency code.")
    area, _created = Field.objects.get_or_create(name="Đo tải (bench)")
    return Target(
        procedure=procedure.pk,
        papers=[p.pk for p in procedure.papers.all() if p.upload_required],
        field_names=[f.clean_name for f in procedure.form_fields.all()],
        linh_vuc=area.pk,
        pdf=pdf_bytes(),
        png=image_bytes("PNG"),
    )


@dataclass
class Context:
    base: str
    run_id: str
    target: Target
    retry: bool


@dataclass
class Result:
    kind: str
    index: int
    name: str
    address: str
    ok: bool = False
    code: str = ""
    error: str = ""
    steps: dict[str, float] = field(default_factory=dict)
    retried: list[str] = field(default_factory=list)  # requests cut off and sent again
    resent: dict[str, float] = field(default_factory=dict)  # step -> when sent again (epoch)
    new_challenge: bool = False  # a question's form came back: answered its new question
    session_key: str = ""
    flow: float = 0.0


def citizen(kind: str, ctx: Context, index: int, number: int) -> tuple[Result, requests.Session]:
    label = "Đo tải" if kind == "dossier" else "Hỏi đáp"
    address = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
    session = requests.Session()
    session.headers["X-Forwarded-For"] = address  # as nginx sets it for this citizen
    name = f"{label} {ctx.run_id} {kind[0].upper()}{index:05d}"
    return Result(kind, index, name, address), session


def step(ctx: Context, result: Result, name: str, call: Callable[[], Any]) -> Any:
    """One request, timed; in the kill run a cut-off request (connection error, or 502 and
    above as a proxy would answer) is sent once more, unchanged, with the same session."""
    attempts = 2 if ctx.retry else 1
    for attempt in range(1, attempts + 1):
        started = time.perf_counter()
        try:
            response = call()
            failure = f"HTTP {response.status_code}" if response.status_code >= 502 else ""
        except requests.RequestException as error:
            failure = type(error).__name__
        result.steps[name] = result.steps.get(name, 0.0) + time.perf_counter() - started
        if not failure:
            return response
        if attempt < attempts:
            result.retried.append(f"{name}: {failure}")
            time.sleep(RETRY_PAUSE)
            result.resent.setdefault(name, time.time())
    raise StepFailed(f"{name}: {failure}" + (" (after one retry)" if ctx.retry else ""))


def expect(response: Any, status: int, what: str) -> None:
    if response.status_code != status:
        raise StepFailed(f"{what}: HTTP {response.status_code}")


def csrf_token(page: Any) -> str:
    found = CSRF.search(page.text)
    if found is None:
        raise StepFailed(f"no CSRF token in {page.url} (HTTP {page.status_code})")
    return found.group(1)


# -- dossiers ----------------------------------------------------------------------------


def dossier_data(ctx: Context, result: Result) -> dict[str, str]:
    return {
        "nguoi_nop-applicant_kind": "ca_nhan",
        "nguoi_nop-full_name": result.name,
        "nguoi_nop-id_number": "066090001234",
        "nguoi_nop-birth_date": "1990-05-01",
        "nguoi_nop-address": "Thôn 1, xã Ea Kly",
        "nguoi_nop-phone": "0912345678",
        "nguoi_nop-email": f"d{result.index}.{ctx.run_id}@example.org",
        "nguoi_nop-consent": "on",
        **{f"thong_tin-{name}": "Đề nghị cấp bản sao" for name in ctx.target.field_names},
    }


def dossier_flow(ctx: Context, index: int, number: int) -> Result:
    result, session = citizen("dossier", ctx, index, number)
    target, started = ctx.target, time.perf_counter()
    form_url = f"{ctx.base}/dich-vu-cong/nop/{target.procedure}/"
    kinds = [("to-khai.pdf", target.pdf, "application/pdf"), ("anh.png", target.png, "image/png")]
    files = {f"giay_to-paper_{pk}": kinds[i % 2] for i, pk in enumerate(target.papers)}
    try:
        page = step(ctx, result, "form", lambda: session.get(form_url, timeout=TIMEOUT))
        expect(page, 200, "form")
        token = csrf_token(page)
        data = {**dossier_data(ctx, result), "csrfmiddlewaretoken": token}
        post = {"allow_redirects": False, "timeout": TIMEOUT}
        first = step(
            ctx, result, "step1", lambda: session.post(form_url, data, files=files, **post)
        )
        expect(first, 302, "step 1")
        final = {"csrfmiddlewaretoken": token}
        sent = step(
            ctx, result, "submit", lambda: session.post(f"{form_url}kiem-tra/", final, **post)
        )
        found = RECEIPT.match(sent.headers.get("Location", ""))
        if sent.status_code != 302 or found is None:
            raise StepFailed(f"submit: HTTP {sent.status_code} {sent.headers.get('Location', '')}")
        receipt_url = f"{ctx.base}/dich-vu-cong/ho-so/{found.group(1)}/bien-nhan/"
        receipt = step(ctx, result, "receipt", lambda: session.get(receipt_url, timeout=TIMEOUT))
        expect(receipt, 200, "receipt")
        result.ok, result.code = True, found.group(1)
    except StepFailed as error:
        result.error = str(error)[:200]
    finally:
        result.flow = time.perf_counter() - started
        result.session_key = session.cookies.get("sessionid") or ""
        session.close()
    return result


# -- questions ---------------------------------------------------------------------------


def question_data(ctx: Context, result: Result, page: Any) -> dict[str, str]:
    """The form's fields, with the answer to the arithmetic question shown on `page`."""
    from portal.core.antispam import NUMBERS

    text = html.unescape(page.text)
    question, token = CHALLENGE.search(text), CHALLENGE_TOKEN.search(text)
    if question is None or token is None:
        raise StepFailed(f"no arithmetic question on the form (HTTP {page.status_code})")
    try:
        a, b = (NUMBERS.index(word.lower()) for word in question.groups())
    except ValueError as error:
        raise StepFailed(f"unknown number word in {question.group(0)!r}") from error
    return {
        "csrfmiddlewaretoken": csrf_token(page),
        "name": result.name,
        "email": f"q{result.index}.{ctx.run_id}@example.org",
        "address": "Thôn 2, xã Ea Kly",
        "linh_vuc": str(ctx.target.linh_vuc),
        "title": f"Hỏi về thủ tục cấp bản sao ({result.index})",
        "content": "Xin hỏi thủ tục cấp bản sao giấy khai sinh cần những giấy tờ gì?",
        "consent": "on",
        "website": "",
        "challenge_token": token.group(1),
        "challenge_answer": str(a + b),
    }


def form_again(response: Any) -> bool:
    """The question form came back because its one-time arithmetic question was spent."""
    text = html.unescape(response.text)
    shown = CHALLENGE.search(text) is not None
    return response.status_code == 200 and CHALLENGE_SPENT in text and shown


def question_flow(ctx: Context, index: int, number: int) -> Result:
    result, session = citizen("question", ctx, index, number)
    url, started = f"{ctx.base}/hoi-dap/gui-cau-hoi/", time.perf_counter()
    post = {"files": {"attachment": ("cau-hoi.pdf", ctx.target.pdf)}, "timeout": TIMEOUT}
    try:
        page = step(ctx, result, "form", lambda: session.get(url, timeout=TIMEOUT))
        expect(page, 200, "form")
        data = question_data(ctx, result, page)
        # Cut off, the same form (same challenge token) is sent again: it shows the stored
        # question, or, if the cut-off request stored none, comes back with a new question.
        sent = step(ctx, result, "submit", lambda: session.post(url, data, **post))
        if "submit" in result.resent and form_again(sent):
            result.new_challenge = True
            data = question_data(ctx, result, sent)
            sent = step(ctx, result, "submit", lambda: session.post(url, data, **post))
        expect(sent, 200, "submit")
        found = TRACKING_CODE.search(sent.text)
        if found is None:
            raise StepFailed("submit: the form came back without a tracking code")
        result.ok, result.code = True, found.group(1).strip()
    except StepFailed as error:
        result.error = str(error)[:200]
    finally:
        result.flow = time.perf_counter() - started
        session.close()
    return result
