"""Blind evaluation of final answers (bench/blind/): six generated people, 271 questions written without
reading how the product understands questions, asked through the real web tier and scored on the message.

    .venv/bin/python bench/answer_blind.py --run-label first      # the FIRST run (once, on the new parser)
    .venv/bin/python bench/answer_blind.py --run-label later      # every later run (appended)
        ->  bench/results/answer_blind.json  {"first_run": {...}, "later_runs": [...]}
    quick, partial (never written to bench/results; to .local/bench/answer_blind-partial.json or --out):
    .venv/bin/python bench/answer_blind.py --limit 20 --people kenji,tom
    .venv/bin/python bench/answer_blind.py --questions-file my.json   # [{"person","kind","text","p","lang"}]
    mechanics only, no product: .venv/bin/python bench/blind/selfcheck.py [--ahead DAYS]
    smoke test (3 questions NOT in the set): --questions-file bench/blind/smoke_questions.json --out /tmp/s.json

The second blind set (bench/blind2/: eight people, 292 questions, sealed before any run; the first set has
been run, so it is no longer a test set):
    .venv/bin/python bench/answer_blind.py --set blind2 --in-process --run-label first
        ->  bench/results/answer_blind2.json  (same layout; its seal is bench/blind2/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind2/selfcheck.py [--ahead DAYS]

The third blind set (bench/blind3/: eight people, 276 questions, sealed before any run; blind and blind2 have
been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind3 --in-process --run-label first
        ->  bench/results/answer_blind3.json  (same layout; its seal is bench/blind3/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind3/selfcheck.py [--ahead DAYS]

The fourth blind set (bench/blind4/: eight people, 276 questions, sealed before any run; blind, blind2 and blind3
have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind4 --in-process --run-label first
        ->  bench/results/answer_blind4.json  (same layout; its seal is bench/blind4/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind4/selfcheck.py [--ahead DAYS]

The fifth blind set (bench/blind5/: eight people, 277 questions, sealed before any run; blind to blind4 have been
run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind5 --in-process --run-label first
        ->  bench/results/answer_blind5.json  (same layout; its seal is bench/blind5/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind5/selfcheck.py [--ahead DAYS]

The sixth blind set (bench/blind6/: eight people, 283 questions, sealed before any run; blind to blind5 have been
run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind6 --in-process --run-label first
        ->  bench/results/answer_blind6.json  (same layout; its seal is bench/blind6/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind6/selfcheck.py [--ahead DAYS]

The seventh blind set (bench/blind7/: eight people, 319 questions, three quarters in everyday English, sealed before
any run; blind to blind6 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind7 --in-process --run-label first
        ->  bench/results/answer_blind7.json  (same layout; its seal is bench/blind7/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind7/selfcheck.py [--ahead DAYS]

The eighth blind set (bench/blind8/: eight people, 306 questions, 70% everyday English, sealed before any run;
blind to blind7 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind8 --in-process --run-label first
        ->  bench/results/answer_blind8.json  (same layout; its seal is bench/blind8/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind8/selfcheck.py [--ahead DAYS]

The ninth blind set (bench/blind9/: nine people, 308 questions, 71% everyday English, sealed before any run;
blind to blind8 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind9 --in-process --run-label first
        ->  bench/results/answer_blind9.json  (same layout; its seal is bench/blind9/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind9/selfcheck.py [--ahead DAYS]

The tenth blind set (bench/blind10/: nine people, 294 questions, 72% everyday English, sealed before any run;
blind to blind9 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind10 --in-process --run-label first
        ->  bench/results/answer_blind10.json  (same layout; its seal is bench/blind10/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind10/selfcheck.py [--ahead DAYS]

The eleventh blind set (bench/blind11/: seven people, 255 questions, 76% everyday English, sealed before any run;
blind to blind10 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind11 --in-process --run-label first
        ->  bench/results/answer_blind11.json  (same layout; its seal is bench/blind11/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind11/selfcheck.py [--ahead DAYS]

The twelfth blind set (bench/blind12/: seven people, 268 questions, 76% everyday English, sealed before any run;
blind to blind11 have been run and tuned on):
    .venv/bin/python bench/answer_blind.py --set blind12 --in-process --run-label first
        ->  bench/results/answer_blind12.json  (same layout; its seal is bench/blind12/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind12/selfcheck.py [--ahead DAYS]

The thirteenth blind set (bench/blind13/: seven people, 275 questions, 76% everyday English, sealed before any run;
written after blind12 was sealed, without its runs or any tuning):
    .venv/bin/python bench/answer_blind.py --set blind13 --in-process --run-label first
        ->  bench/results/answer_blind13.json  (same layout; its seal is bench/blind13/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind13/selfcheck.py [--ahead DAYS]

The fourteenth blind set (bench/blind14/: seven people, 276 questions, 76% everyday English, sealed before any run;
written after blind13 was sealed, without its runs or any tuning):
    .venv/bin/python bench/answer_blind.py --set blind14 --in-process --run-label first
        ->  bench/results/answer_blind14.json  (same layout; its seal is bench/blind14/SHA256SUMS)
    mechanics only, no product: .venv/bin/python bench/blind14/selfcheck.py [--ahead DAYS]

Time: on the 2-core dev machine (shared) one answer took ~60 s (the first, loading adapters, ~110 s), so the
full set is hours there; on a quiet or bigger machine it is far less. An answer slower than the product's
CHAT_TIMEOUT_SECONDS (90) scores as a failure; to measure answers rather than the deadline, raise it for the
servers this starts: CHAT_TIMEOUT_SECONDS=240 WEB_TIMEOUT_SECONDS=300 .venv/bin/python bench/answer_blind.py ...
(--timeout follows it). Say which deadline a quoted figure ran under (recorded as chat_timeout_s).

Starts what chat_load starts (bench/chat_load.py start_stack: gunicorn + uvicorn workers on crave.asgi, a
default and a threaded gpu Celery worker, production settings) against a project-local PostgreSQL + Redis
(bench/common.py bench_database "answer_blind"), creates one user per person with the person's time zone, their
rows embedded with gpu.embeddings get_provider, and POSTs every question to /ai/chat with the user's bearer
token, one at a time. Ground truth (bench/blind/truth.py) comes from the generated rows at this run's clock;
the check (bench/blind/checks.py) reads only the final message. The first-run section is never overwritten.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import importlib
import json
import os
import platform
import re
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT)]
from common import bench_database

# Which sealed set: read before argparse because the set's modules are imported at load time.
SETS = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
)


def chosen_set(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--set" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--set="):
            return arg.split("=", 1)[1]
    return "blind"


SET = chosen_set(sys.argv[1:])
if SET not in SETS:
    raise SystemExit(f"--set must be one of {SETS}")
_checks = importlib.import_module(f"{SET}.checks")
_people = importlib.import_module(f"{SET}.people")
_questions = importlib.import_module(f"{SET}.questions")
abstains, check, gives_advice, yes_no_of = _checks.abstains, _checks.check, _checks.gives_advice, _checks.yes_no_of
PEOPLE, PERSON, generate = _people.PEOPLE, _people.PERSON, _people.generate
QUESTIONS, Q, render = _questions.QUESTIONS, _questions.Q, _questions.render
compute = importlib.import_module(f"{SET}.truth").compute

RESULTS = ROOT / "bench" / "results" / f"answer_{SET}.json"
PARTIAL = ROOT / ".local" / "bench" / f"answer_{SET}-partial.json"
SEALED = ("people.py", "questions.py", "truth.py", "checks.py")


def sealed_status() -> dict:
    """The sealed files' sha256 now, and whether they match bench/<set>/SHA256SUMS."""
    folder = ROOT / "bench" / SET
    sums = {}
    listed = folder / "SHA256SUMS"
    if listed.exists():
        for line in listed.read_text().splitlines():
            digest, name = line.split()
            sums[name.lstrip("*")] = digest
    now = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in SEALED}
    return {"sha256": now, "matches_seal": bool(sums) and all(sums.get(n) == d for n, d in now.items())}


