"""Answering a question about the user's own cravings, on the gpu worker: screen, retrieve, build the
context, generate with the persona, keep only numbers that the context holds, cite sources."""
from __future__ import annotations

import hashlib
import logging
import time
from datetime import datetime, timedelta, timezone

from django.core.cache import cache
from django.utils import timezone as dj_timezone

from .analytics import craving_analytics
from .context import NUMBER, build_context, guard_numbers, stats_text
from .models import Insight
from .periods import Window, user_zone
from .retrieval import BROAD, retrieve, subject, without_subject
from .safety import CRISIS_RESPONSE, is_crisis, with_notice
from .timeparse import parse_time

log = logging.getLogger(__name__)
CACHE_SECONDS = 24 * 3600
ANSWER_RULES = ("Answer the user's question in 2-4 short sentences using only the context. Use only numbers "
                "that appear in the context. If the context does not answer it, say so. Do not give medical "
                "advice, diagnoses or treatment.")


def cache_key(*, user, question: str, persona) -> str:
    """The user's data version is part of the key: any new or edited log makes every cached answer miss."""
    slug, version = (persona.slug, persona.version) if persona else ("", 0)
    raw = f"{user.id}:{user.data_version}:{slug}:{version}:{' '.join(question.lower().split())}"
    return hashlib.sha256(raw.encode()).hexdigest()


def cached(key: str) -> dict | None:
    try:
        return cache.get(f"insight:{key}")
    except Exception:  # Redis down: answer without the cache
        return None


def remember(key: str, payload: dict) -> None:
    try:
        cache.set(f"insight:{key}", payload, CACHE_SECONDS)
    except Exception:
        pass


def crisis_payload() -> dict:
    return {"answer": CRISIS_RESPONSE, "safety": "crisis", "sources": {"cravings": [], "markers": []},
            "context_tokens": 0}


def analytics_for(user, tf, today, zone_name: str) -> dict:
    start = tf.start or today - timedelta(days=29)
    end = tf.end or today
    return craving_analytics(user=user, window=Window("question", start, end, zone_name))


def compose(*, user, question: str, persona, generate, embed, count_tokens, now: datetime | None = None) -> dict:
    """The answer payload; `generate(messages) -> str`, `embed(texts)`, `count_tokens(text)` come from the worker."""
    if is_crisis(question):
        return crisis_payload()
    now = now or datetime.now(timezone.utc)
    zone, zone_name = user_zone(user)
    today = now.astimezone(zone).date()
    tf = parse_time(question, today)
    started = time.perf_counter()
    topic = subject(question)
    vectors = embed([question, without_subject(question, topic)] if topic else [question])
    retrieved = retrieve(user=user, question=question, query_vector=vectors[0], tf=tf, now=now,
                         null_vector=vectors[1] if topic else None)
    analytics = analytics_for(user, tf, today, zone_name)
    context = build_context(analytics=analytics, retrieved=retrieved, count_tokens=count_tokens)
    retrieval_ms = (time.perf_counter() - started) * 1000
    facts = stats_text(analytics).split(". ")[0].replace("Statistics for", "From") + "."
    # Patterns found by SQL are stated as found, whatever the model makes of them.
    found = [p["statement"] for p in analytics["patterns"][:2]] if BROAD.search(question) else []
    if retrieved.abstain:
        answer = (f"I couldn't find any logged cravings about that, so I can't say anything about it from your "
                  f"data. {facts}")
    else:
        system = (persona.system_prompt if persona else "You are CRAVE's assistant.") + " " + ANSWER_RULES
        allowed = context.allowed_numbers | set(NUMBER.findall(question))
        generated = guard_numbers(generate([{"role": "system", "content": system},
                                            {"role": "user", "content": f"Context:\n{context.text}\n\nQuestion: {question}"}]),
                                  allowed)
        answer = " ".join([facts, *found, generated]).strip()
    safety = "notes_screened" if context.screened else ""
    if context.screened:
        answer += " Some of your notes mention something serious; if you are struggling, please reach out: " \
                  "in the US call or text 988, or find a free line at findahelpline.com."
    return {"answer": answer, "safety": safety, "context_tokens": context.tokens, "retrieval_ms": round(retrieval_ms, 1),
            "sources": {"cravings": context.craving_ids, "markers": context.marker_ids,
                        "stats": {k: analytics[k] for k in ("period", "totalCravings", "averageIntensity",
                                                            "totalResisted", "successRate")}}}


def insight_finish(insight: Insight, payload: dict) -> Insight:
    insight.answer = with_notice(payload["answer"])
    insight.safety = payload.get("safety", "")
    insight.sources = payload.get("sources", {})
    insight.context_tokens = payload.get("context_tokens", 0)
    insight.status = Insight.Status.DONE
    insight.completed_at = dj_timezone.now()
    insight.save()
    return insight
