"""Demo content for huyện Krông Pắc (units, categories, articles), kept as JSON data.

Units and officials' names are invented demo data; the articles are realistic district news.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "demo_data"


def _load(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


GOVERNMENT: dict[str, str] = _load("government")
UNITS: list[dict[str, Any]] = _load("units")
CATEGORIES: list[dict[str, Any]] = _load("categories")
ARTICLES: list[dict[str, Any]] = _load("articles")
