"""How far a person's own logs carry a label to the logs whose words the vocabulary does not know
(insights/described.propagated), measured on the generated people of every blind set (bench/blind*/people.py).

    .venv/bin/python bench/topic_spread.py   ->  bench/results/topic_spread.json

Each generated log carries the kind its generator gave it ("whisky", "pastries"); a kind's topic is the one its
word-named logs mostly get. For the logs whose words name no topic: the share the spreading labels, and the share
of those labelled with their kind's topic. What it does not measure: whether a label found this way is what a
person would call the thing (a kind none of whose logs are named has no topic to check against, and is left out),
or questions: it reads logs only. No database is needed.
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

from insights.described import Texts, named_topics, propagated  # noqa: E402

SETS = tuple(f"blind{n}" if n > 1 else "blind" for n in range(1, 13))


def person_figures(rows: list[dict]) -> Counter:
    read = Texts.of((i, r["description"], r.get("trigger", "")) for i, r in enumerate(rows))
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
    report: dict = {"sets": {}}
    total = Counter()
    for name in SETS:
        people = importlib.import_module(f"{name}.people")
        figures = Counter()
        for person in people.PEOPLE:
            figures += person_figures(people.generate(person))
        report["sets"][name] = dict(figures)
        total += figures
    report["total"] = dict(total)
    report["labelled_share"] = round(total["labelled"] / max(total["unnamed"], 1), 3)
    report["right_share"] = round(total["right"] / max(total["labelled"], 1), 3)
    out = ROOT / "bench" / "results" / "topic_spread.json"
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "sets"}, indent=1))


if __name__ == "__main__":
    main()
