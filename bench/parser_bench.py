"""Which parser reads questions into the query algebra: exact cues alone, or cues plus the nearest generated
examples (insights/answering/understand). Scored on the registry kind a question is read as, against
bench/parser/questions.tsv (the author's dev set); and a template hold-out where each listed kind's
combination of components is removed from the generated examples before the reader is built.

    .venv/bin/python bench/parser_bench.py   ->  bench/results/parser_bench.json

This measures an intermediate (the kind, before any SQL); the final answers are scored by
bench/answer_blind.py. The rules themselves are not withheld in the hold-out: only the learned part is.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
from common import bench_database, finish  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "parser_bench.json"
# Kinds whose component combination the hold-out removes from the generated examples, one at a time.
HELD_OUT = ("peak_month_of_year", "peak_season", "new_things", "first_log", "gave_in_rate", "peak_company")


def labelled() -> list[tuple[str, str]]:
    rows = []
    for line in (ROOT / "bench" / "parser" / "questions.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            kind, text = line.split("\t")
            rows.append((kind, text))
    return rows


def main() -> None:
    bench_database("parser_bench")
    from gpu.embeddings import get_provider
    from insights.answering.registry import KIND
    from insights.answering.understand import parse, shape
    from insights.answering.understand.examples import examples

    embed = get_provider().embed
    now = datetime(2026, 11, 24, 12)
    rows = labelled()

    def score(reader_embed, subset) -> dict:
        hits, per_kind, started = 0, defaultdict(list), time.perf_counter()
        for kind, text in subset:
            got = parse(text, today=now.date(), now=now, embed=reader_embed).kind
            per_kind[kind].append(got == kind)
            hits += got == kind
        return {
            "accuracy": round(hits / len(subset), 3),
            "n": len(subset),
            "ms_per_question": round(1000 * (time.perf_counter() - started) / len(subset), 1),
            "wrong_kinds": sorted(k for k, v in per_kind.items() if not all(v)),
        }

    out: dict = {"questions": len(rows), "systems": {}}
    out["systems"]["cues_only"] = score(None, rows)
    out["systems"]["cues_plus_nearest_examples"] = score(embed, rows)
    holdout = {}
    for kind in HELD_OUT:
        k = KIND[kind]
        kept = [
            e
            for e in examples()
            if not all(
                want is None or want == have
                for want, have in ((k.measure, e.measure), (k.group, e.group), (k.rank, e.rank))
            )
        ]
        reader = shape.ShapeReader(embed, kept)
        key = id(getattr(embed, "__self__", embed))
        saved = shape._readers.get(key)
        shape._readers[key] = reader
        try:
            holdout[kind] = score(embed, [(kd, t) for kd, t in rows if kd == kind])
        finally:
            if saved is not None:
                shape._readers[key] = saved
    out["template_holdout"] = holdout
    held = [r for r in holdout.values()]
    out["template_holdout_accuracy"] = round(sum(r["accuracy"] * r["n"] for r in held) / sum(r["n"] for r in held), 3)
    out["examples"] = len(examples())
    finish(out, RESULTS)


if __name__ == "__main__":
    main()
