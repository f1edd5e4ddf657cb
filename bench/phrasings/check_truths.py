"""Check the English phrasing dev set against the sixth blind set's ground truth (no product involved).

    /work/main/.venv/bin/python bench/phrasings/check_truths.py [--file F] [--ahead DAYS] [--span]

Loads the JSON list ({"person","kind","text","p","lang"}), generates the people of bench/blind6/people.py at
the current time (plus --ahead days), renders each question with blind6's `render` and computes its truth with
blind6's truth.py. Prints the counts per kind, the yes/no questions' balance (yes_no and association, plus the
compare / trend / rate_compare questions that carry an `ask`, whose "yes" is dir == ask), every question whose
truth is ambiguous or fails to compute, and questions that look close to a blind6/questions.py wording.
--span checks every run day from today to --ahead days ahead and lists the days on which a question is unclear.
Exit status 1 when any question is unclear on the checked day(s).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]

from blind6.people import PERSON, generate  # noqa: E402
from blind6.questions import QUESTIONS, Q, render  # noqa: E402
from blind6.truth import compute  # noqa: E402

YES_NO_KINDS = ("yes_no", "association")
DIRECTION_KINDS = ("compare", "trend", "rate_compare")


def load(path: Path) -> list[Q]:
    items = json.loads(path.read_text())
    return [Q(i["person"], i["kind"], i["text"], i.get("p", {}), i.get("lang", "en")) for i in items]


def yes_of(q: Q, truth) -> bool | None:
    """The right yes/no answer, or None when the question is not a yes/no one."""
    if q.kind in YES_NO_KINDS:
        return truth.expect.get("yes")
    if q.kind in DIRECTION_KINDS and q.p.get("ask"):
        return truth.expect.get("dir") == q.p["ask"]
    return None


def truths(qs: list[Q], now: datetime) -> list[tuple[Q, object, str]]:
    """(rendered question, truth or None, problem) for each question at `now`."""
    rows = {key: generate(PERSON[key], now) for key in {q.person for q in qs}}
    out = []
    for q0 in qs:
        q = render(q0, now.astimezone(ZoneInfo(PERSON[q0.person].zone)).date())
        try:
            t = compute(q, rows[q.person], now)
        except Exception as exc:  # a kind or params truth.py cannot take
            out.append((q, None, f"error: {exc!r}"))
            continue
        problem = t.ambiguous
        if "{" in q.text:
            problem = problem or "unrendered placeholder"
        out.append((q, t, problem))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", default=str(Path(__file__).with_name("blind6_english.json")))
    parser.add_argument("--ahead", type=int, default=0, help="run day this many days after today")
    parser.add_argument("--span", action="store_true", help="check every day from today to --ahead")
    args = parser.parse_args()
    qs = load(Path(args.file))
    base = datetime.now(UTC)

    if args.span:
        bad: dict[int, list[int]] = {}
        for day in range(args.ahead + 1):
            for i, (_q, _t, problem) in enumerate(truths(qs, base + timedelta(days=day))):
                if problem:
                    bad.setdefault(i, []).append(day)
        for i, days in sorted(bad.items()):
            q = qs[i]
            print(f"#{i} {q.person} {q.kind} unclear on days {days}: {q.text!r}")
        print(f"{len(bad)} of {len(qs)} questions unclear on some day in 0..{args.ahead}")
        return 1 if bad else 0

    now = base + timedelta(days=args.ahead)
    checked = truths(qs, now)
    kinds = Counter(q.kind for q in qs)
    people = Counter(q.person for q in qs)
    langs = Counter(q.lang for q in qs)
    print(f"{len(qs)} questions, run day {now.date()} (UTC); languages {dict(langs)}")
    print("per person:", dict(people))
    print("per kind:")
    for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:16} {n}")

    answers = [(q, yes_of(q, t)) for q, t, _p in checked if t is not None]
    yn = [(q, y) for q, y in answers if y is not None]
    n_yes = sum(1 for _q, y in yn if y)
    print(
        f"yes/no questions: {len(yn)} ({100 * len(yn) / len(qs):.0f}%): yes {n_yes}, no {len(yn) - n_yes}"
        f" (yes_no {sum(q.kind == 'yes_no' for q, _ in yn)}, association {sum(q.kind == 'association' for q, _ in yn)},"
        f" compare/trend/rate_compare with ask {sum(q.kind in DIRECTION_KINDS for q, _ in yn)})"
    )

    unclear = [(q, t, p) for q, t, p in checked if p]
    for q, _t, problem in unclear:
        print(f"UNCLEAR {q.person} {q.kind} {q.p}: {q.text!r} -> {problem}")

    theirs = [x.text.lower() for x in QUESTIONS]
    for q in qs:
        best = max(theirs, key=lambda t: difflib.SequenceMatcher(None, q.text.lower(), t).ratio())
        ratio = difflib.SequenceMatcher(None, q.text.lower(), best).ratio()
        if ratio >= 0.75:
            print(f"CLOSE TO blind6 ({ratio:.2f}): {q.text!r} ~ {best!r}")
    texts = Counter(q.text.lower() for q in qs)
    for text, n in texts.items():
        if n > 1:
            print(f"DUPLICATE x{n}: {text!r}")
    print(f"{len(unclear)} unclear")
    return 1 if unclear else 0


if __name__ == "__main__":
    raise SystemExit(main())
