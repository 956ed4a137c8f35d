"""Imports go one way (ARCHITECTURE.md): text (no Django) ← lib ← core ← domain apps ← home,
search, reports. This test reads every module's imports and fails on one going the wrong way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PORTAL = Path(__file__).resolve().parent.parent / "portal"
DOMAIN = {"news", "documents", "procedures", "dossiers", "questions", "consultations"}
TOP = {"home", "search", "reports"}
# package → what it must never import
FORBIDDEN: dict[str, set[str]] = {
    "text": {"django", "wagtail", "portal"},
    "lib": {"portal.core", "portal.home", *(f"portal.{app}" for app in DOMAIN | TOP)},
    "core": {f"portal.{app}" for app in DOMAIN | TOP},
    **{app: {f"portal.{top}" for top in TOP} for app in DOMAIN},
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(package: str) -> list[str]:
    banned = FORBIDDEN[package]
    wrong = []
    for path in sorted((PORTAL / package).rglob("*.py")):
        if "tests" in path.parts or "migrations" in path.parts:
            continue
        for line, module in _imports(path):
            if any(module == b or module.startswith(f"{b}.") for b in banned):
                if package == "text" and module.startswith("portal.text"):
                    continue
                wrong.append(f"{path.relative_to(PORTAL.parent)}:{line} imports {module}")
    return wrong


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_imports_go_one_way(package: str) -> None:
    assert _violations(package) == []


def test_the_check_sees_a_wrong_import(tmp_path: Path) -> None:
    module = tmp_path / "wrong.py"
    module.write_text("from portal.news.models import ArticlePage\nimport portal.home\n")
    assert [name for _line, name in _imports(module)] == ["portal.news.models", "portal.home"]