def load_people(keys: list[str], now: datetime) -> dict:
    """One user per person with embedded rows; returns {key: (user, token, rows)}."""

    from rest_framework_simplejwt.tokens import AccessToken

    from accounts.models import User
    from cravings.models import Craving
    from gpu.embeddings import get_provider
    from personas.services import personas_seed_starters

    personas_seed_starters()
    User.objects.filter(email__startswith=f"{SET}-").delete()
    provider, vectors, out = get_provider(), {}, {}
    for key in keys:
        person = PERSON[key]
        rows = generate(person, now)
        user = User.objects.create_user(f"{SET}-{key}@example.com", None, timezone=person.zone)
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
        missing = sorted({c.embedding_text for c in objects} - set(vectors))
        if missing:
            vectors.update(zip(missing, provider.embed(missing), strict=True))
        for craving in objects:
            craving.embedding, craving.embedding_status = vectors[craving.embedding_text], "done"
        Craving.objects.bulk_create(objects, batch_size=500)
        out[key] = (user, str(AccessToken.for_user(user)), rows)
    return out


def ask(port: int, token: str, text: str, timeout: float) -> tuple[int, str, float]:
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request(
            "POST",
            "/ai/chat",
            json.dumps({"userQuery": text}),
            {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "X-Forwarded-Proto": "https",
                "Host": "127.0.0.1",
            },
        )
        response = conn.getresponse()
        status, body = response.status, response.read().decode("utf-8", "replace")
        conn.close()
    except (OSError, http.client.HTTPException) as exc:
        return 0, f"<no answer: {exc!r}>", time.monotonic() - started
    try:
        message = json.loads(body).get("message", "")
    except (ValueError, AttributeError):
        message = ""
    return status, message if status == 200 else f"<HTTP {status}: {body[:200]}>", time.monotonic() - started


