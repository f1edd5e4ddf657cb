"""Saying: plain sentences from a Result, the first answering what was asked. Nothing here computes."""

from __future__ import annotations

import re
from datetime import date, datetime

from insights.timeparse import TimeFilter

from ..compute import Result, Status
from ..query import Compare, Query
from .phrases import counted, day_text, led, listing, things


def status_sentences(q: Query, r: Result, today: date) -> list[str] | None:
    if r.status is Status.NO_LOGS:
        return ["You haven't logged any cravings yet. Log a few in the app and I'll show you your patterns."]
    if r.status is Status.NO_SUBJECT_LOGS:
        thing = q.filters.subject.text if q.filters.subject else "that"
        no = "No: you" if q.yes_no else "You"  # a yes/no about a thing never logged is answered no
        if r.groups:  # some logs name things in words not known here: it may be one of those
            # No counts: they would be figures about other things, beside an answer that has none.
            named = " and ".join(f"“{row['value']}”" for row in r.groups[:2])
            return [
                f"{no} haven't logged any cravings for {thing} that I can find.",
                f"Some of your logs name things I don't recognise, such as {named}; if you log {thing} under another "
                "name, ask about it in those words.",
            ]
        return [f"{no} haven't logged any cravings about {thing}, so there is nothing about it in your logs to go on."]
    if r.status is Status.THIN:
        data = r.ever if q.filters.subject else r.everything
        span = (datetime.fromisoformat(data["last"]) - datetime.fromisoformat(data["first"])).days + 1
        moments = [day_text(row[0], today) for row in data["recent"][:4]]
        thing = things(q.with_(filters=q.filters.__class__(subject=q.filters.subject), window=TimeFilter()))
        overall = r.everything["total"]
        beside = f" ({overall} logs in all)" if q.filters.subject and overall > data["total"] else ""
        return [
            f"You have only {counted(data['total'], thing)}{beside} so far, over {span} "
            f"day{'s' if span != 1 else ''}: too few to show a pattern yet.",
            f"The latest were on {listing(moments)}." if moments else "",
        ]
    return None


def tidy(sentence: str) -> str:
    return re.sub(r"\s+([,.:])", r"\1", " ".join(sentence.split()))


PERSON = {"i": "you", "i've": "you've", "my": "your", "me": "you", "we": "you", "we've": "you've", "our": "your"}


def undated_note(q: Query) -> str:
    """Where the question names an event with no date: what the figures cover instead, and how to ask."""
    said = " ".join(PERSON.get(word.lower(), word) for word in q.comparison.undated.split())
    instead = (
        "these are the last 30 days against the 30 before"
        if q.comparison.kind is Compare.PREVIOUS
        else "this covers all your logs"
    )
    return (
        f"Your logs don't give a date for “since {said}”, so {instead}; ask again with its date (“since 3 "
        "October” or “since 2 months ago”) for before and after it."
    )


# Each question is read on its own: a follow-up that names nothing gets a question back, not a guess.
UNCLEAR = [
    "I'm not sure which craving or time you mean: I read each question on its own, without the ones before it.",
    "Could you name the craving or the time? For example: “how many cravings did I log this week?”",
]


def sentences(q: Query, r: Result, today: date, sayer) -> list[str]:
    """`sayer` is the registry row's (registry.KIND[q.kind].say)."""
    if q.unclear and r.status is not Status.NO_LOGS:
        return UNCLEAR
    said = status_sentences(q, r, today)
    if said is None:
        said = sayer(q, r, today)
        if q.comparison.undated:
            said = [*said[:1], undated_note(q), *said[1:]]
    if q.outside and said and r.status is not Status.NO_LOGS:
        # what the logs don't hold first; then what they do hold about the same thing, plainly as that
        said = [
            f"Your logs don't record {q.outside}, so I can't tell you that from them.",
            led("What they do hold: ", said[0]),
            *said[1:],
        ]
    return [tidy(s) for s in said if s]
