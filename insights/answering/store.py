"""What surrounds an answer: its cache (per user, data version, persona and local day), the crisis
payload, the user's local clock, the screen on quoted notes, and saving a finished insight."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

from django.core.cache import cache
from django.utils import timezone as dj_timezone

from cravings.hemisphere import is_southern
from cravings.selectors import user_zone
from insights.models import Insight
from insights.payloads import AnswerPayload
from insights.safety import crisis_response, screen_notes, with_notice
from insights.waiting import insight_announce

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


def crisis_payload(*, user=None, text: str = "", locale: str | None = None) -> AnswerPayload:
    return {
        "answer": crisis_response(user=user, text=text, locale=locale),
        "safety": "crisis",
        "finding": None,
        "sources": {"cravings": [], "markers": []},
        "context_tokens": 0,
    }


def local_clock(user, now: datetime | None = None) -> tuple[datetime, bool]:
    """The user's local wall clock, and whether they live south of the equator (their seasons' months swap),
    from one look-up of their zone."""
    zone, name = user_zone(user)
    return (now or datetime.now(UTC)).astimezone(zone).replace(tzinfo=None), is_southern(name)


def local_now(user, now: datetime | None = None) -> datetime:
    return local_clock(user, now)[0]


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
