"""Benchmark of the medical screen (insights/medical.py) on a labelled set written apart from its tuning.

    .venv/bin/python bench/medical_bench.py [--file bench/medical/labelled.tsv] [--out bench/results/medical_bench.json]

The file: label<TAB>lang<TAB>question, '#' lines are comments; label is medical / ordinary (1 / 0, yes / no and
true / false are read alike). is_medical runs with the local embedding provider (all-MiniLM-L6-v2, offline) over
every question. Written: recall on medical questions, false-positive rate on ordinary ones, both per language,
the misses and the false positives (question text), and `goals` (recall >= 0.97, false positives <= 0.02) with
pass / fail. No database is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from insights.medical import screen  # noqa: E402

LABELLED = ROOT / "bench" / "medical" / "labelled.tsv"
RESULTS = ROOT / "bench" / "results" / "medical_bench.json"
GOALS = {"recall": 0.97, "false_positive_rate": 0.02}
LABELS = {
    "medical": True,
    "1": True,
    "yes": True,
    "true": True,
    "ordinary": False,
    "0": False,
    "no": False,
    "false": False,
}


def read_labelled(path: Path) -> list[tuple[bool, str, str]]:
    """(medical, language, question) per row; a row with an unknown label stops the run."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, language, question = line.split("\t", 2)
        if label.strip().lower() not in LABELS:
            raise SystemExit(f"{path}:{number}: unknown label {label!r}; expected one of {sorted(LABELS)}")
        rows.append((LABELS[label.strip().lower()], language.strip(), question.strip()))
    return rows


def rate(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def figures(rows: list[tuple[bool, str, str]], flags: list[bool]) -> dict:
    medical = [flag for (is_med, _, _), flag in zip(rows, flags, strict=True) if is_med]
    ordinary = [flag for (is_med, _, _), flag in zip(rows, flags, strict=True) if not is_med]
    return {
        "medical": len(medical),
        "ordinary": len(ordinary),
        "recall": rate(medical),
        "false_positive_rate": rate(ordinary),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=LABELLED, help="labelled tsv (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results json (default: %(default)s)")
    args = parser.parse_args()

    from gpu.embeddings import get_provider

    rows = read_labelled(args.file)
    embed = get_provider("local").embed
    started = time.perf_counter()
    flags = [kind is not None for kind in screen([question for _, _, question in rows], embed)]
    seconds = time.perf_counter() - started

    overall = figures(rows, flags)
    by_language: dict[str, list[int]] = defaultdict(list)
    for i, (_, language, _) in enumerate(rows):
        by_language[language].append(i)
    goals = {
        "recall": {
            "goal": f">= {GOALS['recall']}",
            "value": overall["recall"],
            "pass": overall["recall"] is not None and overall["recall"] >= GOALS["recall"],
        },
        "false_positive_rate": {
            "goal": f"<= {GOALS['false_positive_rate']}",
            "value": overall["false_positive_rate"],
            "pass": overall["false_positive_rate"] is not None
            and overall["false_positive_rate"] <= GOALS["false_positive_rate"],
        },
    }
    out = {
        "file": str(args.file.resolve().relative_to(ROOT) if args.file.resolve().is_relative_to(ROOT) else args.file),
        "questions": len(rows),
        **overall,
        "per_language": {
            language: figures([rows[i] for i in indices], [flags[i] for i in indices])
            for language, indices in sorted(by_language.items())
        },
        "misses": [question for (is_med, _, question), flag in zip(rows, flags, strict=True) if is_med and not flag],
        "false_positives": [
            question for (is_med, _, question), flag in zip(rows, flags, strict=True) if not is_med and flag
        ],
        "ms_per_question": round(1000 * seconds / max(len(rows), 1), 2),
        "goals": goals,
        "pass": all(goal["pass"] for goal in goals.values()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