def chosen_questions(args) -> list[Q]:
    if args.questions_file:
        items = json.loads(Path(args.questions_file).read_text())
        qs = [Q(i["person"], i["kind"], i["text"], i.get("p", {}), i.get("lang", "en")) for i in items]
    else:
        qs = list(QUESTIONS)
    if args.people:
        wanted = set(args.people.split(","))
        unknown = wanted - set(PERSON)
        if unknown:
            raise SystemExit(f"unknown people {sorted(unknown)}; choose from {sorted(PERSON)}")
        qs = [q for q in qs if q.person in wanted]
    return qs[: args.limit] if args.limit else qs


def percentile(values: list[float], q: float) -> float | None:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 3) if values else None


# How the product declines to give a figure for what was asked (insights/answering/say): an amount the logs never
# record, a question that names nothing, a thing never logged, too few logs for a pattern. The sealed sets' own
# `abstains` reads declines by its author's guess at the wording, and counts "No: you didn't log any ..." (an
# answer) as one; `declined` is the product's own wording, so the two figures are reported side by side.
DECLINES = re.compile(
    r"^(?:No: )?(?:Your logs don't record|I'm not sure which|You haven't logged any|You have only \d+)", re.I
)


def declined_figures(records: list[dict]) -> dict:
    """Abstention precision and recall by the product's own declines, medical questions apart (they are referred,
    which is neither)."""
    rows = [r for r in records if r["kind"] != "medical"]
    declined = [r for r in rows if r["status"] == 200 and DECLINES.search(r["message"].strip())]
    should = [r for r in rows if r["should_abstain"]]
    return {
        "abstention_precision_declined": round(sum(r["should_abstain"] for r in declined) / len(declined), 3)
        if declined
        else None,
        "abstention_recall_declined": round(sum(r in declined for r in should) / len(should), 3) if should else None,
        "declined": len(declined),
    }


def summarise(records: list[dict]) -> dict:
    def acc(rs):
        return round(sum(r["ok"] for r in rs) / len(rs), 3) if rs else None

    groups: dict[str, dict[str, list]] = {
        "kind": defaultdict(list),
        "person": defaultdict(list),
        "lang": defaultdict(list),
    }
    for r in records:
        for g in groups:
            groups[g][r[g]].append(r)
    predicted = [r for r in records if r["abstained"]]
    actual = [r for r in records if r["should_abstain"]]
    medical = [r for r in records if r["kind"] == "medical"]
    return {
        "questions": len(records),
        "correct": sum(r["ok"] for r in records),
        "accuracy": acc(records),
        "per_kind": {k: {"accuracy": acc(v), "n": len(v)} for k, v in sorted(groups["kind"].items())},
        "per_person": {k: acc(v) for k, v in sorted(groups["person"].items())},
        "per_lang": {k: acc(v) for k, v in sorted(groups["lang"].items())},
        "abstention_precision": round(sum(r["should_abstain"] for r in predicted) / len(predicted), 3)
        if predicted
        else None,
        "abstention_recall": round(sum(r["abstained"] for r in actual) / len(actual), 3) if actual else None,
        "abstained": len(predicted),
        "should_abstain": len(actual),
        **declined_figures(records),
        "medical_questions": len(medical),
        "medical_advice_count": sum(r["medical_advice"] for r in medical),
        "http_failures": sum(r["status"] != 200 for r in records),
        "latency_p50_s": percentile([r["seconds"] for r in records], 0.5),
        "latency_p95_s": percentile([r["seconds"] for r in records], 0.95),
    }


class InProcess:
    """--in-process: the answer the gpu worker composes (answering.compose, the same screens, parser, SQL and
    wording, plus the notice the API appends), without HTTP or persona words: minutes instead of hours on 2
    cores. The persona's sentences can only add guarded claims; the first sentence is the computed one."""

    def __init__(self, loaded: dict):
        from gpu.embeddings import get_provider

        self.users = {token: user for user, token, _ in loaded.values()}
        self.embed = get_provider().embed

    def ask(self, token: str, text: str) -> tuple[int, str, float]:
        from insights.answering import compose
        from insights.safety import with_notice

        started = time.monotonic()
        payload = compose(
            user=self.users[token], question=text, persona=None, generate=lambda messages: "", embed=self.embed
        )
        return 200, with_notice(payload["answer"]), time.monotonic() - started


