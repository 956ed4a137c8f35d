"""Load test of online dossier submission against a RUNNING portal on this machine.

Each simulated citizen goes through the real public flow: GET the form (CSRF cookie and
token), POST step 1 with two attachments, POST the review page, which creates the dossier
and redirects to its receipt. Afterwards the database is read through the Django ORM with
the same settings as the server (same DATABASE_URL / SQLITE_PATH): every submission must be
stored exactly once, with a unique code and its two files.

The portal allows 20 submissions per hour per IP address, so each citizen connects from its
own loopback address (127.0.0.2, 127.0.0.3, ...): distinct clients, as in real life. Only
loopback targets are accepted; the count, concurrency and duration are bounded.

Usage (the server and the bench share the database settings):
    export DEBUG=1 SQLITE_PATH=/tmp/portal_bench.sqlite3     # or DATABASE_URL=postgres://...
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/dossier_load.py --setup            # creates the bench procedure
    .venv/bin/python manage.py runserver 127.0.0.1:8077 &
    .venv/bin/python bench/dossier_load.py --count 50 --concurrency 8
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import requests
from requests.adapters import HTTPAdapter

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_COUNT, MAX_CONCURRENCY, MAX_SECONDS = 1000, 32, 1800
BENCH_UNIT = "do-tai-mot-cua"
BENCH_PROCEDURE = "Thủ tục đo tải (bench)"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CODE = re.compile(r"/dich-vu-cong/ho-so/([^/]+)/bien-nhan/$")


def pdf_bytes(size_kb: int) -> bytes:
    """A one-page PDF that a PDF library opens (uploads are checked structurally), padded
    with a comment after its end to about `size_kb`."""
    from io import BytesIO

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = BytesIO()
    writer.write(buffer)
    document = buffer.getvalue()
    padding = max(size_kb * 1024 - len(document), 0)
    return document + b"%" + b"0" * padding + b"\n"


def png_bytes() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 64), (30, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


PNG = png_bytes()


# -- database side (Django ORM, same settings as the server) -----------------------------


def django_setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()


def setup_procedure() -> int:
    """Create (once) a unit and an online procedure with two required papers; return its pk."""
    from decimal import Decimal

    from portal.core.models import Unit
    from portal.procedures.models import (
        Procedure,
        ProcedureFormField,
        ProcedurePaper,
        ServiceLevel,
    )

    unit, _created = Unit.objects.get_or_create(
        code=BENCH_UNIT,
        defaults={
            "name": "Bộ phận Một cửa (đo tải)",
            "kind": "ubnd",
            "agency_code": "000.00.99.H99",
        },
    )
    existing = Procedure.objects.filter(ten=BENCH_PROCEDURE, unit=unit).first()
    if existing:
        return int(existing.pk)
    level = ServiceLevel.objects.filter(accepts_online=True).first()
    if level is None:
        level = ServiceLevel.objects.create(label="Trực tuyến (đo tải)", accepts_online=True)
    record = Procedure(
        ten=BENCH_PROCEDURE,
        unit=unit,
        truc_tuyen=True,
        service_level=level,
        thoi_han=Decimal(3),
        live=True,
    )
    record.papers = [ProcedurePaper(name="Tờ khai"), ProcedurePaper(name="Ảnh giấy tờ")]
    record.form_fields = [
        ProcedureFormField(label="Nội dung đề nghị", field_type="singleline", required=True)
    ]
    record.save()
    return int(record.pk)


def bench_procedure() -> Any:
    from portal.procedures.models import Procedure

    procedure = Procedure.objects.filter(ten=BENCH_PROCEDURE, unit__code=BENCH_UNIT).first()
    if procedure is None:
        raise SystemExit("Chưa có thủ tục đo tải: chạy trước với --setup.")
    return procedure


def verify(procedure: Any, run_id: str, codes: list[str]) -> list[str]:
    """Problems found in the database (empty when every submission is stored exactly once)."""
    from portal.dossiers.models import Dossier, DossierFile

    stored = Dossier.objects.filter(procedure=procedure, full_name__startswith=f"Đo tải {run_id} ")
    names = list(stored.values_list("full_name", flat=True))
    stored_codes = list(stored.values_list("code", flat=True))
    problems = []
    if len(names) != len(codes):
        problems.append(f"{len(codes)} lần nộp thành công nhưng CSDL có {len(names)} hồ sơ")
    if len(set(names)) != len(names):
        problems.append("có lần nộp được lưu hai lần")
    if len(set(stored_codes)) != len(stored_codes) or sorted(stored_codes) != sorted(codes):
        problems.append("mã hồ sơ trùng hoặc không khớp với biên nhận")
    files = DossierFile.objects.filter(dossier__in=stored).count()
    if files != 2 * len(names):
        problems.append(f"có {files} tệp, cần {2 * len(names)}")
    return problems


# -- HTTP side ---------------------------------------------------------------------------


class SourceAddressAdapter(HTTPAdapter):
    """Connect from a given local address (one loopback address per simulated citizen)."""

    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


@dataclass
class Result:
    index: int
    ok: bool
    code: str = ""
    error: str = ""
    steps: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return sum(self.steps.values())


def citizen_address(index: int) -> str:
    return f"127.0.{index // 250}.{2 + index % 250}"


def _timed(result: Result, step: str, call: Any) -> requests.Response:
    started = time.perf_counter()
    response = call()
    result.steps[step] = time.perf_counter() - started
    return response


def submit_one(base: str, procedure: Any, index: int, run_id: str, pdf: bytes) -> Result:
    result = Result(index, ok=False)
    session = requests.Session()
    if urlparse(base).hostname != "::1":
        session.mount("http://", SourceAddressAdapter(citizen_address(index)))
    form_url = f"{base}/dich-vu-cong/nop/{procedure['pk']}/"
    try:
        page = _timed(result, "get_form", lambda: session.get(form_url, timeout=60))
        token = TOKEN.search(page.text)
        if page.status_code != 200 or token is None:
            raise RuntimeError(f"GET biểu mẫu: {page.status_code}")
        data = {
            "csrfmiddlewaretoken": token.group(1),
            "nguoi_nop-applicant_kind": "ca_nhan",
            "nguoi_nop-full_name": f"Đo tải {run_id} {index:05d}",
            "nguoi_nop-id_number": "066090001234",
            "nguoi_nop-birth_date": "1990-05-01",
            "nguoi_nop-address": "Thôn 1, xã Ea Kly",
            "nguoi_nop-phone": "0912345678",
            "nguoi_nop-consent": "on",
            "thong_tin-noi_dung_de_nghi": "Đề nghị cấp bản sao",
        }
        first, second = procedure["papers"]
        files = {
            f"giay_to-paper_{first}": ("to-khai.pdf", pdf, "application/pdf"),
            f"giay_to-paper_{second}": ("anh.png", PNG, "image/png"),
        }
        step1 = _timed(
            result,
            "post_step1",
            lambda: session.post(
                form_url, data=data, files=files, allow_redirects=False, timeout=60
            ),
        )
        if step1.status_code != 302:
            raise RuntimeError(f"POST bước 1: {step1.status_code}")
        review = _timed(
            result,
            "post_review",
            lambda: session.post(
                f"{form_url}kiem-tra/",
                data={"csrfmiddlewaretoken": token.group(1)},
                headers={"Referer": form_url},
                allow_redirects=False,
                timeout=60,
            ),
        )
        found = CODE.search(review.headers.get("Location", ""))
        if review.status_code != 302 or found is None:
            raise RuntimeError(f"POST kiểm tra: {review.status_code}")
        result.ok, result.code = True, found.group(1)
    except (requests.RequestException, RuntimeError) as error:
        result.error = str(error)[:200]
    finally:
        session.close()
    return result


def run(args: argparse.Namespace, procedure: dict[str, Any], run_id: str) -> list[Result]:
    pdf = pdf_bytes(args.pdf_kb)
    deadline = time.monotonic() + args.max_seconds
    results: list[Result] = []
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        futures = [
            pool.submit(submit_one, args.base_url, procedure, i, run_id, pdf)
            for i in range(args.count)
        ]
        for future in as_completed(futures):
            results.append(future.result())
            if time.monotonic() > deadline:
                for pending in futures:
                    pending.cancel()
                print("Hết thời gian cho phép: dừng gửi thêm.")
                break
    return results


# -- report ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(round(share * (len(ordered) - 1))), len(ordered) - 1)]


def describe(label: str, values: list[float]) -> str:
    if not values:
        return f"{label}: —"
    ms = [v * 1000 for v in values]
    return (
        f"{label}: trung bình {statistics.mean(ms):.0f} ms, p50 {percentile(ms, 0.5):.0f}, "
        f"p90 {percentile(ms, 0.9):.0f}, p99 {percentile(ms, 0.99):.0f}, tối đa {max(ms):.0f}"
    )


def report(results: list[Result], wall: float, args: argparse.Namespace) -> None:
    ok = [r for r in results if r.ok]
    print(f"Máy chủ: {args.base_url}   CSDL: {database_label()}")
    print(f"Lần nộp: {len(results)} (song song {args.concurrency}), thành công {len(ok)}")
    print(
        f"Thời gian: {wall:.2f} s; thông lượng {len(ok) / wall:.2f} hồ sơ/s, "
        f"{3 * len(ok) / wall:.2f} yêu cầu/s"
    )
    print(describe("Mỗi hồ sơ (3 yêu cầu)", [r.total for r in ok]))
    for step in ["get_form", "post_step1", "post_review"]:
        print(describe(f"  {step}", [r.steps[step] for r in ok if step in r.steps]))
    for failure in [r for r in results if not r.ok][:10]:
        print(f"  lỗi #{failure.index}: {failure.error}")


def database_label() -> str:
    from django.db import connection

    return f"{connection.vendor} {connection.settings_dict['NAME']}"


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8077")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pdf-kb", type=int, default=200, help="size of the PDF attachment")
    parser.add_argument("--max-seconds", type=int, default=600)
    parser.add_argument("--setup", action="store_true", help="create the bench procedure")
    args = parser.parse_args(argv)
    if urlparse(args.base_url).hostname not in LOOPBACK:
        parser.error("chỉ đo tải máy chủ trên máy này (127.0.0.1, localhost, ::1)")
    if not (0 < args.count <= MAX_COUNT and 0 < args.concurrency <= MAX_CONCURRENCY):
        parser.error(f"--count ≤ {MAX_COUNT}, --concurrency ≤ {MAX_CONCURRENCY}")
    if not (0 < args.max_seconds <= MAX_SECONDS and 0 < args.pdf_kb <= 5000):
        parser.error(f"--max-seconds ≤ {MAX_SECONDS}, --pdf-kb ≤ 5000")
    return args


def main(argv: list[str]) -> int:
    args = arguments(argv)
    django_setup()
    if args.setup:
        print(f"Thủ tục đo tải: pk={setup_procedure()} ({database_label()})")
        return 0
    record = bench_procedure()
    procedure = {"pk": record.pk, "papers": [p.pk for p in record.papers.all()]}
    run_id = uuid.uuid4().hex[:8]
    started = time.perf_counter()
    results = run(args, procedure, run_id)
    report(results, time.perf_counter() - started, args)
    problems = verify(record, run_id, [r.code for r in results if r.ok])
    print(
        "Kiểm tra CSDL: "
        + (
            "đạt, mỗi lần nộp lưu đúng một hồ sơ, mã không trùng"
            if not problems
            else "; ".join(problems)
        )
    )
    return 0 if not problems and all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
