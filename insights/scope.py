"""Which of a user's logs a question is about, as one SQL condition: the window in local wall-clock time,
hours and weekdays, the subject (named in the description, or close in meaning) and the conditions."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from cravings.vocabulary import RESISTED_SQL, TOPIC, TOPICS, rank, topic_parts, topic_words, words_pattern

from . import described
from .analytics import local_ts
from .understanding import Condition, Subject

LOCAL_TS = local_ts("c.")
LOCAL_HOUR = f"extract(hour FROM {LOCAL_TS})::int"
# A log's day begins at 5 am, so a night that crosses midnight belongs to the evening it began ("Friday
# night" holds Saturday 00:30). answering/query.py's DAY_STARTS_AT_HOUR says the same.
LOCAL_DAY = f"({LOCAL_TS} - interval '5 hours')"
LOCAL_ISODOW = f"extract(isodow FROM {LOCAL_DAY})::int"
# Cosine similarity between a subject's words and a log's description + trigger (all-MiniLM-L6-v2) at or
# above which the log is about the subject, unless its description names an unrelated topic. Chosen on
# the dev people of bench/answer_bench.py (its `subject_threshold` section holds the sweep and test F1).
SUBJECT_SIMILARITY = 0.4
OFFSET_SLACK = timedelta(hours=15)  # local time is UTC-12..+14: this UTC range surely holds a local window


@dataclass(frozen=True)
class SubjectMatch:
    subject: Subject
    vector: tuple[float, ...] | None  # the subject's words embedded; None matches by words alone
    similarity: float = SUBJECT_SIMILARITY
    # A mention anywhere (description or trigger, whatever else it names): a cigarette beside a drink
    # counts "smoke with a beer" as a drinking log too.
    mentions: bool = False

    def related(self) -> set[str]:
        out: set[str] = set()
        for subject in (self.subject, *self.subject.alternatives):
            if subject.topic is not None:
                out |= {subject.topic} | topic_parts(subject.topic) | ancestors(subject.topic)
        return out

    def unrelated_words(self, *, above_only: bool = False) -> tuple[str, ...]:
        """Words of every topic that is neither this one nor above or below it; above_only: just the
        topics that outrank it (a log naming one of those is about that instead)."""
        related, own = self.related(), set(self.subject.words)
        mine = rank(self.subject.topic) if self.subject.topic else -1
        words = [
            w
            for t in TOPICS
            if t.key not in related and (not above_only or (not t.parts and rank(t.key) < mine))
            for w in t.words
            if w not in own
        ]
        if self.subject.topic and not self.subject.whole_topic and not above_only:
            # "ice cream" is not "chocolate"; but "doomscroll" is "doomscrolling": a form of the same word stays
            words += [w for w in TOPIC[self.subject.topic].words if w not in own and not same_word(w, own)]
        return tuple(words)


def same_word(word: str, own: set[str]) -> bool:
    """One word another's form: the one begins the other ("doomscroll", "doomscrolling"; "vape", "vaping")."""
    stem = word.removesuffix("e")
    return any(len(o) >= 4 and (word.startswith(o.removesuffix("e")) or o.startswith(stem)) for o in own)


def ancestors(key: str) -> set[str]:
    return {t.key for t in TOPICS if key in topic_parts(t.key)}


@dataclass(frozen=True)
class Scope:
    user_id: int
    start: datetime | None = None  # local, inclusive
    end: datetime | None = None  # local, exclusive
    hours: frozenset[int] = frozenset()
    weekdays: frozenset[int] = frozenset()
    subject: SubjectMatch | None = None
    conditions: tuple[tuple[Condition, SubjectMatch | None], ...] = ()
    min_intensity: float | None = None
    max_intensity: float | None = None
    resisted: bool | None = None  # only resisted (True) or given-in (False) logs

    def all_time(self) -> Scope:
        """The same logs at any date (hour and weekday filters stay): "when last?", "still?"."""
        return replace(self, start=None, end=None)

    def without_subject(self) -> Scope:
        """The user's baseline in the same window: every log, whatever it is about."""
        return replace(self, subject=None, conditions=(), min_intensity=None, max_intensity=None, resisted=None)


def vector_literal(vector) -> str:
    return "[" + ",".join(f"{x:.6f}" for x in vector) + "]"


