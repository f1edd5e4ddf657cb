"""The subject words of a query embedded, in one call: what the question is about, and the second thing
of a with/without comparison (smoking on drinking days)."""

from __future__ import annotations

from insights.scope import SubjectMatch

from .query import Compare, Query


def matches(query: Query, embed) -> tuple[SubjectMatch | None, SubjectMatch | None, list[None]]:
    condition = query.comparison.condition if query.comparison.kind is Compare.CONDITION else None
    other = condition.subject if condition is not None and condition.kind in ("subject", "mention") else None
    subjects = [s for s in (query.filters.subject, other) if s is not None]
    vectors = embed([s.text for s in subjects]) if subjects and embed is not None else [None] * len(subjects)
    # Two things on the same days: a log naming both ("a smoke with a beer") counts for each.
    mentions = other is not None
    found = [
        SubjectMatch(s, tuple(v) if v is not None else None, mentions=mentions)
        for s, v in zip(subjects, vectors, strict=True)
    ]
    main = found.pop(0) if query.filters.subject is not None else None
    return main, (found[0] if found else None), [None] * len(query.filters.conditions)
