"""Citizens' submissions under load on a production-like server, and proof that none is lost.

The bench starts its own server: gunicorn (gthread, 4 workers x 8 threads by default) serving
`portal.wsgi:application` with DEBUG off, PostgreSQL (its own database) and Redis (its own db
number, flushed first) for cache and sessions, files in a temporary directory. N citizens submit
a dossier and M ask a question, C at a time, each its own HTTP session with its own client
address (the flows: `load_flows.py`). Then the database and the files are checked
(`load_checks.py`) and the results printed as two Markdown tables.

`--kill-worker` sends SIGKILL to one gunicorn worker mid-load (`--kills K`: K of them, spread
out; gunicorn starts a new one each time, see `load_server.py`). Citizens whose request was cut
off send it once more, the final submit with the same form, as a person pressing reload would.
The files no record claims are counted, then `purge_personal_data` runs with
UNCLAIMED_UPLOAD_MAX_AGE_HOURS=0 and the count must be 0.

Usage (PostgreSQL with trust auth and Redis on 127.0.0.1):
    .venv/bin/python bench/submit_load.py                  # 500 + 500 citizens, 50 at a time
    .venv/bin/python bench/submit_load.py --kill-worker    # --kills 5: five workers
    .venv/bin/python bench/submit_load.py --dossiers 50 --questions 50 --concurrency 10
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from urllib.parse import urlparse

from load_checks import (
    KINDS,
    Census,
    Check,
    Records,
    Stored,
    check_kind,
    file_census,
    resend_outcome,
    stored_records,
)
from load_flows import Context, Result, dossier_flow, question_flow, setup_data
from load_server import REPO, Gunicorn, Kill, kill_workers

sys.path.insert(0, str(REPO))  # the portal, imported once the server's settings are in place

PROTECTED_DATABASES = {"postgres", "template0", "template1", "test", "test_test", "mainpg"}
PORTAL_VARIABLES = {
    "DEBUG", "SECRET_KEY", "SECRET_KEY_FILE", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "BASE_URL",
    "DATABASE_URL", "SQLITE_PATH", "DB_CONN_MAX_AGE", "REDIS_URL", "BEHIND_PROXY", "PROXY_COUNT",
    "SECURE_SSL_REDIRECT", "SECURE_COOKIES", "EMAIL_HOST", "TASK_BACKEND", "MEDIA_ROOT",
    "STATIC_ROOT", "PRIVATE_MEDIA_ROOT", "UNCLAIMED_UPLOAD_MAX_AGE_HOURS", "DOSSIER_MAX_FILE_MB",
}  # fmt: skip


# -- services and settings --------------------------------------------------------------


def prepare_services(args: argparse.Namespace) -> None:
    """Check PostgreSQL and Redis (a clear message if absent), create the database, flush
    this bench's Redis db."""
    import psycopg
    import redis
    from psycopg import sql

    try:
        with psycopg.connect(
            args.pg_url, dbname="postgres", autocommit=True, connect_timeout=5
        ) as db:
            name = sql.Identifier(args.database)
            if args.fresh_db:
                db.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            found = db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [args.database])
            if found.fetchone() is None:
                db.execute(sql.SQL("CREATE DATABASE {}").format(name))
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL at {args.pg_url} (is it running?): {error}") from error
    try:
        redis.Redis.from_url(args.redis_url, socket_connect_timeout=3).flushdb()
    except redis.RedisError as error:
        raise SystemExit(f"Redis is not reachable at {args.redis_url}: {error}") from error


def server_env(args: argparse.Namespace, tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PORTAL_VARIABLES}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1",
            "BASE_URL": f"http://127.0.0.1:{args.port}",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "BEHIND_PROXY": "true",
            "PROXY_COUNT": "1",
            "DATABASE_URL": f"{args.pg_url.rstrip('/')}/{args.database}",
            "REDIS_URL": args.redis_url,
            "MEDIA_ROOT": str(tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp / "private-media"),
            "STATIC_ROOT": str(tmp / "static"),
        }
    )
    return env


