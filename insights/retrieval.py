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
from .timeparse import TimeFilter

CANDIDATES = 200
RECENCY_FLOOR = 0.6
HALF_LIFE_DAYS = 45
BROAD = re.compile(r"\b(why|usually|often|pattern|trend|most|common|always|tend|when do i|what makes|"
                   r"what triggers|overall|habits?)\b", re.I)
NARROW = re.compile(r"\b(last time|latest|most recent|yesterday|today|tonight|this morning)\b", re.I)
GENERIC = re.compile(r"\b(how am i doing|how('s| is) it going|progress|overall|summary|stats|statistics|"
                     r"how many|how much|doing better|improv\w*)\b", re.I)
ABSTAIN_SIMILARITY = 0.35
# Words every craving question shares; what is left is the subject the logs must be about.
FILLER = re.compile(r"\b(do|does|did|i|i'm|im|me|my|mine|am|is|are|was|were|be|have|has|had|a|an|the|of|for|to|in|"
                    r"on|at|about|with|and|or|what|when|why|how|which|who|ever|often|much|many|usually|any|"
                    r"crav\w*|urges?|want\w*|feel\w*|logs?|logged|times?|last|this|week|month|year|day|days|"
                    r"night|evenings?|mornings?|afternoons?|weekends?|weekdays?|since|recently|lately|get|got|happen\w*|"
                    r"going|doing|go|went|anything|something|things?|tell|show|see|there|it|that|these|those|"
                    r"can|could|should|would|will|you|your|more|less|most|least|than|from|so|all|lot|lots)\b",
                    re.I)


def subject(question: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", FILLER.sub(" ", question)).split())


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


def utc_bounds(tf: TimeFilter) -> tuple[datetime | None, datetime | None]:
    """A superset in UTC (offsets span -12h..+14h); the exact local-day test follows in SQL."""
    low = datetime.combine(tf.start, datetime.min.time(), timezone.utc) - timedelta(hours=15) if tf.start else None
    high = (datetime.combine(tf.end + timedelta(days=1), datetime.min.time(), timezone.utc) + timedelta(hours=15)
            if tf.end else None)
    return low, high


def candidates(*, user, query_vector: list[float], tf: TimeFilter, limit: int = CANDIDATES) -> list[Craving]:
    qs = Craving.objects.filter(user=user, embedding__isnull=False).defer("embedding")
    low, high = utc_bounds(tf)
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


def subject_similarity(*, user, subject_vector: list[float]) -> float:
    """How close the user's closest log comes to the question's subject alone."""
    nearest = (Craving.objects.filter(user=user, embedding__isnull=False)
               .annotate(distance=CosineDistance("embedding", subject_vector)).order_by("distance")
               .values_list("distance", flat=True).first())
    return 1 - nearest if nearest is not None else 0.0


def retrieve(*, user, question: str, query_vector: list[float], tf: TimeFilter, now: datetime,
             subject_vector: list[float] | None = None) -> Retrieved:
    rows = candidates(user=user, query_vector=query_vector, tf=tf)
    hits = []
    for craving in rows:
        similarity = 1 - craving.distance
        age = (now - craving.occurred_at).total_seconds() / 86400
        weight = 1.0 if tf.explicit else recency_weight(age)
        hits.append(Hit(craving, similarity, similarity * weight))
    hits.sort(key=lambda h: h.score, reverse=True)
    most, fewest = choose_k(question)
    best = hits[0].score if hits else 0.0
    kept = [h for i, h in enumerate(hits[:most]) if i < fewest or h.score >= 0.6 * best]
    best_similarity = (subject_similarity(user=user, subject_vector=subject_vector) if subject_vector
                       else max((h.similarity for h in hits), default=0.0))
    abstain = best_similarity < ABSTAIN_SIMILARITY and not GENERIC.search(question)
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