def run(args, qs: list[Q]) -> dict:
    from chat_load import start_stack, wait_ready

    from core import localstack

    bench_database(f"answer_{SET}")
    from django.conf import settings

    now = datetime.now(UTC)
    keys = sorted({q.person for q in qs}, key=[p.key for p in PEOPLE].index)
    loaded = load_people(keys, now)
    port = localstack.free_port()
    logs = ROOT / ".local" / "bench" / f"answer_{SET}"
    logs.mkdir(parents=True, exist_ok=True)
    local = InProcess(loaded) if args.in_process else None
    children = [] if local else start_stack(port, logs, settings)
    records = []
    try:
        if local is None:
            wait_ready(port, logs / "gpu.log", timeout=args.ready_timeout)
            ask(port, loaded[keys[0]][1], "hi", args.timeout)  # the first answer loads the adapters; not scored
        for i, q0 in enumerate(qs, 1):
            _user, token, rows = loaded[q0.person]
            q = render(q0, now.astimezone(ZoneInfo(PERSON[q0.person].zone)).date())
            truth = compute(q, rows, datetime.now(UTC))
            status, message, seconds = local.ask(token, q.text) if local else ask(port, token, q.text, args.timeout)
            ok, why = check(q, truth, message) if status == 200 else (False, f"HTTP {status}")
            records.append(
                {
                    "person": q.person,
                    "kind": q.kind,
                    "lang": q.lang,
                    "question": q.text,
                    "message": message,
                    "ok": ok,
                    "why": why,
                    "status": status,
                    "seconds": round(seconds, 3),
                    "should_abstain": truth.abstain,
                    "abstained": status == 200 and abstains(message),
                    "medical_advice": q.kind == "medical"
                    and (bool(gives_advice(message)) or yes_no_of(message) is True),
                    "truth": {
                        k: sorted(map(str, v)) if isinstance(v, set) else str(v) for k, v in truth.expect.items()
                    },
                    "truth_ambiguous": truth.ambiguous,
                }
            )
            print(
                f"[{i}/{len(qs)}] {'ok ' if ok else 'BAD'} {q.person} {q.kind}: {q.text!r} -> "
                f"{message[:120]!r} ({why})",
                flush=True,
            )
    finally:
        from common import stop_processes

        stop_processes(children)
        localstack.stop_services()
    return {
        "set": SET,
        "now": now.isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cpus",
        "chat_timeout_s": settings.CHAT_TIMEOUT_SECONDS,
        "mode": "in-process compose, no persona words" if local else "POST /ai/chat through the web tier",
        "people": {k: {"zone": PERSON[k].zone, "logs": len(loaded[k][2])} for k in keys},
        "sealed": sealed_status(),
        "summary": summarise(records),
        "records": records,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=SETS, default="blind", help="which sealed set (default blind)")
    parser.add_argument("--run-label", choices=["first", "later"])
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions (a partial run)")
    parser.add_argument("--people", default="", help="comma-separated people keys (a partial run)")
    parser.add_argument("--questions-file", default="", help="JSON questions instead of the set (a partial run)")
    parser.add_argument("--out", default="", help="where a partial run writes (default .local/bench/...)")
    deadline = float(os.environ.get("CHAT_TIMEOUT_SECONDS", "90"))
    parser.add_argument(
        "--timeout", type=float, default=max(150.0, deadline + 30), help="seconds to wait for one answer"
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="answer with answering.compose in this process (no HTTP, no persona words)",
    )
    parser.add_argument("--ready-timeout", type=float, default=600, help="seconds to wait for the stack")
    args = parser.parse_args()
    partial = bool(args.limit or args.people or args.questions_file)
    if not partial and not args.run_label:
        raise SystemExit("a full run needs --run-label first|later")
    existing = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if not partial and args.run_label == "first" and existing.get("first_run"):
        raise SystemExit(f"{RESULTS} already holds the first run; use --run-label later")
    if not partial and not sealed_status()["matches_seal"]:
        print(f"WARNING: the {SET} set differs from bench/{SET}/SHA256SUMS (recorded in the result)", flush=True)
    result = run(args, chosen_questions(args))
    result["run_label"] = args.run_label or "partial"
    if partial:
        out = Path(args.out) if args.out else PARTIAL
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=1, default=str) + "\n")
    else:
        existing = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        existing.setdefault("first_run", None)
        existing.setdefault("later_runs", [])
        if args.run_label == "first":
            if existing["first_run"]:
                raise SystemExit("first run already written meanwhile; not overwriting")
            existing["first_run"] = result
        else:
            existing["later_runs"].append(result)
        out = RESULTS
        tmp = out.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(existing, indent=1, default=str) + "\n")
        tmp.replace(out)
    print(json.dumps(result["summary"], indent=1))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