def manage(env: dict[str, str], *command: str) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


# -- the load ----------------------------------------------------------------------------


def run_load(
    args: argparse.Namespace, ctx: Context, server: Gunicorn
) -> tuple[list[Result], list[Kill], float]:
    jobs: list[tuple[Callable[[Context, int, int], Result], int]] = []
    for i in range(max(args.dossiers, args.questions)):  # both kinds at once, interleaved
        jobs += [(dossier_flow, i)] if i < args.dossiers else []
        jobs += [(question_flow, i)] if i < args.questions else []
    count = args.kills if args.kill_worker else 0  # spread between 20 % and 80 % of the load
    points = [round(len(jobs) * (0.2 + 0.6 * (k + 1) / (count + 1))) for k in range(count)]
    results: list[Result] = []
    kills: list[Kill] = []
    stop, started = threading.Event(), time.perf_counter()
    killer = threading.Thread(
        target=kill_workers, args=(server, points, results.__len__, kills, stop, started)
    )
    killer.start()
    try:
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            futures = [pool.submit(flow, ctx, i, n + 1) for n, (flow, i) in enumerate(jobs)]
            for future in as_completed(futures):
                results.append(future.result())
                if time.perf_counter() - started > args.max_seconds:
                    print("--max-seconds reached: the remaining citizens are not sent.")
                    for pending in futures:
                        pending.cancel()
                    break
    finally:
        stop.set()
        killer.join()
    return results, kills, time.perf_counter() - started


# -- report ------------------------------------------------------------------------------


