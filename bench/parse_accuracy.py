"""Accuracy of the metadata parser on the demo corpus (and the seed), or on any folder.

Usage: .venv/bin/python bench/parse_accuracy.py [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus/demo next to the repository; any folder of NN.txt +
NN.json pairs (README conventions) can be given instead. Prints, per field and
overall, the share of exactly right fields (README rule: NFC, whitespace collapsed,
trich_yeu and chuc_vu_ky case-insensitive), then the misses of each file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from portal.documents.parsing import FIELDS, parse_file  # noqa: E402
from portal.documents.parsing.evaluate import compare, corpus_pairs, normalise  # noqa: E402

SHARED = REPO.parent / "shared"


def main(argv: list[str]) -> int:
    demo = SHARED / "corpus" / "demo"
    folder = Path(argv[1]) if len(argv) > 1 else demo
    pairs = corpus_pairs(folder)
    seed = SHARED / "seed" / "quy-che-website-huyen-krong-pac.txt"
    seed_truth = folder / "00.json"
    # The demo's 00.json describes the seed file; another folder's 00.json is its own 00.txt.
    if folder.resolve() == demo.resolve() and seed.exists() and seed_truth.exists():
        pairs.append((seed, json.loads(seed_truth.read_text(encoding="utf-8"))))
    if not pairs:
        print(f"Không có tệp .txt + .json nào trong {folder}")
        return 1
    right = dict.fromkeys(FIELDS, 0)
    misses: list[str] = []
    started = time.perf_counter()
    for path, truth in pairs:
        got = parse_file(path)
        verdict = compare(truth, got)
        for field, ok in verdict.items():
            right[field] += ok
            if not ok:
                misses.append(
                    f"{path.name:>40} {field:<17} expected={normalise(field, truth.get(field))!r}"
                    f"\n{'':>58}got={normalise(field, got.get(field))!r}"
                )
    elapsed = time.perf_counter() - started
    total = len(pairs)
    print(f"Corpus: {folder} ({total} files, {elapsed:.2f} s)\n")
    for field in FIELDS:
        print(f"  {field:<17} {right[field]:>3}/{total}  {100 * right[field] / total:5.1f}%")
    overall = sum(right.values())
    print(
        f"\n  overall           {overall}/{total * len(FIELDS)}  "
        f"{100 * overall / (total * len(FIELDS)):5.1f}%\n"
    )
    print("Misses:" if misses else "No misses.")
    for line in misses:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
