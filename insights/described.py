"""What a user's logs name, read in Python rather than in SQL. The lexicon gives the topics thousands of words;
PostgreSQL took seconds to compile such a regex and a third of a second to run it over 550 logs, on every query
of an answer, where Python's re reads the same logs in about 10 ms. So a query's subject arrives in SQL as the
ids of the logs that name it (`c.id = ANY(...)`) and a log's topic as a lookup, both from here.

Each user's descriptions are read once and kept until a log of theirs is added, changed or removed; the cache is
keyed by the user and holds nothing but their own log ids and texts, in this process's memory."""

from __future__ import annotations

import re
import threading
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field

import numpy as np
from django.db import connection

from cravings.lexicon import item_topic, named_items
from cravings.vocabulary import TOPIC, TOPICS, folded, rank, topic_words, words_pattern

from .neighbours import nearest_labels, unit_rows

KEPT_USERS = 64


@dataclass(frozen=True)
class Texts:
    ids: tuple[int, ...]
    descriptions: tuple[str, ...]  # folded()
    triggers: tuple[str, ...]  # folded(), stripped
    with_triggers: tuple[str, ...]  # folded() description and trigger
    # each log's stored embedding as a unit row (zeros until it has one); None when none has one
    vectors: np.ndarray | None = field(default=None, compare=False)

    @classmethod
    def of(cls, rows) -> Texts:
        """From (id, description, trigger) or (id, description, trigger, embedding) rows."""
        rows = list(rows)
        return cls(
            tuple(r[0] for r in rows),
            tuple(log_text(r[1]) for r in rows),
            tuple(folded(r[2]).strip() for r in rows),
            tuple(log_text(f"{r[1]} {r[2]}") for r in rows),
            unit_rows([r[3] if len(r) > 3 else None for r in rows]),
        )


# Where a thing was bought is not what was craved: "tokhmeh from the shop" is seeds, not shopping.
SHOP_AS_PLACE = re.compile(r"\b(?:from|at|to|in|by|near)\s+(?:the|a|my)\s+(?:\w+\s+)?shops?\b")


# Where the craving came, in words a shopping craving also uses: "brigadeiro com a minha irmã no shopping" (at the mall),
# "churros en el centro comercial". Read as a place only when the rest of the log still names what was craved:
# "wanted to go to the mall" is the shopping itself.
MALL_AS_PLACE = re.compile(
    r"\b(?:at|in|to|from|near|no|na|do|da|ao|em|en|al|del|au|du|dans|im|am|beim|nel|bij|op)\s+"
    r"(?:(?:the|a|my|el|la|le|o|um|uma|un|une|dem|der|den|het|de|il|lo)\s+)?"
    r"(?:malls?|shopping(?:\s+(?:centre|center|mall))?|centro\s+comercial|centre\s+commercial|einkaufszentrum|"
    r"winkelcentrum)\b"
)


def log_text(text: str) -> str:
    text = SHOP_AS_PLACE.sub(" ", folded(text))
    placed = MALL_AS_PLACE.sub(" ", text)
    return placed if placed != text and names_a_topic(placed) else text


def names_a_topic(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in topic_order())


# version, texts, named (topics by words alone), things (topics with propagation, their items told apart)
Entry = tuple[tuple, Texts, dict[int, str], dict[str, str]]
_cache: OrderedDict[int, Entry] = OrderedDict()
_lock = threading.Lock()


def version(user_id: int) -> tuple:
    # embedded_at: a log's vector lands after it is saved, and the neighbours step reads it
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), max(id), max(updated_at), max(embedded_at) FROM cravings_craving WHERE user_id = %s",
            [user_id],
        )
        return tuple(cursor.fetchone())


def entry(user_id: int) -> Entry:
    current = version(user_id)
    with _lock:
        kept = _cache.get(user_id)
        if kept is not None and kept[0] == current:
            _cache.move_to_end(user_id)
            return kept
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, description, trigger, embedding FROM cravings_craving WHERE user_id = %s ORDER BY id",
            [user_id],
        )
        read = Texts.of(cursor.fetchall())
    named = named_topics(read)
    made = (current, read, named, things_of(read, named, topics_of(read, named)))
    with _lock:
        _cache[user_id] = made
        _cache.move_to_end(user_id)
        while len(_cache) > KEPT_USERS:
            _cache.popitem(last=False)
    return made


def things(user_id: int) -> dict[str, str]:
    """{log id (as text): the topic its description names first, by the vocabulary's priority, or else the one
    its person's other logs carry to it (propagated()), with a topic's items told apart (things_of)}; the rest
    are left out (they read as 'other')."""
    return entry(user_id)[3]


def topic_order() -> list[tuple[str, re.Pattern]]:
    leaves = sorted((t.key for t in TOPICS if not t.parts), key=rank)
    umbrellas = [t.key for t in TOPICS if t.parts]
    # an umbrella with no words of its own would match every log (an empty alternative): it names none
    return [(k, words_pattern(topic_words(k))) for k in leaves] + [
        (k, words_pattern(TOPIC[k].words)) for k in umbrellas if TOPIC[k].words
    ]


def named_topics(read: Texts) -> dict[int, str]:
    """Each log's topic by its words, where they name one."""
    order = topic_order()
    named: dict[int, str] = {}
    for log_id, text in zip(read.ids, read.descriptions, strict=True):
        key = next((k for k, pattern in order if pattern.search(text)), None)
        if key is not None:
            named[log_id] = key
    return named


