"""A thing named in the person's own words: a question that names nothing the vocabulary knows ("when do I want a
boba run?") is about the word its asker logs under, when that word is in their own unrecognised logs. The vocabulary cannot hold every brand and nickname; the person's logs hold theirs."""

from __future__ import annotations

import re
from dataclasses import replace

from insights.understanding import NOT_A_THING, Subject, conditions_in

from .compute.sql import unnamed_counts
from .query import Group, Query
from .understand.spelling import EVERYDAY, QUESTION_WORDS, example_words

WORD = re.compile(r"[^\W\d_][^\W\d_'-]{2,}")
MIN_LOGS = 2  # one log could share any word by chance


def candidates(text: str) -> list[str]:
    """The question's words that are not question words, everyday words, times, places or feelings."""
    situational = {w for c in conditions_in(text) for w in WORD.findall(c.label.lower())}
    common = set(QUESTION_WORDS) | set(EVERYDAY) | NOT_A_THING | example_words() | situational
    return list(dict.fromkeys(w for w in WORD.findall(text.lower()) if w not in common))


def own_word(user_id: int, query: Query) -> str | None:
    """The candidate most logged among the user's logs that name no known thing, if any is logged twice."""
    if query.filters.subject is not None or query.group is Group.SUBJECT:
        return None
    words = candidates(query.text)
    if not words:
        return None
    counts = unnamed_counts(user_id, words)
    best = max(words, key=lambda w: counts.get(w, 0))
    return best if counts.get(best, 0) >= MIN_LOGS else None


def with_own_word(user_id: int, query: Query) -> Query:
    word = own_word(user_id, query)
    if word is None:
        return query
    return query.with_(filters=replace(query.filters, subject=Subject(word)))
