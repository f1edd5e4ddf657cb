"""Two things ranked against each other: "do I crave coffee more than sweets?", "which is stronger, vaping or
drinking?". The question ranks the subjects between those two; it does not ask about one thing on the days of
the other (with "when", "while" or "on days" between the two, that reading stays)."""

from __future__ import annotations

import re
from dataclasses import replace

from insights.understanding import Subject

RANKING = re.compile(
    r"\b(?:more|most|less|least|fewer|stronger|strongest|weaker|worse|worst|harder|often|better|bigger)\b", re.I
)
BETWEEN_RIVALS = re.compile(r"\b(?:than|or|vs\.?|versus|compared\s+(?:to|with)|against)\b", re.I)
LINKED = re.compile(r"\b(?:when|while|whilst|with|days?|if|after|before|during|without|alongside)\b", re.I)


def rivals(text: str, subject: Subject | None, other: Subject | None) -> tuple[str, ...]:
    """The two topics ranked against each other, in the order said; () when the question is not that."""
    if subject is None or not RANKING.search(text):
        return ()
    things = [subject, other] if other is not None else [replace(subject, alternatives=()), *subject.alternatives]
    # Ranked as the things answers count: "kebab" against "gaming" is fast food against gaming, "chocolate"
    # against "ice cream" the two items of sweets.
    if len(things) != 2 or not all(t is not None and t.topic for t in things):
        return ()
    first, second = (text.lower().find(t.text.lower()) for t in things if t is not None)
    if first < 0 or second < 0:
        return ()
    between = text[min(first, second) : max(first, second)]
    if not BETWEEN_RIVALS.search(between) or LINKED.search(between):
        return ()
    topics = tuple(t.thing for t in things if t is not None and t.thing is not None)
    ordered = topics if first < second else topics[::-1]
    return ordered if len(set(ordered)) == 2 else ()
