"""Answering a question about the user's own cravings, on the gpu worker, top to bottom:

1. screen: crisis language gets crisis resources and nothing else (insights/safety.py);
2. understand: intent, subject, conditions and time window (insights/understanding.py);
3. compute: the figures that answer it, in SQL over the subject's logs (insights/findings.py);
4. say: plain sentences from those figures, the first one answering the question (insights/wording.py);
5. voice: the persona adds a sentence or two, and the guard keeps only sentences whose every claim the
   computed answer makes (personas/guard.py). When nothing survives, the computed answer stands alone.
"""
from __future__ import annotations

import hashlib
import re
import time
from datetime import datetime, timezone

from django.core.cache import cache
from django.utils import timezone as dj_timezone

from cravings.selectors import craving_triggers, user_zone
from personas.guard import guard
from personas.voicing import composed, persona_prompt

from .findings import compute
from .models import Insight
from .payloads import AnswerPayload
from .safety import crisis_response, is_crisis, notes_resource, screen_notes, with_notice
from .scope import SubjectMatch
from .understanding import Question, understand
from .waiting import insight_announce
from .wording import sentences

CACHE_SECONDS = 24 * 3600


def cache_key(*, user, question: str, persona, today) -> str:
    """Keyed on the user's data version (any new, edited or newly embedded log misses), the persona
    version and the user's local date ("yesterday" means another day tomorrow)."""
    slug, version = (persona.slug, persona.version) if persona else ("", 0)
    raw = f"{user.id}:{user.data_version}:{slug}:{version}:{today}:{' '.join(question.lower().split())}"
    return hashlib.sha256(raw.encode()).hexdigest()


def cached(key: str) -> AnswerPayload | None:
    try:
        return cache.get(f"insight:{key}")
    except Exception:  # Redis down: answer without the cache
        return None


def remember(key: str, payload: AnswerPayload) -> None:
    try:
        cache.set(f"insight:{key}", payload, CACHE_SECONDS)
    except Exception:
        pass


def crisis_payload(*, user=None, text: str = "") -> AnswerPayload:
    return {"answer": crisis_response(user=user, text=text), "safety": "crisis", "finding": None,
            "sources": {"cravings": [], "markers": []}, "context_tokens": 0}


def local_now(user, now: datetime | None = None) -> datetime:
    zone, _ = user_zone(user)
    return (now or datetime.now(timezone.utc)).astimezone(zone).replace(tzinfo=None)


def matches(question: Question, embed) -> tuple[SubjectMatch | None, SubjectMatch | None]:
    """The subject and the association's other subject, with their words embedded in one call."""
    subjects = [s for s in (question.subject, question.other.subject if question.other else None) if s]
    vectors = embed([s.text for s in subjects]) if subjects else []
    found = [SubjectMatch(s, tuple(v)) for s, v in zip(subjects, vectors, strict=True)]
    main = found.pop(0) if question.subject else None
    return main, (found[0] if found else None)


def screened(said: list[str], embed=None) -> tuple[list[str], bool]:
    """Quoted user text (a trigger, a note) with crisis language is never repeated, nor put in a prompt."""
    quotes = sorted({q for sentence in said for q in re.findall(r"“([^”]*)”", sentence)})
    serious = {q for q, bad in zip(quotes, screen_notes(quotes, embed), strict=True) if bad}
    out = []
    for sentence in said:
        for quote in serious:
            sentence = sentence.replace(f"“{quote}”", "a note I won't repeat here")
        out.append(sentence)
    return out, bool(serious)


def compose(*, user, question: str, persona, generate, embed, now: datetime | None = None, **_) -> AnswerPayload:
    """The answer payload. `generate(messages) -> str` and `embed(texts)` come from the worker."""
    if is_crisis(question, embed):
        return crisis_payload(user=user, text=question)
    started = time.perf_counter()
    moment = local_now(user, now)
    understood = understand(question, today=moment.date(), now=moment, embed=embed)
    match, other = matches(understood, embed)
    finding = compute(question=understood, user_id=user.id, now=moment, match=match,
                      condition_matches=[None] * len(understood.conditions), other_match=other)
    said, hit = screened(sentences(finding, understood, moment.date()), embed)
    answer = " ".join(said)
    compute_ms = (time.perf_counter() - started) * 1000
    kept: list[str] = []
    dropped: list[str] = []
    tokens, triggers = 0, []
    if finding.status in ("answered", "too_little_data", "none_in_window"):
        # The persona's sentences that survive the guard, and the ones it dropped.
        messages = persona_prompt(persona=persona, question=understood.text, answer=answer)
        counter = getattr(generate, "count_tokens", None)
        tokens = counter(" ".join(m["content"] for m in messages)) if counter else 0
        triggers = craving_triggers(user=user)
        kept, dropped = guard(generate(messages), answer=answer, triggers=triggers)
    text = composed(answer, kept, triggers) if kept else answer
    if hit:
        text += " " + notes_resource(user)
    record = finding.as_dict() | {"question": {"intent": understood.intent, "decidedBy": understood.decided_by,
                                               "strongest": understood.strongest}}
    return {"answer": text, "computed": answer, "safety": "notes_screened" if hit else "",
            "finding": record, "generated": {"kept": kept, "dropped": dropped},
            "context_tokens": tokens, "compute_ms": round(compute_ms, 1),
            "sources": {"cravings": finding.sources, "markers": []}}


def insight_finish(insight: Insight, payload: AnswerPayload) -> Insight:
    insight.answer = with_notice(payload["answer"])
    insight.safety = payload.get("safety", "")
    insight.finding = payload.get("finding")
    insight.sources = payload.get("sources", {})
    insight.context_tokens = payload.get("context_tokens", 0)
    insight.status = Insight.Status.DONE
    insight.completed_at = dj_timezone.now()
    insight.save()
    insight_announce(insight.id)
    return insight
