"""How far a person's own logs carry a label to the logs whose words the vocabulary does not know
(insights/described.propagated), measured on the generated people of every blind set (bench/blind*/people.py).

    .venv/bin/python bench/topic_spread.py   ->  bench/results/topic_spread.json   (about 2 minutes)

Each generated log carries the kind its generator gave it ("whisky", "pastries"); a kind's topic is the one its
word-named logs mostly get. For the logs whose words name no topic: the share the spreading labels, and the share
of those labelled with their kind's topic. Two ways, on the same logs: `words` (a shared content word or trigger
alone, the step before) and `words_and_neighbours` (then the nearest labelled logs by the embedding of the log's
text, as the embedding job stores it: insights/neighbours.py). Its thresholds were chosen on these sets, all of
which had been run before, so these figures are dev figures; a later blind set's first run is the test.

What it does not measure: whether a label found this way is what a person would call the thing (a kind none of
whose logs are named has no topic to check against, and is left out), or questions: it reads logs only. No
database is needed; the embedding model runs here.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
# vocabulary and described import Django's connection module, not a database: nothing here connects
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "crave.settings.dev")
os.environ.setdefault("DATABASE_URL", "postgres://unused/unused")
os.environ.setdefault("REDIS_URL", "redis://unused")
import django  # noqa: E402

django.setup()

from gpu.embeddings import get_provider  # noqa: E402
from insights.described import Texts, named_topics, propagated  # noqa: E402

SETS = tuple(f"blind{n}" if n > 1 else "blind" for n in range(1, 13))


VECTORS: dict[str, list[float]] = {}


def embedded(rows: list[dict]) -> list[list[float]]:
    """Each row's vector of its text as the embedding job writes it (description, then the trigger)."""
    texts = [f"{r['description']}. Trigger: {r['trigger']}" if r.get("trigger") else r["description"] for r in rows]
    new = sorted(set(texts) - VECTORS.keys())
    for start in range(0, len(new), 256):
        VECTORS.update(zip(new[start : start + 256], get_provider().embed(new[start : start + 256]), strict=True))
    return [VECTORS[t] for t in texts]


def person_figures(rows: list[dict], with_vectors: bool) -> Counter:
    vectors = embedded(rows) if with_vectors else [None] * len(rows)
    read = Texts.of((i, r["description"], r.get("trigger", ""), v) for i, (r, v) in enumerate(zip(rows, vectors)))
    named = named_topics(read)
    topic_of_kind = {}
    for kind in {r["kind"] for r in rows}:
        counts = Counter(named[i] for i, r in enumerate(rows) if r["kind"] == kind and i in named)
        topic_of_kind[kind] = counts.most_common(1)[0][0] if counts else None
    spread = propagated(read, named)
    out = Counter(logs=len(rows), named=len(named))
    for i, r in enumerate(rows):
        if i in named or topic_of_kind[r["kind"]] is None:
            continue
        out["unnamed"] += 1
        if i in spread:
            out["labelled"] += 1
            out["right"] += spread[i] == topic_of_kind[r["kind"]]
    return out


def main() -> None:
    report: dict = {}
    for way, with_vectors in (("words", False), ("words_and_neighbours", True)):
        sets, total = {}, Counter()
        for name in SETS:
            people = importlib.import_module(f"{name}.people")
            figures = Counter()
            for person in people.PEOPLE:
                figures += person_figures(people.generate(person), with_vectors)
            sets[name] = dict(figures)
            total += figures
        report[way] = {
            "labelled_share": round(total["labelled"] / max(total["unnamed"], 1), 3),
            "right_share": round(total["right"] / max(total["labelled"], 1), 3),
            "total": dict(total),
            "sets": sets,
        }
    out = ROOT / "bench" / "results" / "topic_spread.json"
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({way: {k: v for k, v in r.items() if k != "sets"} for way, r in report.items()}, indent=1))


if __name__ == "__main__":
    main()
