"""Offline evaluation of persona selection (the production bandit code) on simulated users.

    .venv/bin/python bench/bandit_bench.py [--rounds 2000] [--seeds 20]   ->  bench/results/bandit.json

Simulated users like different personas in different contexts (hidden from the policy): the analyst
for "why" and "pattern" questions, the mindfulness guide for advice in the evening and at night, the
coach for progress questions, with some users preferring the analyst everywhere. Each round a user
asks a question in a random context; the policy picks a persona; a thumbs up arrives with the hidden
probability. Regret is the hidden probability of the best persona for that context minus that of the
one chosen, summed over rounds. Policies in the same run: Thompson sampling (personas/bandit.py),
uniform random, and the fixed persona that is best on average (chosen in hindsight).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from personas import bandit  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "bandit.json"
PERSONAS = ["coach", "analyst", "mindful"]
TYPES = ["progress", "why", "pattern", "advice", "other"]
TIMES = ["night", "morning", "afternoon", "evening"]


def preference(question_type: str, time: str, persona: str, analyst_fan: bool) -> float:
    p = 0.35
    if question_type in ("why", "pattern") and persona == "analyst":
        p = 0.8
    if question_type == "advice" and time in ("evening", "night") and persona == "mindful":
        p = 0.85
    if question_type == "advice" and time in ("morning", "afternoon") and persona == "coach":
        p = 0.7
    if question_type == "progress" and persona == "coach":
        p = 0.75
    if question_type == "other" and persona == "mindful":
        p = 0.55
    if analyst_fan and persona == "analyst":
        p = max(p, 0.6)
    return p


def expected(question_type: str, time: str, persona: str) -> float:
    """Population rate in this context (30% of users are analyst fans): what the policy can aim at."""
    return 0.7 * preference(question_type, time, persona, False) + 0.3 * preference(question_type, time, persona, True)


def run(policy: str, rounds: int, seed: int, fixed: str) -> list[float]:
    rng = random.Random(seed)
    stats: dict = {}
    regret, curve = 0.0, []
    for _ in range(rounds):
        context = bandit.Context(rng.choice(TYPES), rng.choice(TIMES), "none")
        analyst_fan = rng.random() < 0.3
        if policy == "thompson":
            chosen = bandit.choose(stats, PERSONAS, context.key, rng)
        elif policy == "random":
            chosen = rng.choice(PERSONAS)
        else:
            chosen = fixed
        p = preference(context.question_type, context.time_of_day, chosen, analyst_fan)
        value = 1.0 if rng.random() < p else 0.0
        if policy == "thompson":
            bandit.update(stats, chosen, context.key, value)
        best = max(expected(context.question_type, context.time_of_day, q) for q in PERSONAS)
        regret += best - expected(context.question_type, context.time_of_day, chosen)
        curve.append(regret)
    return curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args()
    fixed = max(PERSONAS, key=lambda q: statistics.mean(expected(t, h, q) for t in TYPES for h in TIMES))
    out = {
        "rounds": args.rounds,
        "seeds": args.seeds,
        "contexts": len(TYPES) * len(TIMES),
        "fixed_best_persona": fixed,
        "cumulative_regret": {},
    }
    for policy in ("thompson", "random", "fixed_best"):
        curves = [run(policy, args.rounds, seed, fixed) for seed in range(args.seeds)]
        out["cumulative_regret"][policy] = {
            str(r): round(statistics.mean(c[r - 1] for c in curves), 1) for r in (100, 500, 1000, args.rounds)
        }
    final = {p: v[str(args.rounds)] for p, v in out["cumulative_regret"].items()}
    out["thompson_vs_random"] = round(final["thompson"] / final["random"], 3)
    out["thompson_vs_fixed_best"] = round(final["thompson"] / final["fixed_best"], 3)
    out["goals"] = {"regret_under_half_of_random": out["thompson_vs_random"] < 0.5}
    RESULTS.write_text(json.dumps(out, indent=2) + "\n")
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
