"""What a user's logs name, read in Python rather than in SQL. The lexicon gives the topics thousands of words;
PostgreSQL took seconds to compile such a regex and a third of a second to run it over 550 logs, on every query
of an answer, where Python's re reads the same logs in about 10 ms. So a query's subject arrives in SQL as the
ids of the logs that name it (`c.id = ANY(...)`) and a log's topic as a lookup, both from here.

Each user's descriptions are read once and kept until a log of theirs is added, changed or removed; the cache is
keyed by the user and holds nothing but their own log ids and texts, in this process's memory."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.db import connection

from cravings.vocabulary import TOPIC, TOPICS, folded, rank, topic_words, words_pattern

KEPT_USERS = 64


@dataclass(frozen=True)
class Texts:
    ids: tuple[int, ...]
    descriptions: tuple[str, ...]  # folded()
    with_triggers: tuple[str, ...]  # folded() description and trigger


_cache: OrderedDict[int, tuple[tuple, Texts, dict[str, str]]] = OrderedDict()
_lock = threading.Lock()


def version(user_id: int) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), max(id), max(updated_at) FROM cravings_craving WHERE user_id = %s", [user_id])
        return tuple(cursor.fetchone())


def texts(user_id: int) -> Texts:
    return entry(user_id)[1]


def entry(user_id: int) -> tuple[tuple, Texts, dict[str, str]]:
    current = version(user_id)
    with _lock:
        kept = _cache.get(user_id)
        if kept is not None and kept[0] == current:
            _cache.move_to_end(user_id)
            return kept
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, description, trigger FROM cravings_craving WHERE user_id = %s ORDER BY id", [user_id]
        )
        rows = cursor.fetchall()
    read = Texts(
        tuple(r[0] for r in rows),
        tuple(folded(r[1]) for r in rows),
        tuple(folded(f"{r[1]} {r[2]}") for r in rows),
    )
    made = (current, read, topics_of(read))
    with _lock:
        _cache[user_id] = made
        _cache.move_to_end(user_id)
        while len(_cache) > KEPT_USERS:
            _cache.popitem(last=False)
    return made


def topics(user_id: int) -> dict[str, str]:
    """{log id (as text): the topic its description names first, by the vocabulary's priority}; unnamed logs
    are left out (they read as 'other')."""
    return entry(user_id)[2]


def topic_order() -> list[tuple[str, re.Pattern]]:
    leaves = sorted((t.key for t in TOPICS if not t.parts), key=rank)
    umbrellas = [t.key for t in TOPICS if t.parts]
    return [(k, words_pattern(topic_words(k))) for k in leaves] + [
        (k, words_pattern(TOPIC[k].words)) for k in umbrellas
    ]


def topics_of(read: Texts) -> dict[str, str]:
    order = topic_order()
    out = {}
    for log_id, text in zip(read.ids, read.descriptions, strict=True):
        key = next((k for k, pattern in order if pattern.search(text)), None)
        if key is not None:
            out[str(log_id)] = key
    return out


def ids_naming(
    user_id: int,
    words: re.Pattern,
    *,
    unless: re.Pattern | None = None,
    stripped: re.Pattern | None = None,
    triggers: bool = False,
) -> list[int]:
    """Ids of the logs whose description (and trigger, with `triggers`) names one of `words`, unless it names
    one of `unless` once `stripped` (the subject's own phrases) is taken out of it."""
    read = texts(user_id)
    found = []
    for log_id, text in zip(read.ids, read.with_triggers if triggers else read.descriptions, strict=True):
        if not words.search(text):
            continue
        if unless is not None and unless.search(stripped.sub(" ", text) if stripped is not None else text):
            continue
        found.append(log_id)
    return found
