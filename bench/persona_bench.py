"""Benchmark of the persona adapters as verbalisers of findings (issue: personas that do a real job).

    .venv/bin/python bench/persona_bench.py [--questions 1]  ->  bench/results/persona_bench.json

Held-out findings: the answer bench's five people (bench/answers/people.py), which no persona was trained
on (training uses tuning/examples.py's synthetic people), asked the test paraphrases of its templates;
`--questions` is how many test paraphrases per template, `--limit` how many of those findings are used
(every n-th, so all people and most templates are in). Each computed answer goes to each persona, four
ways, interleaved: `touch` (production: asked only where the key sentence names a time, day, place, company,
feeling, trigger or thing craved; that sentence is its facts and the start of its reply; the adapter writes
one sentence, PERSONA_TOKENS at most, kept if it fits the finding and passes the guard), `untied` (the
previous production path: the same touch for every answer, the whole answer as facts), `restating` (the old
path: the adapter writes the whole reply, 64 tokens) and `base` (the bare base model, production's path).

Per persona and system, measured on what the model wrote and on the final answer:
- coverage: the key sentence's figures and values all reach the final answer;
- unsupported: sentences naming a number, weekday, time of day, place, companion, feeling or thing
  craved that the generated rows do not hold (bench/answers/scoring.py, independent of the product's guard):
  before the guard, of what the model wrote; after it, of the sentences the persona's words added to the
  final answer (guard applied and composed as production does), the goal's figure; and, beside it, of every
  sentence of the final answer (`unsupported_in_final`), which also counts the computed answer's own
  sentences where this scorer cannot derive a figure (a runner-up's count, "over 32 days"): that is the
  answer bench's to judge, and every system here, the bare model's included, shares it;
- relevance: of the sentences the persona adds to the computed answer, where the key sentence names a value
  (time, day, place, company, feeling, thing craved, quoted trigger; the bench's own word lists), the share
  that name one of the same; filler: added sentences about the figures/data with no number in them; empty
  findings ("You didn't log any ...") that still got a persona sentence;
- repetition: the persona's most frequent added sentence's share of all it added (and the distinct share);
- separability: a TF-IDF + logistic-regression classifier, 5-fold cross-validated, names the persona
  from its raw outputs (checked on `restating`: a one-sentence touch carries less of the voice);
- tokens and seconds per answer, one request at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
from answer_bench import load  # noqa: E402
from answers.people import NOW  # noqa: E402
from answers.questions import questions  # noqa: E402
from answers.scoring import KIND_WORDS, NAMED, NUMBER, unsupported  # noqa: E402
from common import bench_database  # noqa: E402
from tqdm import tqdm  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "persona_bench.json"
PERSONAS = ("coach", "analyst", "mindful")
GOALS = {
    "coverage": 1.0,
    "unsupported_before_guard_max": 0.05,
    "unsupported_after_guard_max": 0.0,
    "separability": 0.9,
    "added_sentences_max": 2,
    "relevance": 0.9,
    "repetition_top_share_max": 0.5,
}


def separability(texts: list[str], labels: list[str]) -> float | None:
    """None when there is too little text to tell apart (the production touch is often nothing at all)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2), LogisticRegression(max_iter=2000))
    try:
        return round(float(cross_val_score(model, texts, labels, cv=5, error_score="raise").mean()), 3)
    except ValueError:  # no term in two outputs, or a class with fewer outputs than folds
        return None


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


# production; the previous production path (every answer voiced, from the whole answer); the old path (the whole
# reply); the bare base model, asked as production asks
SYSTEMS = ("touch", "untied", "restating", "base")
# The bench's own reading of relevance, filler and empty findings (not the product's guard or touch_fits):
# a touch is tied to the finding when it names a value (time, day, place, company, feeling, thing craved,
# quoted trigger) that the answer's key sentence names.
VALUE_WORDS = sorted({w for words in NAMED.values() for w in words} | {w for ws in KIND_WORDS.values() for w in ws})
FILLER_TALK = re.compile(r"\b(?:figures?|data|numbers|picture|signal)\b", re.I)
NOTHING = re.compile(r"didn't log any", re.I)
REPETITION_MIN = 5  # added sentences a persona needs before its repetition is judged


def values_named(sentence: str) -> set[str]:
    lower = sentence.lower()
    found = {w for w in VALUE_WORDS if re.search(rf"\b{re.escape(w)}s?\b", lower)}
    return found | {q.lower() for q in re.findall(r"“([^”]*)”", sentence)}


def is_filler(sentence: str) -> bool:
    """Talk about the figures or data that names nothing: no number and no value."""
    return bool(FILLER_TALK.search(sentence)) and not NUMBER.search(sentence) and not values_named(sentence)