def subject_sql(match: SubjectMatch, name: str, params: dict, user_id: int) -> str:
    """A log is about the subject when its description names it (unless it names something that outranks
    it, or names it only by a verb like "smoke" beside another thing: "smoke a joint"), or when its
    embedding is close to the subject's words and its description names nothing unrelated. The words are
    read in Python (described.py): the logs that name them arrive as ids."""
    if match.mentions:
        params[f"{name}_ids"] = described.ids_naming(
            user_id, words_pattern(match.subject.words), triggers=True, spread=True
        )
        return f"(c.id = ANY(%({name}_ids)s))"
    unrelated, above = match.unrelated_words(), match.unrelated_words(above_only=True)
    # The outranking test reads the description without the subject's own phrases: "ginger beer" is a soda.
    # A verb ("smoke") names cigarettes unless the log names something that outranks them ("smoke a joint").
    params[f"{name}_ids"] = described.ids_naming(
        user_id,
        words_pattern(match.subject.words),
        unless=words_pattern(above) if above else None,
        stripped=own_phrases(match) if above and match.subject.topic else None,
        spread=True,
    )
    parts = [f"c.id = ANY(%({name}_ids)s)"]
    if match.vector is not None:
        params[f"{name}_vector"] = vector_literal(match.vector)
        params[f"{name}_distance"] = 1 - match.similarity
        semantic = f"c.embedding IS NOT NULL AND (c.embedding <=> %({name}_vector)s::vector) <= %({name}_distance)s"
        if unrelated:
            params[f"{name}_other"] = described.ids_naming(user_id, words_pattern(unrelated))
            semantic += f" AND NOT (c.id = ANY(%({name}_other)s))"
        parts.append(semantic)
    return "(" + " OR ".join(f"({p})" for p in parts) + ")"


def own_phrases(match: SubjectMatch) -> re.Pattern:
    """The subject's words and its topic's, as a pattern that removes neighbouring phrases too."""
    own = (*match.subject.words, *(topic_words(match.subject.topic) if match.subject.topic else ()))
    return words_pattern(tuple(own), keep_end=True)


def condition_sql(condition: Condition, match: SubjectMatch | None, name: str, params: dict, user_id: int) -> str:
    if condition.kind in ("subject", "mention") and match is not None:
        return subject_sql(match, name, params, user_id)
    if condition.location:
        params[name] = condition.location
        return f"c.location = %({name})s"
    if condition.people:
        params[name] = condition.people
        return f"%({name})s = ANY(c.people)"
    params[f"{name}_emotions"] = list(condition.emotions)
    parts = [f"c.emotions && %({name}_emotions)s::varchar[]"]
    if condition.trigger_words:
        params[f"{name}_trigger"] = r"(" + "|".join(condition.trigger_words) + r")"
        parts.append(f"c.trigger ~* %({name}_trigger)s")
    return "(" + " OR ".join(parts) + ")"


def where(scope: Scope, params: dict, prefix: str = "s") -> str:
    """The SQL condition over `cravings_craving c`; fills `params`."""
    params[f"{prefix}_user"] = scope.user_id
    clauses = [f"c.user_id = %({prefix}_user)s"]
    if scope.start:
        # A UTC range first, so the (user, occurred_at) index narrows the scan; then the exact local test.
        params[f"{prefix}_low"] = scope.start - OFFSET_SLACK
        params[f"{prefix}_start"] = scope.start
        clauses += [
            f"c.occurred_at >= %({prefix}_low)s::timestamp AT TIME ZONE 'UTC'",
            f"{LOCAL_TS} >= %({prefix}_start)s",
        ]
    if scope.end:
        params[f"{prefix}_high"] = scope.end + OFFSET_SLACK
        params[f"{prefix}_end"] = scope.end
        clauses += [
            f"c.occurred_at < %({prefix}_high)s::timestamp AT TIME ZONE 'UTC'",
            f"{LOCAL_TS} < %({prefix}_end)s",
        ]
    if scope.hours:
        params[f"{prefix}_hours"] = sorted(scope.hours)
        clauses.append(f"{LOCAL_HOUR} = ANY(%({prefix}_hours)s)")
    if scope.weekdays:
        params[f"{prefix}_weekdays"] = sorted(scope.weekdays)
        clauses.append(f"{LOCAL_ISODOW} = ANY(%({prefix}_weekdays)s)")
    if scope.subject:
        clauses.append(subject_sql(scope.subject, f"{prefix}_subject", params, scope.user_id))
    for index, (condition, match) in enumerate(scope.conditions):
        clauses.append(condition_sql(condition, match, f"{prefix}_cond{index}", params, scope.user_id))
    if scope.max_intensity is not None:
        params[f"{prefix}_max_intensity"] = scope.max_intensity
        clauses.append(f"c.intensity <= %({prefix}_max_intensity)s")
    if scope.resisted is not None:
        clauses.append(("" if scope.resisted else "NOT ") + f"({RESISTED_SQL.replace('resistance', 'c.resistance')})")
    if scope.min_intensity is not None:
        params[f"{prefix}_min_intensity"] = scope.min_intensity
        clauses.append(f"c.intensity >= %({prefix}_min_intensity)s")
    return " AND ".join(clauses)


def topic_case(user_id: int) -> tuple[str, dict]:
    """SQL naming each log's thing by the words in its description: its topic (in PRIORITY order) or the item
    within it ("ice cream" within sweets, described.things_of), else 'other'."""
    return "coalesce(%(log_topics)s::jsonb ->> c.id::text, 'other')", {
        "log_topics": json.dumps(described.things(user_id))
    }
