"""Answering a question about the user's own cravings, top to bottom (one function each, timed):

1. screen: crisis language gets crisis resources and nothing else; a treatment or medical question gets
   no advice: who can advise, and the person's own figures (insights/safety.py, insights/medical.py);
2. understand: the question as one Query of the algebra (answering/understand, answering/query.py);
3. compute: that query in SQL over the user's own logs (answering/compute);
4. say: plain sentences from the result, worded by the query's registry row (answering/say, registry.py);
5. voice: the persona adds a sentence, and the guard keeps it only if every claim in it is the computed
   answer's (personas/guard.py).

`computed` (stages 2-4) is the one path production, tuning, the benches and the tests all use.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import datetime

from cravings.selectors import craving_triggers
from cravings.vocabulary import TOPIC
from insights.payloads import AnswerPayload
from insights.safety import screen_notes
from insights.understanding import Subject
from personas.guard import guard
from personas.voicing import composed, persona_prompt, touch_wanted

from .compute import Result, Status, compute
from .matching import matches
from .own_words import with_own_word
from .query import Query
from .registry import KIND
from .say import sentences
from .say.language import english_only_note
from .screening import medical_answer
from .store import (  # noqa: F401
    cache_key,
    cached,
    crisis_payload,
    insight_finish,
    local_clock,
    local_now,
    remember,
    screened,
)
from .understand import parse

VOICED = {"answered", "too_little_data"}


@dataclass
class Computed:
    query: Query
    result: Result
    said: list[str]
    timings: dict = field(default_factory=dict)  # ms per stage

    @property
    def text(self) -> str:
        return " ".join(self.said)

    def record(self) -> dict:
        return {
            "query": self.query.as_dict(),
            **self.result.as_dict(),
            "kind": self.query.kind,
            "timingsMs": self.timings,
        }


def computed(*, user, question: str, embed, now: datetime | None = None) -> Computed:
    """Understand, compute, say: the answer in figures, before any persona words."""
    moment, south = local_clock(user, now)
    clock = time.perf_counter()
    query = with_own_word(user.id, parse(question, today=moment.date(), now=moment, embed=embed, south=south))
    answer = computed_query(user=user, query=query, embed=embed, now=moment)
    answer.timings = {
        "parse": round((time.perf_counter() - clock) * 1000 - sum(answer.timings.values()), 1),
        **answer.timings,
    }
    return answer


def computed_query(*, user, query: Query, embed, now: datetime) -> Computed:
    """Compute and say a query already built (`now`: the user's local wall clock)."""
    today = now.date()
    parsed = time.perf_counter()
    match, other, condition_matches = matches(query, embed)
    embedded = time.perf_counter()
    result = compute(
        query, user_id=user.id, today=today, match=match, other_match=other, condition_matches=condition_matches
    )
    widened = ""
    # Where the thing asked about has no logs: "cola" from someone whose soda logs say "coke" (their soda, said
    # so), then "how often do I want to smoke?" from someone who logs only joints (the smoking they do log).
    for fallback in (whole_topic, verb_object):
        if result.status is Status.NO_SUBJECT_LOGS and (instead := fallback(query)) is not None:
            if fallback is whole_topic and query.filters.subject:
                widened = query.filters.subject.text
            query = query.with_(filters=replace(query.filters, subject=instead))
            match, other, condition_matches = matches(query, embed)
            result = compute(
                query, user_id=user.id, today=today, match=match, other_match=other, condition_matches=condition_matches
            )
    computed_at = time.perf_counter()
    said = sentences(query, result, today, KIND[query.kind].say)
    if widened and query.filters.subject and result.status is not Status.NO_SUBJECT_LOGS:
        label = query.filters.subject.label
        said = [
            *said[:1],
            f"None of your logs name {widened} itself, so these are all your {label} cravings.",
            *said[1:],
        ]
    timings = {
        "embed": (embedded - parsed) * 1000,
        "sql": (computed_at - embedded) * 1000,
        "say": (time.perf_counter() - computed_at) * 1000,
    }
    return Computed(query, result, said, {k: round(v, 1) for k, v in timings.items()})


# A thing named only by a verb that covers another thing too: tried when the first has no logs at all.
VERB_OBJECTS = {"smoke": "cannabis", "smokes": "cannabis", "smoking": "cannabis", "smoked": "cannabis"}


def whole_topic(query: Query) -> Subject | None:
    """The whole topic of a thing named inside it ("cola" in soda), to try when the thing itself has no logs."""
    subject = query.filters.subject
    if subject is None or subject.alternatives or subject.topic is None or subject.whole_topic:
        return None
    topic = TOPIC[subject.topic]
    return Subject(topic.names[0] if topic.names else topic.label, subject.topic)  # a name that means all of it


def verb_object(query: Query) -> Subject | None:
    subject = query.filters.subject
    key = VERB_OBJECTS.get(subject.text.lower()) if subject is not None and not subject.alternatives else None
    return Subject(TOPIC[key].label, key) if key else None


def compose(*, user, question: str, persona, generate, embed, now: datetime | None = None, **_) -> AnswerPayload:
    """The answer payload. `generate(messages) -> str` and `embed(texts)` come from the worker."""
    from .screening import is_crisis_question, is_medical_question

    if is_crisis_question(question, embed):
        payload = crisis_payload(user=user, text=question)
        if is_medical_question(question, embed):  # "can I take the diazepam my cousin gave me?": who can advise, too
            from insights.medical import medical_reply

            payload["answer"] += " " + medical_reply(question)
        return payload
    if is_medical_question(question, embed):
        return medical_answer(
            user=user, question=question, embed=embed, now=local_now(user, now), computed=computed_query
        )
    answer = computed(user=user, question=question, embed=embed, now=now)
    said, hit = screened(answer.said, embed)
    text = " ".join(said)
    kept: list[str] = []
    dropped: list[str] = []
    tokens, triggers = 0, craving_triggers(user=user) if answer.result.status.value in VOICED else []
    if answer.result.status.value in VOICED and touch_wanted(text, triggers):
        messages = persona_prompt(persona=persona, question=answer.query.text, answer=text)
        counter = getattr(generate, "count_tokens", None)
        tokens = counter(" ".join(m["content"] for m in messages)) if counter else 0
        kept, dropped = guard(generate(messages), answer=text, triggers=triggers)
        # A persona sentence that repeats crisis language (a trigger it was shown) is never said.
        flagged = screen_notes(kept, embed) if kept else []
        dropped += [k for k, bad in zip(kept, flagged, strict=True) if bad]
        kept = [k for k, bad in zip(kept, flagged, strict=True) if not bad]
    final = composed(text, kept, triggers) if kept else text
    if hit:
        from insights.safety import notes_resource

        final += " " + notes_resource(user)
    if note := english_only_note(question):
        final += " " + note
    return {
        "answer": final,
        "computed": text,
        "safety": "notes_screened" if hit else "",
        "finding": answer.record(),
        "generated": {"kept": kept, "dropped": dropped},
        "context_tokens": tokens,
        "compute_ms": round(sum(answer.timings.values()), 1),
        "sources": {"cravings": answer.result.sources, "markers": []},
    }