def prompt_of(system: str, persona, question: str, answer: str, triggers: list[str]) -> list[dict] | None:
    """What this system gives the model; None where it asks for nothing (production: no facet to tie to)."""
    from django.test import override_settings

    from personas.voicing import persona_prompt, touch_wanted

    if system == "restating":  # the whole reply: no start given, the whole answer as facts
        with override_settings(PERSONA_TOUCH_ONLY=False):
            return persona_prompt(persona=persona, question=question, answer=answer)
    if system == "untied":
        with override_settings(PERSONA_TOUCH_TIED=False):
            return persona_prompt(persona=persona, question=question, answer=answer)
    if not touch_wanted(answer, triggers):
        return None
    return persona_prompt(persona=persona, question=question, answer=answer)


def reply(engine, system: str, ref, prompt: list[dict] | None, answer: str) -> str:
    """What the model writes for this system, with production's generation settings for it."""
    from gpu.engine import Request
    from personas.voicing import PERSONA_TOKENS, TOUCH_STOP, TRAINED_REPLY_TOKENS, facts_in, fitting_touch

    if prompt is None:
        return ""
    if system == "restating":
        return engine.generate([Request(ref, prompt, TRAINED_REPLY_TOKENS)])[0]
    touch = engine.generate([Request(ref, prompt, PERSONA_TOKENS, stop=TOUCH_STOP)])[0]
    return fitting_touch(touch, facts_in(prompt))


def generations(engine, tokenizer, refs: dict, starters: dict, asked: list[tuple], embed) -> list[dict]:
    """Each finding through each persona, interleaved: production's touch, the old whole reply, the bare model."""
    from personas.guard import claims_of, guard, sentences_of
    from personas.models import Persona
    from personas.voicing import composed, key_claims

    records = []
    for person, user, rows, today, text, truth in tqdm(asked, desc="findings"):
        understood, answer = computed(user, text, embed)
        triggers = sorted({r["trigger"].lower() for r in rows if r["trigger"]})
        said = sentences_of(answer)
        named = values_named(said[0]) if said else set()
        for slug in PERSONAS:
            persona = Persona(slug=slug, system_prompt=starters[slug]["system_prompt"])
            for system in SYSTEMS:
                prompt = prompt_of(system, persona, understood.text, answer, triggers)
                started = time.perf_counter()
                output = reply(engine, system, refs[slug] if system != "base" else None, prompt, answer)
                seconds = time.perf_counter() - started
                kept, _ = guard(output, answer=answer, triggers=triggers)
                final = composed(answer, kept, triggers) if kept else answer
                generated, final_said = sentences_of(output), sentences_of(final)
                added = [s for s in final_said if s not in said]
                records.append(
                    {
                        "persona": slug,
                        "system": system,
                        "question": text,
                        "answer": answer,
                        "output": output,
                        "final": final,
                        "added": added,
                        "covered": key_claims(answer, triggers) <= claims_of(final, triggers),
                        "sentences": len(generated),
                        "final_sentences": len(final_said),
                        "unsupported_before": sum(bool(unsupported(s, truth, text, rows, today)) for s in generated),
                        "unsupported_after": sum(bool(unsupported(s, truth, text, rows, today)) for s in added),
                        "unsupported_in_final": sum(bool(unsupported(s, truth, text, rows, today)) for s in final_said),
                        "relevant": [bool(values_named(s) & named) for s in added] if named else [],
                        "filler": sum(is_filler(s) for s in added),
                        "empty_finding": bool(said and NOTHING.search(said[0])),
                        "tokens": len(tokenizer(output, add_special_tokens=False)["input_ids"]),
                        "prompt_tokens": prompt_tokens(tokenizer, prompt),
                        "seconds": seconds,
                    }
                )
    return records


def prompt_tokens(tokenizer, prompt: list[dict] | None) -> int:
    """The prompt's tokens past the system prompt (the engine keeps that computed): what a prefill costs."""
    if prompt is None:
        return 0
    return sum(len(tokenizer(m["content"], add_special_tokens=False)["input_ids"]) for m in prompt[1:])


def repetition(added: list[list[str]]) -> dict:
    """How often a persona says the same thing: its most frequent added sentence's share of all of them."""
    sentences = [s for group in added for s in group]
    if len(sentences) < REPETITION_MIN:  # too few to say anything repeats
        return {"added_sentences": len(sentences), "top_share": None, "distinct_share": None}
    top, count = Counter(sentences).most_common(1)[0]
    return {
        "added_sentences": len(sentences),
        "top_share": round(count / len(sentences), 3),
        "distinct_share": round(len(set(sentences)) / len(sentences), 3),
        "top": top,
    }


