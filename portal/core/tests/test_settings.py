"""Configuration: production example passes `check --deploy`; DEBUG is off unless asked."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[3]


def _example_env() -> dict[str, str]:
    env = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _sep, value = line.partition("=")
            env[name] = value
    return env


def _run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    skip = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(extra_env, DJANGO_SETTINGS_MODULE="portal.settings")
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_production_example_passes_the_deploy_check_without_warnings():
    env = _example_env()
    env["SECRET_KEY"] = secrets.token_urlsafe(64)
    env["DATABASE_URL"] = "sqlite:///:memory:"
    env.pop("REDIS_URL")
    result = _run("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_it_refuses_to_start_without_a_real_secret_in_production():
    result = _run("check", DEBUG="false", SECRET_KEY="change-me-to-50-random-characters")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked():
    result = _run(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        SECRET_KEY=secrets.token_urlsafe(64),
        DEBUG="",
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_it_speaks_vietnamese_in_vietnam_time():
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


def test_no_secret_is_committed():
    tracked = subprocess.run(  # noqa: S603
        ["git", "ls-files"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,  # noqa: S607
    ).stdout.split()
    assert ".env" not in tracked
    assert not any(name.endswith((".pem", ".key")) for name in tracked)