def topics_of(read: Texts, named: dict[int, str]) -> dict[str, str]:
    """A log whose words name no topic takes the topic of the logs it shares a word or its trigger with."""
    return {str(log_id): key for log_id, key in {**named, **propagated(read, named)}.items()}


def things_of(read: Texts, named: dict[int, str], topics: dict[str, str]) -> dict[str, str]:
    """Each log's thing: the lexicon item its words name within its topic ("raclette" is cheese, within salty
    snacks), else its topic. Someone who logs ice cream and chocolate craves two things, not "sweets" twice:
    ranking, "anything new" and "how many different things" count them apart (families add them up again).
    A log the vocabulary does not name takes the item its shared words carry, within the topic it was given."""
    patterns = {t: [(i.key, words_pattern(i.words)) for i in named_items(t)] for t in set(topics.values())}
    out = dict(topics)
    labels = {}
    for log_id, text in zip(read.ids, read.descriptions, strict=True):
        topic = named.get(log_id)
        if topic is None:
            continue
        labels[log_id] = next((k for k, pattern in patterns[topic] if pattern.search(text)), topic)
        out[str(log_id)] = labels[log_id]
    for log_id, label in propagated(read, labels).items():
        topic = item_topic(label)
        if topic is not None and topic == topics.get(str(log_id)):
            out[str(log_id)] = label
    return out


# A person logs one habit in a handful of phrasings: "a dram of ardbeg" beside "a glass of whisky", both with
# the trigger "friday feeling". A log whose words the vocabulary does not know takes the label of the logs it
# shares a content word or its trigger with, when nearly all of those (90%, at least 5) carry one label.
# bench/topic_spread.py measures it on the blind sets' generated logs: 61% of the logs the words leave unnamed
# get a label this way, 97.8% of them their generator's kind's topic.
SHARED_BY = 5
SHARED_SHARE = 0.9
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
NOT_CONTENT = frozenset(
    "with from that this have just some more again after before about while when then they them what into onto "
    "your mine only still need needed want wanted really much very like even without".split()
    # when, where and with whom: a shift or a movie night is when a craving came, not what it was for
    + "shift shifts work office school class lecture meeting meetings break lunch dinner breakfast brunch morning "
    "mornings evening evenings night nights tonight today yesterday weekend weekends home house bed bedtime sleep "
    "friends family mates boys girls kids colleagues coworkers alone party movie movies netflix series show game "
    "drive driving commute train waiting queue stress stressed bored tired anxious lonely hungry happy sad long day "
    "week month call calls study studying exam exams deadline store shop vending machine".split()
)


def words_of(text: str) -> set[str]:
    return set(CONTENT_WORD.findall(text)) - NOT_CONTENT


def propagated(read: Texts, labels: dict[int, str]) -> dict[int, str]:
    """Labels for the unlabelled logs, from the labelled logs they share a content word or a trigger with, and
    then (with the logs' vectors) from the labelled logs nearest them in meaning (neighbours.py)."""
    out = shared(read, labels)
    if read.vectors is None:
        return out
    row_of = {log_id: row for row, log_id in enumerate(read.ids)}
    by_row = {row_of[log_id]: label for log_id, label in (labels | out).items() if log_id in row_of}
    near = nearest_labels(read.vectors, read.with_triggers, by_row)
    return out | {read.ids[row]: label for row, label in near.items()}


def shared(read: Texts, labels: dict[int, str]) -> dict[int, str]:
    """Labels for the unlabelled logs, from the labelled logs they share a content word or a trigger with."""
    by_word: dict[str, Counter] = defaultdict(Counter)
    by_trigger: dict[str, Counter] = defaultdict(Counter)
    for log_id, text, trigger in zip(read.ids, read.descriptions, read.triggers, strict=True):
        if log_id in labels:
            for word in words_of(text):
                by_word[word][labels[log_id]] += 1
            if trigger:
                by_trigger[trigger][labels[log_id]] += 1
    out = {}
    for log_id, text, trigger in zip(read.ids, read.descriptions, read.triggers, strict=True):
        if log_id in labels:
            continue
        votes = {vote(by_word[w]) for w in words_of(text) if w in by_word} - {None}
        label = votes.pop() if len(votes) == 1 else vote(by_trigger[trigger]) if trigger in by_trigger else None
        if label is not None:
            out[log_id] = label
    return out


def vote(counts: Counter) -> str | None:
    if not counts:
        return None
    label, n = counts.most_common(1)[0]
    return label if n >= SHARED_BY and n >= SHARED_SHARE * sum(counts.values()) else None


def ids_naming(
    user_id: int,
    words: re.Pattern,
    *,
    unless: re.Pattern | None = None,
    stripped: re.Pattern | None = None,
    triggers: bool = False,
    spread: bool = False,
) -> list[int]:
    """Ids of the logs whose description (and trigger, with `triggers`) names one of `words`, unless it names
    one of `unless` once `stripped` (the subject's own phrases) is taken out of it. With `spread`, also the logs
    whose words name nothing known that share a word or their trigger with those (propagated())."""
    _, read, named, _ = entry(user_id)
    found = []
    for log_id, text in zip(read.ids, read.with_triggers if triggers else read.descriptions, strict=True):
        if not words.search(text):
            continue
        if unless is not None and unless.search(stripped.sub(" ", text) if stripped is not None else text):
            continue
        found.append(log_id)
    if spread and found:
        labels = {log_id: "other" for log_id in named} | dict.fromkeys(found, "it")
        found += [log_id for log_id, label in propagated(read, labels).items() if label == "it"]
    return found