def summarise(records: list[dict]) -> dict:
    summary: dict = {}
    for system in SYSTEMS:
        for slug in PERSONAS:
            mine = [r for r in records if r["persona"] == slug and r["system"] == system]
            relevant = [x for r in mine for x in r["relevant"]]
            empty = [r for r in mine if r["empty_finding"]]
            summary.setdefault(system, {})[slug] = {
                "findings": len(mine),
                "coverage": round(sum(r["covered"] for r in mine) / len(mine), 3),
                "unsupported_before_guard": round(
                    sum(r["unsupported_before"] for r in mine) / max(sum(r["sentences"] for r in mine), 1), 4
                ),
                "unsupported_after_guard": round(
                    sum(r["unsupported_after"] for r in mine) / max(sum(len(r["added"]) for r in mine), 1), 4
                ),
                "unsupported_in_final": round(
                    sum(r.get("unsupported_in_final", 0) for r in mine)
                    / max(sum(r["final_sentences"] for r in mine), 1),
                    4,
                ),
                "with_touch": round(sum(bool(r["added"]) for r in mine) / len(mine), 3),
                "added_sentences_max": max((len(r["added"]) for r in mine), default=0),
                "relevance": round(sum(relevant) / len(relevant), 3) if relevant else None,
                "relevance_judged": len(relevant),
                "filler_sentences": sum(r["filler"] for r in mine),
                "empty_findings": len(empty),
                "empty_findings_with_touch": sum(bool(r["added"]) for r in empty),
                "repetition": repetition([r["added"] for r in mine]),
                "tokens_mean": round(sum(r["tokens"] for r in mine) / len(mine), 1),
                "prompt_tokens_mean": round(sum(r.get("prompt_tokens", 0) for r in mine) / len(mine), 1),
                "voiced": round(sum(r.get("prompt_tokens", 1) > 0 for r in mine) / len(mine), 3),
                "seconds_mean": round(sum(r["seconds"] for r in mine) / len(mine), 3),
                "tokens_per_s": round(sum(r["tokens"] for r in mine) / sum(r["seconds"] for r in mine), 1),
            }
        outputs = [r for r in records if r["system"] == system]
        summary[system]["separability"] = separability([r["output"] for r in outputs], [r["persona"] for r in outputs])
    return summary


def checks_of(touch: dict, restating: dict) -> dict:
    """Production's touch, per persona; separability is the old whole reply's (a touch alone is one sentence)."""
    every = lambda test: all(test(touch[p]) for p in PERSONAS)  # noqa: E731
    return {
        "coverage": every(lambda s: s["coverage"] >= GOALS["coverage"]),
        "unsupported_before_guard": every(
            lambda s: s["unsupported_before_guard"] <= GOALS["unsupported_before_guard_max"]
        ),
        "unsupported_after_guard": every(
            lambda s: s["unsupported_after_guard"] <= GOALS["unsupported_after_guard_max"]
        ),
        "at_most_two_added_sentences": every(lambda s: s["added_sentences_max"] <= GOALS["added_sentences_max"]),
        "relevance": None
        if any(touch[p]["relevance"] is None for p in PERSONAS)
        else every(lambda s: s["relevance"] >= GOALS["relevance"]),
        "no_filler": every(lambda s: s["filler_sentences"] == 0),
        "no_touch_on_empty_findings": every(lambda s: s["empty_findings_with_touch"] == 0),
        # None: not judged (fewer than REPETITION_MIN added sentences for some persona).
        "repetition": None
        if any(touch[p]["repetition"]["top_share"] is None for p in PERSONAS)
        else every(lambda s: s["repetition"]["top_share"] <= GOALS["repetition_top_share_max"]),
        "fewer_tokens_than_restating": all(touch[p]["tokens_mean"] < restating[p]["tokens_mean"] for p in PERSONAS),
        "separability_restating": None
        if restating["separability"] is None
        else restating["separability"] >= GOALS["separability"],
    }


def rescore(path: Path) -> None:
    """Summary and checks again from a run's stored records (after a change to the bench's own scoring)."""
    result = json.loads(path.read_text())
    for record in result["records"]:
        record["filler"] = sum(is_filler(s) for s in record["added"])
    result["summary"] = summarise(result["records"])
    result["checks"] = checks_of(result["summary"]["touch"], result["summary"]["restating"])
    path.write_text(json.dumps(result, indent=1, default=str))
    print(json.dumps({"summary": result["summary"], "checks": result["checks"]}, indent=1))


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
    parser.add_argument("--rescore", action="store_true", help="recompute --out's summary from its records")
    args = parser.parse_args()
    if args.rescore:
        return rescore(args.out)

    start_load = os.getloadavg()[0]  # the machine may be shared: read the timings beside it
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
    checks = checks_of(summary["touch"], summary["restating"])
    result = {
        "bench": "persona_bench",
        "seed": args.seed,
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS", "default (one per core)"),
        "load_1m": [round(start_load, 2), round(os.getloadavg()[0], 2)],
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
