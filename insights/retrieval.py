"""Time-aware retrieval over one user's cravings and trend markers.

1. The question's time words become SQL filters (days, local hours, weekdays).
2. Candidates are ranked by exact cosine similarity within those filters (the per-user index).
3. Recency re-weights similarity multiplicatively with a floor: weight = floor + (1 - floor) * 0.5^(age/half-life).
   A 30-day-old log keeps most of its weight (LangChain's additive decay would make it worthless); when
   the question names its own time span, recency is not applied at all.
4. How many items: broad questions (patterns, "usually", "why") take more, narrow ones fewer, then the
   list is cut where scores fall below a share of the best.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from django.db.models import DateTimeField, ExpressionWrapper, F, Value
from django.db.models.functions import ExtractHour, ExtractIsoWeekDay
from pgvector.django import CosineDistance

from cravings.models import Craving

from .models import TrendMarker
from .periods import utc_superset
from .timeparse import TimeFilter

CANDIDATES = 200
RECENCY_FLOOR = 0.6
HALF_LIFE_DAYS = 45
BROAD = re.compile(r"\b(why|usually|often|pattern|trend|most|common|always|tend|when (do )?(i|i'm|im)|what makes|"
                   r"what triggers|overall|habits?|change\w*|still|anymore|now|since|stopped|used to|compared)\b",
                   re.I)
NARROW = re.compile(r"\b(last time|latest|most recent|yesterday|today|tonight|this morning)\b", re.I)
GENERIC = re.compile(r"\b(how am i doing|how('s| is) it going|progress|overall|summary|stats|statistics|"
                     r"how many|how much|doing better|improv\w*)\b", re.I)
# Abstain when the question's subject ("gambling") pulls it no closer to any log than the same question
# without the subject ("Do I get cravings for?"): a contrast, because one-word embeddings are unreliable
# and craving vocabulary alone already matches every log.
ABSTAIN_LIFT = 0.05  # best log's similarity, with vs without the subject
ABSTAIN_ITEM_LIFT = 0.12  # the largest gain the subject gives any single log
UNRELATED_SIMILARITY = 0.3  # nothing logged is even remotely like the question
CONFIDENT_SIMILARITY = 0.6
# Words every craving question shares; what is left is the subject the logs must be about.
FILLER = re.compile(r"\b(do|does|did|i'm|i've|i'd|im|i|me|my|mine|am|is|are|was|were|be|have|has|had|a|an|the|of|for|to|in|"
                    r"on|at|about|with|and|or|what|when|why|how|which|who|ever|often|much|many|usually|any|"
                    r"crav\w*|urges?|want\w*|feel\w*|logs?|logged|times?|last|this|week|month|year|day|days|"
                    r"night|evenings?|mornings?|afternoons?|weekends?|weekdays?|since|recently|lately|get|got|happen\w*|"
                    r"going|doing|go|went|anything|something|things?|tell|show|see|there|it|that|these|those|"
                    r"can|could|should|would|will|you|your|more|less|most|least|than|from|so|all|lot|lots|now|still|"
                    r"yesterday|today|tonight|trigger\w*|usual\w*|change\w*|habits?|like|about|anymore|"
                    r"january|february|march|april|may|june|july|august|september|october|november|december|"
                    r"spring|summer|fall|autumn|winter|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|"
                    r"saturdays?|sundays?|late|early|when|while|after|before|during)\b",
                    re.I)


def subject(question: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", FILLER.sub(" ", question)).split())


def without_subject(question: str, topic: str) -> str:
    words = set(topic.lower().split())
    return " ".join(w for w in question.split() if re.sub(r"[^\w']", "", w.lower()) not in words)


@dataclass
class Hit:
    craving: Craving
    similarity: float
    score: float


@dataclass
class Retrieved:
    hits: list[Hit]
    markers: list[TrendMarker]
    time_filter: TimeFilter
    k: int
    abstain: bool = False
    best_similarity: float = 0.0
    notes: dict = field(default_factory=dict)


def local_time():
    return ExpressionWrapper(F("occurred_at") + F("utc_offset_minutes") * Value(timedelta(minutes=1)),
                             output_field=DateTimeField())


def candidates(*, user, query_vector: list[float], tf: TimeFilter, limit: int = CANDIDATES) -> list[Craving]:
    qs = Craving.objects.filter(user=user, embedding__isnull=False).defer("embedding")
    low, high = utc_superset(tf.start, tf.end)
    if low:
        qs = qs.filter(occurred_at__gte=low)
    if high:
        qs = qs.filter(occurred_at__lt=high)
    if tf.start or tf.end or tf.hours or tf.weekdays:
        qs = qs.annotate(local_ts=local_time())
    if tf.start:
        qs = qs.filter(local_ts__date__gte=tf.start)
    if tf.end:
        qs = qs.filter(local_ts__date__lte=tf.end)
    if tf.hours:
        qs = qs.annotate(local_hour=ExtractHour("local_ts", tzinfo=timezone.utc)).filter(local_hour__in=tf.hours)
    if tf.weekdays:
        qs = qs.annotate(local_weekday=ExtractIsoWeekDay("local_ts", tzinfo=timezone.utc)).filter(
            local_weekday__in=tf.weekdays)
    return list(qs.annotate(distance=CosineDistance("embedding", query_vector)).order_by("distance")[:limit])


def choose_k(question: str) -> tuple[int, int]:
    """(most, fewest) items for this kind of question."""
    if NARROW.search(question):
        return 6, 1
    if BROAD.search(question):
        return 30, 8
    return 15, 4


def recency_weight(age_days: float) -> float:
    return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * 0.5 ** (max(age_days, 0) / HALF_LIFE_DAYS)


def nearest_similarity(*, user, vector: list[float]) -> float:
    nearest = (Craving.objects.filter(user=user, embedding__isnull=False)
               .annotate(distance=CosineDistance("embedding", vector)).order_by("distance")
               .values_list("distance", flat=True).first())
    return 1 - nearest if nearest is not None else 0.0


def spread_over_months(hits: list[Hit], k: int) -> list[Hit]:
    """Round-robin over months (best month first): evidence for "has it changed?" spans the whole year."""
    months: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        months.setdefault((hit.craving.occurred_at.year, hit.craving.occurred_at.month), []).append(hit)
    queues = sorted(months.values(), key=lambda group: -group[0].score)
    chosen: list[Hit] = []
    while len(chosen) < k and any(queues):
        for group in queues:
            if group and len(chosen) < k:
                chosen.append(group.pop(0))
    return sorted(chosen, key=lambda h: h.score, reverse=True)


def largest_item_lift(*, user, query_vector: list[float], null_vector: list[float]) -> float:
    lift = (Craving.objects.filter(user=user, embedding__isnull=False)
            .annotate(lift=CosineDistance("embedding", null_vector) - CosineDistance("embedding", query_vector))
            .order_by("-lift").values_list("lift", flat=True).first())
    return lift or 0.0


def never_logged(*, user, question: str, query_vector: list[float], null_vector: list[float] | None) -> bool:
    """Is the question about something this user never logged? (Measured in bench/rag_bench.py.)"""
    if null_vector is None or GENERIC.search(question):
        return False  # no subject ("what happened last week?") or a question about progress
    best = nearest_similarity(user=user, vector=query_vector)
    if best >= CONFIDENT_SIMILARITY:
        return False
    if best < UNRELATED_SIMILARITY:
        return True
    return (best - nearest_similarity(user=user, vector=null_vector) < ABSTAIN_LIFT
            and largest_item_lift(user=user, query_vector=query_vector, null_vector=null_vector) < ABSTAIN_ITEM_LIFT)


def retrieve(*, user, question: str, query_vector: list[float], tf: TimeFilter, now: datetime,
             null_vector: list[float] | None = None) -> Retrieved:
    """null_vector: the question embedded without its subject words (None when it has no subject)."""
    rows = candidates(user=user, query_vector=query_vector, tf=tf)
    hits = []
    for craving in rows:
        similarity = 1 - craving.distance
        age = (now - craving.occurred_at).total_seconds() / 86400
        weight = 1.0 if tf.explicit else recency_weight(age)
        hits.append(Hit(craving, similarity, similarity * weight))
    hits.sort(key=lambda h: h.score, reverse=True)
    most, fewest = choose_k(question)
    if null_vector is None and not tf.empty:
        # "What happened last week at night?": the window is the subject; take what it holds.
        kept = hits[:30]
    else:
        # Relevance decides what is in (by similarity, so recency cannot push old evidence out);
        # recency only orders it.
        best_sim = max((h.similarity for h in hits), default=0.0)
        relevant = [h for h in hits if h.similarity >= 0.65 * best_sim]
        kept = relevant[:most] if not BROAD.search(question) else spread_over_months(relevant, most)
        if len(kept) < fewest:
            kept = hits[:fewest]
    best_similarity = max((h.similarity for h in hits), default=0.0)
    abstain = never_logged(user=user, question=question, query_vector=query_vector, null_vector=null_vector)
    markers = [] if abstain else markers_for(user=user, query_vector=query_vector, tf=tf, hits=kept)
    return Retrieved(hits=[] if abstain else kept, markers=markers,
                     time_filter=tf, k=len(kept), abstain=abstain, best_similarity=best_similarity)


def markers_for(*, user, query_vector: list[float], tf: TimeFilter, hits: list[Hit], limit: int = 6) -> list[TrendMarker]:
    """Weekly markers inside the asked span, plus monthly ones for history older than the raw items."""
    qs = TrendMarker.objects.filter(user=user, embedding__isnull=False).defer("embedding")
    if tf.start:
        qs = qs.filter(period_end__gte=tf.start)
    if tf.end:
        qs = qs.filter(period_start__lte=tf.end)
    oldest_hit: date | None = min((h.craving.occurred_at.date() for h in hits), default=None)
    weekly = qs.filter(kind=TrendMarker.Kind.WEEK)
    monthly = qs.filter(kind=TrendMarker.Kind.MONTH)
    if oldest_hit and not tf.start:
        monthly = monthly.filter(period_start__lt=oldest_hit)
    ranked = []
    for group, n in ((weekly, limit // 2), (monthly, limit - limit // 2)):
        ranked += list(group.annotate(distance=CosineDistance("embedding", query_vector)).order_by("distance")[:n])
    return ranked
