"""Parse .txt, .docx and .pdf documents into draft records awaiting the editorial workflow.

    manage.py import_documents PATH... [--dry-run] [--format json]

With --dry-run --format json, print one JSON object per file (an array when several) and
save nothing. Folders are walked recursively. Running twice on the same file creates no
duplicate (files are recognised by their SHA-256).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.documents import importing
from portal.documents.parsing import DocumentReadError

EXTENSIONS = {".txt", ".docx", ".pdf"}


def collect(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in EXTENSIONS))
        elif path.exists():
            files.append(path)
        else:
            raise CommandError(f"Không tìm thấy tệp hoặc thư mục: {raw}")
    return files


class Command(BaseCommand):
    help = "Đọc tệp văn bản (.txt, .docx, .pdf) và tạo bản nháp văn bản chờ duyệt."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", help="tệp hoặc thư mục")
        parser.add_argument("--dry-run", action="store_true", help="chỉ đọc, không lưu")
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args: Any, **options: Any) -> None:
        files = collect(options["paths"])
        if options["dry_run"]:
            self._dry_run(files, options["format"])
        else:
            self._import(files)

    def _dry_run(self, files: list[Path], fmt: str) -> None:
        results = [self._parse(path) for path in self._progress(files)]
        if fmt == "json":
            payload: Any = results[0] if len(results) == 1 else results
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for result in results:
            self.stdout.write(
                f"{result['file']}: {result.get('so_ky_hieu')} – {result.get('trich_yeu')}"
            )
            for warning in result.get("warnings", []):
                self.stdout.write(f"  ! {warning}")

    def _parse(self, path: Path) -> dict[str, Any]:
        try:
            return importing.dry_run(path)
        except DocumentReadError as error:
            return {"file": str(path), "error": str(error), "warnings": [str(error)]}

    def _import(self, files: list[Path]) -> None:
        created = skipped = failed = 0
        for path in self._progress(files):
            try:
                result = importing.import_file(path)
            except DocumentReadError as error:
                failed += 1
                self.stderr.write(f"{path}: {error}")
                continue
            if result.created:
                created += 1
            else:
                skipped += 1
                self.stdout.write(f"{path}: đã nhập trước đây (bỏ qua).")
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã tạo {created} bản nháp văn bản; bỏ qua {skipped} tệp trùng; lỗi {failed} tệp."
            )
        )
        if failed and not created:
            raise CommandError("Không nhập được tệp nào.")

    def _progress(self, files: list[Path]) -> Any:
        """Yield files, drawing a progress bar on stderr when there are many."""
        total = len(files)
        for index, path in enumerate(files, start=1):
            if total > 1 and sys.stderr.isatty():
                done = int(30 * index / total)
                sys.stderr.write(f"\r[{'#' * done}{'.' * (30 - done)}] {index}/{total}")
                sys.stderr.flush()
            yield path
        if total > 1 and sys.stderr.isatty():
            sys.stderr.write("\n")
