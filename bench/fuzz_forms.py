"""Fuzz every public form and filter with many more inputs than CI (by hand, not in CI).

Runs the Hypothesis tests of `tests/test_fuzz_public.py` through pytest, with their
strategies unchanged: the number of inputs (20,000 by default) is spread over the tests in
the same proportions as in CI. CI always replays the same inputs; this draws new ones on
every run (pass --seed to replay a run, --ci-inputs for CI's inputs extended).

Usage:
    .venv/bin/python bench/fuzz_forms.py                    # 20,000 inputs, SQLite
    .venv/bin/python bench/fuzz_forms.py 50000 -k dossier   # only the dossier tests
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fuzz .venv/bin/python bench/fuzz_forms.py
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="?", type=int, default=20_000, help="default: 20000")
    parser.add_argument("-k", default="", help="only the tests matching (as pytest -k)")
    parser.add_argument("--seed", type=int, help="Hypothesis seed, to replay a run")
    parser.add_argument("--ci-inputs", action="store_true", help="CI's inputs, then more")
    args = parser.parse_args(argv)

    os.environ["FUZZ_EXAMPLES"] = str(args.inputs)
    if not args.ci_inputs:
        os.environ["FUZZ_RANDOM"] = "1"
    selection = "not known_bug" + (f" and ({args.k})" if args.k else "")
    pytest_args = [
        str(REPO / "tests" / "test_fuzz_public.py"),
        f"--rootdir={REPO}",
        "-q",
        "-k",
        selection,
        "--hypothesis-show-statistics",
        "--durations=0",
    ]
    if args.seed is not None:
        pytest_args.append(f"--hypothesis-seed={args.seed}")
    os.chdir(REPO)
    return int(pytest.main(pytest_args))


if __name__ == "__main__":
    sys.exit(main())
