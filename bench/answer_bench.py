"""Benchmark of final answers (issue: answers that answer the question), ours against two baselines on
the same data, the same model and the same time filters, interleaved question by question.

    .venv/bin/python bench/answer_bench.py [--split all|dev|test|fresh] [--baselines test|all|none] [--no-llm]
        ->  bench/results/answer_bench.json (all), bench/results/answer_bench_fresh.json (fresh)

Five seeded people (bench/answers/people.py): New York, Tokyo (east of UTC), Berlin, Kolkata (UTC+5:30)
and Los Angeles; sweets, cigarettes, vaping, wine, beer, coffee, chips, gambling, cannabis, soda, fast
food and phone habits that start, stop and shift; one person with six logs. 44 question templates
(bench/answers/questions.py) with 3-4 paraphrases each: even-numbered paraphrases are `dev`, odd ones
`test`. `--split fresh` asks a third set (bench/answers/fresh.py), written after the test split had been read
and never tuned on. Ground truth is computed from the generated rows (bench/answers/truth.py), never from the
product's own subject matching or SQL.

Scored per answer (bench/answers/scoring.py):
- correct: the message states the key facts (for never-logged subjects: it abstains), for every system alike:
  the final answer a user reads, not the finding behind it.
- unsupported claims: sentences naming a number, weekday, time of day, place, companion, feeling or a
  thing craved that the rows in the question's scope (or the user's other logs) do not hold.
- abstention precision and recall; answer latency at concurrency 1.

Baselines: (a) the seed design, top-20 cosine retrieval within the question's time window and the LLM
answering from those logs; (b) as much of the history in the window as fits the model's context, newest
first, and the LLM. Both get the same parsed window, hours and weekdays as ours. By default they answer the
first test paraphrase of every third template for each person (full history is ~20 s an answer on 2
cores); ours answers every paraphrase, and its figures on that same subset are reported beside theirs.
Ours answers through the three starter personas' shipped adapters in turn, as production serves them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
from answers.baselines import baseline_answer  # noqa: E402
from answers.calibration import sweep  # noqa: E402
from answers.people import NOW, PEOPLE, generate  # noqa: E402
from answers.questions import TEMPLATES, questions  # noqa: E402
from answers.scoring import abstained, message_ok, sentences, unsupported  # noqa: E402
from common import bench_database  # noqa: E402
from tqdm import tqdm  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "answer_bench.json"
RESULTS_FRESH = ROOT / "bench" / "results" / "answer_bench_fresh.json"
FAMILY = {"still": "last", "yesterday": "count", "weekend": "count", "count": "count"}
GOALS = {
    "test_accuracy": 0.9,
    "per_intent_min": 0.8,
    "unsupported_rate_max": 0.01,
    "abstention_precision": 0.95,
    "abstention_recall": 0.95,
    "latency_p95_s": 3.0,
}


def family(template_key: str) -> str:
    head = template_key.split("_")[0]
    return FAMILY.get(head, head)


def load(seed: int):
    """One user per person, their rows with real embeddings; returns [(person, user, rows)]."""
    from accounts.models import User
    from cravings.models import Craving
    from gpu.embeddings import get_provider

    provider = get_provider()
    User.objects.filter(email__startswith="answerbench-").delete()
    loaded = []
    for person in PEOPLE:
        rows = generate(person, seed)
        user = User.objects.create_user(f"answerbench-{person.key}@example.com", None, timezone=person.zone)
        objects = [
            Craving(
                user=user,
                description=r["description"],
                trigger=r["trigger"],
                emotions=r["emotions"],
                intensity=r["intensity"],
                resistance=r["resistance"],
                location=r["location"],
                people=r["people"],
                occurred_at=r["local"].astimezone(UTC),
                utc_offset_minutes=int(r["local"].utcoffset().total_seconds() // 60),
            )
            for r in rows
        ]
        vectors = provider.embed([c.embedding_text for c in objects])
        for craving, vector in zip(objects, vectors, strict=True):
            craving.embedding, craving.embedding_status = vector, "done"
        Craving.objects.bulk_create(objects, batch_size=500)
        loaded.append((person, user, rows))
    return loaded


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 3) if values else 0.0


def summarise(records: list[dict], system: str) -> dict:
    mine = [r for r in records if r["system"] == system]
    out: dict = {"answers": len(mine)}
    for split in ("dev", "test", "fresh"):
        chosen = [r for r in mine if r["split"] == split]
        if not chosen:
            continue
        by_intent: dict[str, list[bool]] = defaultdict(list)
        for r in chosen:
            by_intent[r["intent"]].append(r["correct"])
        out[split] = {
            "accuracy": round(sum(r["correct"] for r in chosen) / len(chosen), 3),
            "answers": len(chosen),
            "per_intent": {k: round(sum(v) / len(v), 3) for k, v in sorted(by_intent.items())},
        }
    sentences_total = sum(r["sentences"] for r in mine)
    out["unsupported_sentences"] = sum(r["unsupported_sentences"] for r in mine)
    out["sentences"] = sentences_total
    out["unsupported_rate"] = round(out["unsupported_sentences"] / sentences_total, 4) if sentences_total else 0.0
    predicted = [r for r in mine if r["abstained"]]
    actual = [r for r in mine if r["should_abstain"]]
    out["abstention_precision"] = (
        round(sum(r["should_abstain"] for r in predicted) / len(predicted), 3) if predicted else None
    )
    out["abstention_recall"] = round(sum(r["abstained"] for r in actual) / len(actual), 3) if actual else None
    latencies = [r["seconds"] for r in mine]
    out["latency_p50_s"], out["latency_p95_s"] = percentile(latencies, 0.5), percentile(latencies, 0.95)
    return out


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=["all", "dev", "test", "fresh"], default="all")
    parser.add_argument(
        "--baselines",
        choices=["test", "all", "none"],
        default="test",
        help="test: the first test paraphrase of each template and person; all: every question",
    )
    parser.add_argument("--no-llm", action="store_true", help="ours without the persona's words (quick tuning)")
    parser.add_argument(
        "--baseline-every",
        type=int,
        default=3,
        help="baselines answer the first test paraphrase of every n-th template, per person",
    )
    parser.add_argument("--show", action="store_true", help="print each wrong answer")
    parser.add_argument("--calibrate", action="store_true", help="only the subject-threshold sweep")
    return parser.parse_args()


class Systems:
    """Ours, as production answers (through a starter persona's shipped adapter, in turn), and the two
    baselines on the same base model."""

    def __init__(self, no_llm: bool):
        from gpu.serving import get_serving
        from insights.jobs import worker_tools
        from personas.models import Persona
        from personas.services import personas_seed_starters

        personas_seed_starters()
        self.personas = list(
            Persona.objects.filter(slug__in=("coach", "analyst", "mindful"), status="ready").order_by("slug")
        )
        self.tools = {p.slug: worker_tools(p) for p in self.personas}
        _, self.embed = worker_tools(None)
        self.serving = get_serving()
        self.no_llm = no_llm

    def count_tokens(self, text: str) -> int:
        return len(self.serving.tokenizer(text, add_special_tokens=False)["input_ids"])

    def llm(self, messages, tokens):
        from gpu.engine import Request

        return self.serving.batcher.submit(Request(None, messages, tokens)).result(timeout=600)

    def answer(self, system: str, user, text: str, persona) -> tuple[str, dict | None]:
        from insights.answering import compose

        if system == "ours":
            speak = (lambda messages: "") if self.no_llm or persona is None else self.tools[persona.slug][0]
            payload = compose(user=user, question=text, persona=persona, generate=speak, embed=self.embed, now=NOW)
            return payload["answer"], payload["finding"]
        mode = "top_k" if system == "top_k_cosine" else "full"
        return baseline_answer(user, text, mode, self.embed, self.count_tokens, self.llm), None


def scored(
    system: str,
    persona,
    person,
    template,
    number: int,
    split: str,
    text: str,
    truth,
    rows,
    today,
    message: str,
    finding: dict | None,
    seconds: float,
    baseline_subset: bool,
) -> dict:
    said = sentences(message)
    problems = [unsupported(s, truth, text, rows, today) for s in said]
    ok_message = message_ok(message, truth)
    ok = ok_message  # the message a user gets, for every system alike
    return {
        "system": system,
        "persona": persona.slug if system == "ours" and persona else None,
        "person": person.key,
        "template": template.key,
        "paraphrase": number,
        "split": split,
        "intent": family(template.key),
        "question": text,
        "message": message,
        "correct": ok,
        "message_ok": ok_message,
        "sentences": len(said),
        "unsupported_sentences": sum(bool(p) for p in problems),
        "unsupported": [p for p in problems if p],
        "should_abstain": truth.abstain,
        "abstained": abstained(message, None),
        "seconds": round(seconds, 3),
        "finding_kind": finding and finding.get("kind"),
        "finding_status": finding and finding["status"],
        "finding_total": finding and finding["total"],
        "baseline_subset": baseline_subset,
    }


def ask_all(args, loaded, systems: Systems) -> list[dict]:
    records: list[dict] = []
    asked = [
        (person, user, rows, today, q)
        for person, user, rows in loaded
        for today in [NOW.astimezone(ZoneInfo(person.zone)).date()]
        for q in questions(person, rows, today, fresh=args.split == "fresh")
        if args.split in ("all", "fresh") or q[2] == args.split
    ]
    for person, user, rows, today, (template, number, split, text, truth) in tqdm(asked, desc="questions"):
        names = ["ours"]
        # Baselines are slow (full history fills the 8k context: ~20 s an answer here), so they answer the
        # first test paraphrase of every template for every person; ours answers every paraphrase.
        if args.baselines == "all" or (
            args.baselines == "test"
            and split == "test"
            and number == 1
            and TEMPLATES.index(template) % args.baseline_every == 0
        ):
            names += ["top_k_cosine", "full_history"]
        persona = systems.personas[len(records) % len(systems.personas)] if systems.personas else None
        for system in names:  # interleaved: every question goes through each system in turn
            started = time.perf_counter()
            message, finding = systems.answer(system, user, text, persona)
            record = scored(
                system,
                persona,
                person,
                template,
                number,
                split,
                text,
                truth,
                rows,
                today,
                message,
                finding,
                time.perf_counter() - started,
                len(names) > 1,
            )
            records.append(record)
            if args.show and system == "ours" and (not record["correct"] or record["unsupported_sentences"]):
                print(
                    f"\n[{person.key} {template.key}/{number} {split}] {text}\n  -> {message}\n  kind "
                    f"{record['finding_kind']} status {record['finding_status']} total "
                    f"{record['finding_total']} (truth {truth.total}); facts {truth.facts}; figures "
                    f"{truth.figures}; unsupported {record['unsupported']}"
                )
    return records


def summary_and_checks(records: list[dict], split_run: str) -> tuple[dict, dict]:
    systems = sorted({r["system"] for r in records})
    summary = {system: summarise(records, system) for system in systems}
    if len(systems) > 1:  # ours on exactly the questions the baselines answered
        summary["ours_on_baseline_questions"] = summarise([r for r in records if r["baseline_subset"]], "ours")
    ours = summary["ours"]
    test = ours.get("fresh" if split_run == "fresh" else "test", {})
    checks = {
        "test_accuracy": test.get("accuracy", 0) >= GOALS["test_accuracy"],
        "every_intent_test": bool(test) and min(test["per_intent"].values()) >= GOALS["per_intent_min"],
        "unsupported_rate": ours["unsupported_rate"] <= GOALS["unsupported_rate_max"],
        "abstention_precision": (ours["abstention_precision"] or 0) >= GOALS["abstention_precision"],
        "abstention_recall": (ours["abstention_recall"] or 0) >= GOALS["abstention_recall"],
        "latency_p95": ours["latency_p95_s"] <= GOALS["latency_p95_s"],
    }
    return summary, checks


def main() -> None:
    args = arguments()
    bench_database("answer_bench")
    loaded = load(args.seed)
    systems = Systems(args.no_llm)
    systems.embed(["warm up"])
    threshold = sweep(loaded, systems.embed)
    print("subject threshold:", json.dumps(threshold))
    if args.calibrate:
        return
    records = ask_all(args, loaded, systems)
    summary, checks = summary_and_checks(records, args.split)
    result = {
        "bench": "answer_bench",
        "seed": args.seed,
        "now": NOW.isoformat(),
        "split_run": args.split,
        "llm": not args.no_llm,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "people": [{"key": p.key, "zone": p.zone, "logs": len(rows)} for p, _, rows in loaded],
        "templates": len(TEMPLATES),
        "questions": len([r for r in records if r["system"] == "ours"]),
        "split": {
            "rule": "paraphrase index even = dev, odd = test; fresh: bench/answers/fresh.py",
            **{
                split: sorted({f"{r['template']}/{r['paraphrase']}" for r in records if r["split"] == split})
                for split in ("dev", "test", "fresh")
            },
        },
        "subject_threshold": threshold,
        "summary": summary,
        "goals": GOALS,
        "checks": checks,
        "answers": records,
    }
    # A partial run (tuning on dev) is kept out of bench/results: only the full run and the fresh split report.
    out = {"all": RESULTS, "fresh": RESULTS_FRESH}.get(
        args.split, ROOT / ".local" / "bench" / f"answer_bench-{args.split}.json"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, default=str))
    print(f"wrote {out}")
    print(json.dumps({"summary": summary, "checks": checks}, indent=1))


if __name__ == "__main__":
    main()
