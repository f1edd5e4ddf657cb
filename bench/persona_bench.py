"""Benchmark of the persona adapters as verbalisers of findings (issue: personas that do a real job).

    .venv/bin/python bench/persona_bench.py [--questions 1]  ->  bench/results/persona_bench.json

Held-out findings: the answer bench's five people (bench/answers/people.py), which no persona was trained
on (training uses tuning/examples.py's synthetic people), asked the test paraphrases of its templates;
`--questions` is how many test paraphrases per template, `--limit` how many of those findings are used
(every n-th, so all people and most templates are in). Each computed answer goes to each persona's
shipped adapter and, interleaved in the same run, to the bare base model with the same prompt (baseline).

Per persona, measured on what the model wrote:
- coverage: the computed answer's key sentence's figures and values all appear (before the guard);
- unsupported: sentences naming a number, weekday, time of day, place, companion, feeling or thing
  craved that the generated rows do not hold (bench/answers/scoring.py, independent of the product's guard),
  before the guard and in the final answer (guard applied and composed as production does);
- separability: a TF-IDF + logistic-regression classifier, 5-fold cross-validated, names the persona
  from its raw outputs;
- tokens/s: generated tokens over generation time, one request at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
from answer_bench import load  # noqa: E402
from answers.people import NOW  # noqa: E402
from answers.questions import questions  # noqa: E402
from answers.scoring import unsupported  # noqa: E402
from common import bench_database  # noqa: E402
from tqdm import tqdm  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "persona_bench.json"
PERSONAS = ("coach", "analyst", "mindful")
GOALS = {"coverage": 0.9, "unsupported_before_guard_max": 0.05, "unsupported_after_guard_max": 0.0, "separability": 0.9}


def separability(texts: list[str], labels: list[str]) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2), LogisticRegression(max_iter=2000))
    return round(float(cross_val_score(model, texts, labels, cv=5).mean()), 3)


def pick(loaded_people, per_template: int, limit: int) -> list[tuple]:
    """Test paraphrases that have a computed answer, spread evenly over people and templates."""
    asked = []
    for person, user, rows in loaded_people:
        today = NOW.astimezone(ZoneInfo(person.zone)).date()
        for template, number, split, text, truth in questions(person, rows, today):
            if split == "test" and number // 2 < per_template and not truth.abstain:
                asked.append((person, user, rows, today, text, truth))
    step = max(1, len(asked) // limit)
    return asked[::step][:limit]


def computed(user, text: str, embed) -> tuple:
    """The question as production reads it, and the computed answer a persona restates."""
    from insights.answering import computed as answer_of

    answer = answer_of(user=user, question=text, embed=embed, now=NOW)
    return answer.query, answer.text


def generations(engine, tokenizer, refs: dict, starters: dict, asked: list[tuple], embed) -> list[dict]:
    """Each finding through each persona, interleaved: its adapter, then the bare model, on the same prompt."""
    from gpu.engine import Request
    from personas.guard import claims_of, guard, sentences_of
    from personas.models import Persona
    from personas.voicing import PERSONA_TOKENS, composed, key_claims, persona_prompt

    records = []
    for person, user, rows, today, text, truth in tqdm(asked, desc="findings"):
        understood, answer = computed(user, text, embed)
        triggers = sorted({r["trigger"].lower() for r in rows if r["trigger"]})
        for slug in PERSONAS:
            persona = Persona(slug=slug, system_prompt=starters[slug]["system_prompt"])
            prompt = persona_prompt(persona=persona, question=understood.text, answer=answer)
            for system, ref in (("adapter", refs[slug]), ("base", None)):
                started = time.perf_counter()
                output = engine.generate([Request(ref, prompt, PERSONA_TOKENS)])[0]
                seconds = time.perf_counter() - started
                kept, _ = guard(output, answer=answer, triggers=triggers)
                final = composed(answer, kept, triggers) if kept else answer
                said, final_said = sentences_of(output), sentences_of(final)
                records.append(
                    {
                        "persona": slug,
                        "system": system,
                        "question": text,
                        "answer": answer,
                        "output": output,
                        "final": final,
                        "covered": key_claims(answer, triggers) <= claims_of(output, triggers),
                        "sentences": len(said),
                        "final_sentences": len(final_said),
                        "unsupported_before": sum(bool(unsupported(s, truth, text, rows, today)) for s in said),
                        "unsupported_after": sum(bool(unsupported(s, truth, text, rows, today)) for s in final_said),
                        "tokens": len(tokenizer(output, add_special_tokens=False)["input_ids"]),
                        "seconds": seconds,
                    }
                )
    return records


def summarise(records: list[dict]) -> dict:
    summary: dict = {}
    for system in ("adapter", "base"):
        for slug in PERSONAS:
            mine = [r for r in records if r["persona"] == slug and r["system"] == system]
            summary.setdefault(system, {})[slug] = {
                "findings": len(mine),
                "coverage": round(sum(r["covered"] for r in mine) / len(mine), 3),
                "unsupported_before_guard": round(
                    sum(r["unsupported_before"] for r in mine) / max(sum(r["sentences"] for r in mine), 1), 4
                ),
                "unsupported_after_guard": round(
                    sum(r["unsupported_after"] for r in mine) / max(sum(r["final_sentences"] for r in mine), 1), 4
                ),
                "tokens_per_s": round(sum(r["tokens"] for r in mine) / sum(r["seconds"] for r in mine), 1),
            }
        outputs = [r for r in records if r["system"] == system]
        summary[system]["separability"] = separability([r["output"] for r in outputs], [r["persona"] for r in outputs])
    return summary


def checks_of(adapters: dict) -> dict:
    return {
        "coverage": all(adapters[p]["coverage"] >= GOALS["coverage"] for p in PERSONAS),
        "unsupported_before_guard": all(
            adapters[p]["unsupported_before_guard"] <= GOALS["unsupported_before_guard_max"] for p in PERSONAS
        ),
        "unsupported_after_guard": all(
            adapters[p]["unsupported_after_guard"] <= GOALS["unsupported_after_guard_max"] for p in PERSONAS
        ),
        "separability": adapters["separability"] >= GOALS["separability"],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--questions", type=int, default=1, help="test paraphrases per template and person")
    parser.add_argument(
        "--limit",
        type=int,
        default=60,
        help="findings, spread evenly over people and templates (6 generations each, ~3 s apiece)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the figures go (a smoke run: elsewhere)")
    args = parser.parse_args()

    bench_database("persona_bench")
    from django.conf import settings

    from gpu.base_model import load_base_model
    from gpu.embeddings import get_provider
    from gpu.engine import AdapterRef, EngineConfig, PersonaEngine
    from personas.services import DATA_DIR, SHIPPED

    starters = {spec["slug"]: spec for spec in json.loads((DATA_DIR / "starter.json").read_text())}
    asked = pick(load(args.seed), args.questions, args.limit)
    model = load_base_model()
    engine = PersonaEngine(
        model.model,
        model.tokenizer,
        EngineConfig(
            settings.LORA_TARGET_MODULES,
            settings.LORA_MAX_RANK,
            settings.LORA_SLOT_BUDGET_BYTES,
            settings.LORA_CPU_CACHE_BYTES,
        ),
    )
    refs = {slug: AdapterRef(slug, 1, str(SHIPPED / slug)) for slug in PERSONAS}
    records = generations(engine, model.tokenizer, refs, starters, asked, get_provider().embed)
    summary = summarise(records)
    checks = checks_of(summary["adapter"])
    result = {
        "bench": "persona_bench",
        "seed": args.seed,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "findings": len(asked),
        "summary": summary,
        "goals": GOALS,
        "checks": checks,
        "records": records,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, default=str))
    print(json.dumps({"summary": summary, "checks": checks}, indent=1))


if __name__ == "__main__":
    main()