def spread(values: list[float]) -> str:
    """p50 / p95 / max in milliseconds (nearest rank)."""
    if not values:
        return "–"
    ms = sorted(v * 1000 for v in values)
    p50, p95 = (ms[max(0, -(-len(ms) * p // 100) - 1)] for p in (50, 95))
    return f"{p50:.0f} / {p95:.0f} / {ms[-1]:.0f} ms"


def tables(
    mode: str,
    results: list[Result],
    wall: float,
    checks: list[Check],
    census: Census,
    after: Census | None,
) -> list[str]:
    speed = [
        "| run | kind | submitted / citizens | throughput | whole flow p50 / p95 / max "
        "| final submit p50 / p95 / max | requests retried |",
        "| --- " * 7 + "|",
    ]
    safety = [
        "| run | kind | stored exactly once | lost | duplicated | half records | unique codes "
        "| final submits cut off: stored before / by the resend | files claimed by a record "
        "| held by a draft | claimed by nothing: after the run / after the purge |",
        "| --- " * 11 + "|",
    ]
    for c in checks:
        mine = [r for r in results if r.kind == c.kind]
        ok = [r for r in mine if r.ok]
        retried = sum(len(r.retried) for r in mine)
        speed.append(
            f"| {mode} | {c.kind} | {len(ok)} / {len(mine)} | {len(ok) / wall:.1f} /s "
            f"| {spread([r.flow for r in ok])} | {spread([r.steps['submit'] for r in ok])} "
            f"| {retried} |"
        )
        swept = census.count(c.kind, after.unclaimed | set(after.held)) if after else "not run"
        safety.append(
            f"| {mode} | {c.kind} | {c.stored_once} / {c.ok} | {len(c.lost)} "
            f"| {len(c.duplicated)} | {len(c.half)} | {'yes' if c.codes_unique else 'NO'} "
            f"| {c.shown_again} / {c.stored_by_resend} "
            f"| {census.count(c.kind, census.claimed)} | {census.count(c.kind, set(census.held))} "
            f"| {census.count(c.kind, census.unclaimed)} / {swept} |"
        )
    return [*speed, "", *safety]


def describe_run(
    results: list[Result], kills: list[Kill], census: Census, checks: list[Check],
    records: Records, server: Gunicorn,
) -> None:  # fmt: skip
    for kill in kills:
        respawn = f"{kill.respawned_in:.2f} s" if kill.respawned_in is not None else "NEVER"
        print(f"SIGKILL to worker {kill.pid} at {kill.at:.1f} s; gunicorn replaced it in {respawn}")
    for r in sorted([r for r in results if r.retried or not r.ok], key=lambda r: r.ok)[:60]:
        resend = resend_outcome(r, records[r.kind].get(r.name, []))
        outcome = f"{resend or 'stored'} as {r.code}" if r.ok else f"FAILED ({r.error})"
        print(f"  {r.kind} #{r.index} ({r.address}): {'; '.join(r.retried)} -> {outcome}")
    for path, r in sorted(census.held.items()):
        print(f"  held by the draft of {r.name} ({r.error or 'no final submit'}): {path}")
    for path in sorted(census.unclaimed)[:50]:
        print(f"  claimed by nothing: {path}")
    statuses, access, excerpt = server.logs()
    print("HTTP statuses in gunicorn's access log: " + str(dict(sorted(statuses.items()))))
    if excerpt:
        print("Server log, errors and warnings:\n  " + "\n  ".join(excerpt[:80]))
    by_name = {r.name: r for r in results}
    for check in checks:
        describe_check(check, by_name, records[check.kind], access)


def describe_check(
    check: Check, by_name: dict[str, Result], records: dict[str, list[Stored]], access: list[str]
) -> None:
    """Final submits sent again, and each citizen whose submission is not stored just once."""
    renewed = f" ({check.new_challenge} after a new arithmetic question)"
    print(
        f"{check.kind}: {check.shown_again + check.stored_by_resend} final submits cut off "
        f"and sent again: {check.shown_again} found stored by the cut-off request, "
        f"{check.stored_by_resend} stored by the resend{renewed * (check.kind == 'question')}"
    )
    for name in check.without_receipt:
        print(f"  {check.kind} {name} is stored but its citizen got no receipt")
    for name in check.duplicated + check.lost + check.without_receipt:
        r = by_name[name]
        mine = [line for line in access if line.endswith(f" {r.address}")]
        print(f"  {check.kind} {name} ({r.address}): {'; '.join(r.retried)} -> {r.error or 'ok'}")
        for row in sorted(records.get(name, []), key=lambda row: row.at):
            print(f"    stored as {row.code} at {row.at:%H:%M:%S.%f} (receipt: {r.code or '-'})")
        print(f"    its requests in the access log: {' | '.join(mine)}")


def sweep(ctx: Context, server: Gunicorn, results: list[Result]) -> tuple[Census, int]:
    """Run purge_personal_data with UNCLAIMED_UPLOAD_MAX_AGE_HOURS=0; count again."""
    env = {**server.env, "UNCLAIMED_UPLOAD_MAX_AGE_HOURS": "0"}
    output = manage(env, "purge_personal_data").strip()
    print("purge_personal_data:\n  " + output.replace("\n", "\n  "))
    again = stored_records(ctx.run_id, len(ctx.target.papers))
    half = sum(not s.whole for kind in again.values() for rows in kind.values() for s in rows)
    print(f"After the purge: {half} half records.")
    return file_census(ctx.target, results), half


def finish(
    args: argparse.Namespace,
    ctx: Context,
    server: Gunicorn,
    results: list[Result],
    kills: list[Kill],
    wall: float,
) -> bool:
    """Check, report, and in the kill run sweep with purge_personal_data; True if all is well."""
    mode = f"kill {len(kills)} worker{'s' * (len(kills) > 1)}" if args.kill_worker else "steady"
    records = stored_records(ctx.run_id, len(ctx.target.papers))
    checks = [check_kind(kind, results, records[kind]) for kind in KINDS]
    census = file_census(ctx.target, results)
    describe_run(results, kills, census, checks, records, server)
    after, half_after = sweep(ctx, server, results) if args.kill_worker else (None, 0)
    print(
        f"\n{len(results)} citizens, {args.concurrency} at a time, {wall:.1f} s; gunicorn gthread "
        f"{args.workers} workers x {args.threads} threads; PostgreSQL {args.database}; Redis "
        f"{args.redis_url}\n"
    )
    print("\n".join(tables(mode, results, wall, checks, census, after)))
    problems = any(c.problems for c in checks) or half_after > 0
    problems |= (
        any(k.respawned_in is None for k in kills) or len(kills) != args.kills * args.kill_worker
    )
    if after is None:
        problems |= bool(census.unclaimed) or not all(r.ok for r in results)
    else:
        problems |= bool(after.unclaimed or after.held)
    print("\nResult: " + ("PROBLEMS FOUND (see above)" if problems else "all checks passed"))
    return not problems


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    add = parser.add_argument
    add("--dossiers", type=int, default=500, help="citizens who submit a dossier")
    add("--questions", type=int, default=500, help="citizens who ask a question")
    add("--concurrency", type=int, default=50, help="citizens at once")
    add("--workers", type=int, default=4, help="gunicorn worker processes")
    add("--threads", type=int, default=8, help="threads per gunicorn worker (gthread)")
    add("--kill-worker", action="store_true", help="SIGKILL a worker mid-load; cut-offs retry")
    add("--kills", type=int, default=1, help="with --kill-worker: how many, spread out")
    add("--pg-url", default="postgresql://postgres@127.0.0.1:5432", help="server, no database")
    add("--database", default="portal_bench_submit", help="the bench's own database")
    add("--fresh-db", action="store_true", help="drop and recreate that database first")
    add("--redis-url", default="redis://127.0.0.1:6379/5", help="its db number is flushed")
    add("--max-seconds", type=int, default=1800, help="stop sending new citizens after this")
    add("--keep-files", action="store_true", help="keep the temporary directory and logs")
    args = parser.parse_args(argv)
    name = args.database
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,62}", name) or name in PROTECTED_DATABASES:
        parser.error(f"refusing database name {name!r}")
    if name.startswith(("helper", "test")):
        parser.error(f"refusing database name {name!r}: not this bench's to use")
    hosts = {urlparse(args.pg_url).hostname, urlparse(args.redis_url).hostname}
    if hosts - {"127.0.0.1", "localhost", "::1"}:
        parser.error("PostgreSQL and Redis must be on this machine")
    if not urlparse(args.redis_url).path.strip("/").isdigit():
        parser.error("--redis-url needs its own db number, e.g. redis://127.0.0.1:6379/5")
    if not (0 <= args.dossiers <= 5000 and 0 <= args.questions <= 5000):
        parser.error("--dossiers and --questions: 0 to 5000")
    if not (0 < args.concurrency <= 200 and 0 < args.workers <= 16 and 0 < args.threads <= 64):
        parser.error("--concurrency 1-200, --workers 1-16, --threads 1-64")
    if not 0 < args.kills <= 10:
        parser.error("--kills 1-10")
    return args


def main(argv: list[str]) -> int:
    args = arguments(argv)
    prepare_services(args)
    args.port = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="submit_load_"))
    env = server_env(args, tmp)
    for name in PORTAL_VARIABLES:
        os.environ.pop(name, None)
    os.environ.update(env)  # the checks read the database with the server's own settings
    print(f"Preparing {args.database} (migrate, collectstatic, bench data); files in {tmp}")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    import django

    django.setup()
    ctx = Context(env["BASE_URL"], uuid.uuid4().hex[:8], setup_data(), retry=args.kill_worker)
    server = Gunicorn(args, env, tmp)
    try:
        server.start()
        print(
            f"gunicorn on {ctx.base}; run {ctx.run_id}: {args.dossiers} dossiers and "
            f"{args.questions} questions, {args.concurrency} at a time"
        )
        results, kills, wall = run_load(args, ctx, server)
    finally:
        server.stop()
    well = finish(args, ctx, server, results, kills, wall)
    if well and not args.keep_files:
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        print(f"Logs and files kept in {tmp}")
    return 0 if well else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
