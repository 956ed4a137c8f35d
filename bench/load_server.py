"""The gunicorn server of the submissions bench (`submit_load.py`).

gunicorn (gthread) serves `portal.wsgi:application` in its own process group with the
environment the bench gives it. This module starts it and warms its workers up, sends SIGKILL
to one worker mid-load when asked (gunicorn forks a replacement), stops it, and reads its
access log and its error log afterwards.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

import requests
from load_flows import TIMEOUT

REPO = Path(__file__).resolve().parents[1]
ACCESS_FORMAT = "%(s)s %(m)s %(U)s %(M)sms %({x-forwarded-for}i)s"


def children(pid: int) -> list[int]:
    """Live child processes of `pid` (gunicorn's workers are the master's children)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            state, parent = stat.read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, IndexError, ValueError):
            continue
        if int(parent) == pid and state != "Z":
            found.append(int(stat.parent.name))
    return sorted(found)


class Kill(NamedTuple):
    pid: int
    at: float  # seconds after the load started
    respawned_in: float | None


class Gunicorn:
    def __init__(self, args: argparse.Namespace, env: dict[str, str], tmp: Path) -> None:
        self.workers, self.env, self.base = args.workers, env, env["BASE_URL"]
        self.log, self.access = tmp / "gunicorn.log", tmp / "access.log"
        self.command = [
            sys.executable, "-m", "gunicorn", "portal.wsgi:application",
            "--bind", f"127.0.0.1:{args.port}", "--workers", str(args.workers),
            "--worker-class", "gthread", "--threads", str(args.threads),
            "--timeout", "60", "--graceful-timeout", "10", "--keep-alive", "5",
            "--access-logfile", str(self.access), "--access-logformat", ACCESS_FORMAT,
        ]  # fmt: skip
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start gunicorn in its own process group, wait for it, warm its workers up."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited at start:\n{self.tail()}")
            try:
                if requests.get(f"{self.base}/hoi-dap/gui-cau-hoi/", timeout=5).ok:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        else:
            raise SystemExit(f"gunicorn did not answer within 90 s:\n{self.tail()}")
        with ThreadPoolExecutor(max_workers=16) as pool:  # warm every worker up
            urls = [f"{self.base}/hoi-dap/gui-cau-hoi/", f"{self.base}/dich-vu-cong/"] * 32
            list(pool.map(lambda url: requests.get(url, timeout=TIMEOUT), urls))

    def kill_one_worker(self, started: float) -> Kill:
        assert self.process is not None
        before = children(self.process.pid)
        victim = before[0]  # the oldest: an original worker, warm and busy
        os.kill(victim, signal.SIGKILL)
        killed = time.perf_counter()
        while time.perf_counter() - killed < 60:
            now = children(self.process.pid)
            if victim not in now and len(now) == self.workers:
                return Kill(victim, killed - started, time.perf_counter() - killed)
            time.sleep(0.02)
        return Kill(victim, killed - started, None)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)  # graceful: workers finish their requests
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)  # the group this bench started
            self.process.wait(timeout=10)

    def tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def logs(self) -> tuple[dict[str, int], list[str], list[str]]:
        """Statuses and lines of the access log; error lines and tracebacks of the server log."""
        access = self.access.read_text().splitlines() if self.access.exists() else []
        statuses: dict[str, int] = {}
        for line in access:
            statuses[line.split()[0]] = statuses.get(line.split()[0], 0) + 1
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        excerpt: list[str] = []
        for i, line in enumerate(lines):
            if line.startswith("Traceback"):
                block = lines[i : i + 60]
                end = next((j for j, b in enumerate(block) if j and not b.startswith(" ")), 0)
                excerpt += block[: end + 1]
            elif "[ERROR]" in line or "[WARNING]" in line or "Internal Server Error" in line:
                excerpt.append(line)
        return statuses, access, excerpt


def kill_workers(
    server: Gunicorn,
    points: list[int],
    done: Callable[[], int],
    kills: list[Kill],
    stop: threading.Event,
    started: float,
) -> None:
    """SIGKILL one worker each time `done()` citizens have finished, for each point."""
    for point in points:
        while done() < point:
            if stop.wait(0.02):
                return
        kills.append(server.kill_one_worker(started))
