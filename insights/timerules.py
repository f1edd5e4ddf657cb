"""Which time phrase makes which span, in order: specific phrases before general ones. The first phrase in a
question wins (the longest where two start together; this order breaks what is left)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from .timespans import Spans, ago, calendar_or_rolling, named_part, quarter, relative, since_last, weekend_or_week
from .timewords import COUNT, DAY_WORD, MONTH_WORD, UNIT, Span, count_of

W = r"(?:the\s+)?"
SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
YEAR = r"(?:,?\s+(?P<year>\d{4}))?\b"


def month_as(group: str) -> str:
    return MONTH_WORD.replace("(", f"(?P<{group}>", 1)


MONTH = month_as("month")
FULL_MONTH = r"(?P<month>january|february|april|june|july|august|september|october|november|december)"


def day_of_month_as(tag: str = "") -> str:
    """A day of a month ("3rd of March", "March 3") as regex groups, whichever order it was said in; `tag` names
    the groups apart where one phrase holds two dates."""
    return (
        rf"(?:(?P<day{tag}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+|di\s+)?{month_as('month' + tag)}"
        rf"|{month_as('monthb' + tag)}\s+(?P<dayb{tag}>\d{{1,2}})(?:st|nd|rd|th)?)"
    )


DAY_OF_MONTH = day_of_month_as() + YEAR
DATE_RANGE = (
    rf"\b(?:between|from)\s+(?:the\s+|el\s+|le\s+|o\s+|il\s+)?{day_of_month_as('a')}\s+"
    rf"(?:and|to|through|till|until|-)\s+(?:the\s+|el\s+|le\s+|o\s+|il\s+)?{day_of_month_as('z')}{YEAR}"
)


def day_said(m: re.Match, tag: str = "") -> dict:
    return {"month": m[f"month{tag}"] or m[f"monthb{tag}"], "day": m[f"day{tag}"] or m[f"dayb{tag}"], "year": m["year"]}


def days_said(m: re.Match) -> tuple[dict, dict]:
    """The two dates of "between 28 October and 17 November" (the year, if said, after the second)."""
    return day_said(m, "a"), day_said(m, "z")


RULES: list[tuple[str, Callable[[Spans, re.Match], Span | None]]] = [
    (r"\b(?:today\s+and\s+yesterday|yesterday\s+and\s+today)\b", Spans.today_and_yesterday),
    (r"\bday\s+before\s+yesterday\b", Spans.day_before_yesterday),
    (r"\blast\s+night\b", Spans.last_night),
    (r"\btonight\b", Spans.tonight),
    (r"\bthis\s+(?P<part>morning|afternoon|evening)\b", lambda s, m: s.with_part(s.today, m["part"], "this")),
    (
        # not "on a Friday evening": any Friday, a filter (timeparse.filters_in)
        rf"\b(?<!\ba\s)(?<!\ban\s)(?<!\bany\s)(?:on\s+|last\s+)?{DAY_WORD}\s+(?P<part>morning|afternoon|evening|night)\b(?!s)",
        lambda s, m: named_part(m, s.today),
    ),
    (
        r"\byesterday\s+(?P<part>morning|afternoon|evening)\b",
        lambda s, m: s.with_part(s.yesterday, m["part"], "yesterday"),
    ),
    (r"\b(?:the\s+)?week\s+before\s+last\b", lambda s, m: ago(2, "week", s.today, s.now)),
    (r"\byesterday\b", Spans.yesterday_only),
    (r"\btoday\b|\bso\s+far\s+today\b", Spans.today_only),
    (
        rf"\b(?:in\s+|over\s+|during\s+|for\s+)?{W}(?P<word>last|past|previous|recent)\s+{COUNT}\s+{UNIT}\b",
        lambda s, m: relative(count_of(m[2]), m[3], s.today, s.now, m["word"] if m["word"] != "recent" else "last"),
    ),
    (
        rf"\b(?P<n>{COUNT[1:-1]})\s+{UNIT}\s+(?:ago|back|earlier)\b",
        lambda s, m: ago(count_of(m["n"]), m[2], s.today, s.now),
    ),
    (r"\bsince\s+last\s+(?P<unit>week|month|year)\b", lambda s, m: since_last(m["unit"], s.today, s.this_monday)),
    (
        r"\b(?:in\s+|over\s+|during\s+|for\s+)?(?:the\s+)?(?:past|last|previous)\s+"
        r"(?P<unit>day|week|month|year|fortnight)\b",
        lambda s, m: calendar_or_rolling(m, s.today),
    ),
    (r"\bthis\s+week(?:end)?\b", lambda s, m: weekend_or_week(m, s.today)),
    (r"\bmy\s+(?P<unit>week|month|year)\b|\bhow\s+(?:was|is|did)\s+the\s+(?P<unit2>week|month)\b", Spans.the_past_unit),
    (r"\bthis\s+month\b", Spans.this_month),
    (r"\b(?P<which>this|last|previous|past)\s+quarter\b", lambda s, m: quarter(m, s.today)),
    (r"\bthis\s+year\b|\bso\s+far\s+this\s+year\b|\byear\s+to\s+date\b", Spans.this_year),
    (
        r"\bsince\s+(?:the\s+)?(?:new\s+year(?:'s)?|start\s+of\s+(?:the\s+)?year|beginning\s+of\s+(?:the\s+)?year)\b",
        Spans.since_new_year,
    ),
    (rf"\bsince\s+(?:last\s+|the\s+)?{DAY_WORD}\b(?!\s*\d)", lambda s, m: s.since_day({"day": m[1]})),
    (rf"\b(?:since|after)\s+(?:the\s+)?{DAY_OF_MONTH}", lambda s, m: s.specific_day(day_said(m), since=True)),
    # "since the move to Leeds on March 4th", "since the exam, the 12th": a dated event, since then.
    (
        rf"\b(?:ever\s+)?(?:since|after)\b(?:\s+[^\s?]+){{1,8}}?,?\s+\(?(?:on\s+)?(?:the\s+)?{DAY_OF_MONTH}",
        lambda s, m: s.specific_day(day_said(m), since=True),
    ),
    (
        r"\b(?:ever\s+)?(?:since|after)\b(?:\s+[^\s?]+){0,8}?,?\s+\(?(?:on\s+)?the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b",
        lambda s, m: s.nth_day(m, since=True),
    ),
    (
        r"\b(?:on\s+)?the\s+(?P<nth>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MONTH_WORD + ")",
        lambda s, m: s.nth_day(m),
    ),
    (
        r"\b(?:since|after)\s+(?P<christmas>christmas|xmas)\b|\b(?:since|after)\s+the\s+holidays()\b",
        lambda s, m: s.holidays({"christmas": m["christmas"], "lastyear": None}, since=True),
    ),
    (
        r"\b(?:over|during|at|for|in)?\s*(?:the\s+)?(?<!school\s)(?<!summer\s)(?<!easter\s)"
        r"(?:(?P<christmas>christmas|xmas)(?:\s+holidays)?|holidays|holiday\s+season)"
        r"(?P<lastyear>\s+last\s+year)?\b(?!\s+in\s+" + MONTH_WORD + ")",
        lambda s, m: s.holidays(m),
    ),
    # "since the start of November", "since early November": from the month's first day
    (
        rf"\bsince\s+(?:last\s+|the\s+)?(?:(?:start|beginning)\s+of\s+(?:last\s+)?|early\s+)?{MONTH}"
        rf"(?:\s+(?P<year>\d{{4}}))?\b",
        Spans.since_month,
    ),
    (rf"\bafter\s+(?:last\s+|the\s+)?{MONTH}(?:\s+(?P<year>\d{{4}}))?\b", Spans.after_month),
    (rf"\bsince\s+(?:last\s+|the\s+)?{SEASON}\b", lambda s, m: s.season(m, completed=False, since=True)),
    (rf"\b{SEASON}\s+(?:of\s+)?(?P<year>20\d\d)\b", Spans.season_of_year),
    (rf"\blast\s+{SEASON}\b", lambda s, m: s.season(m, completed=True)),
    (rf"\bthis\s+{SEASON}\b", Spans.this_season),
    (rf"\b(?:in|during|over)\s+(?:the\s+)?{SEASON}\b", lambda s, m: s.season(m, completed=False)),
    (r"\b(?:this|last|the)\s+weekend\b|\bover\s+the\s+weekend\b", lambda s, m: weekend_or_week(m, s.today)),
    (DATE_RANGE, lambda s, m: s.day_range(*days_said(m))),
    (rf"\bbetween\s+{month_as('a')}\s+and\s+{month_as('b')}(?:\s+(?P<year>\d{{4}}))?\b", Spans.month_range),
    (
        rf"\bfrom\s+{month_as('a')}\s+(?:to|through|till|until)\s+{month_as('b')}(?:\s+(?P<year>\d{{4}}))?\b",
        Spans.month_range,
    ),
    (rf"\b(?:on\s+)?(?:the\s+)?{DAY_OF_MONTH}", lambda s, m: s.specific_day(day_said(m))),
    (rf"\b(?:in\s+)?{MONTH}\s+(?:of\s+)?last\s+year\b", Spans.month_a_year_back),
    (rf"\bthis\s+(?:past\s+)?(?!may\b){MONTH}\b(?P<year>)", Spans.named_month),  # not "this may help"
    (rf"\blast\s+{MONTH}\b", Spans.last_named_month),
    (rf"\b(?:in|during|for|of|over|through)\s+{MONTH}(?:\s+(?P<year>\d{{4}}))?\b", Spans.named_month),
    (rf"\b{MONTH}\s+(?P<year>\d{{4}})\b", Spans.named_month),
    # the month named first, as a heading: "November: how many ...?"
    (rf"^\W*{MONTH}(?P<year>)\s*(?::|\s-+)", Spans.named_month),
    # a month's full name opening the question or owning a figure: "september count?", "july's total" ("may" and
    # "march" are verbs too, and stay out)
    (rf"^\W*{FULL_MONTH}(?P<year>)\b(?=\s+\w)(?!\s+(?:was|is|has|had|were|felt|went|got)\b)", Spans.named_month),
    (rf"\b{FULL_MONTH}'s(?P<year>)\b", Spans.named_month),
    (r"\b(?:in|during)\s+(?P<year>20\d\d)\b", Spans.year_span),
    (rf"\blast\s+{DAY_WORD}\b", lambda s, m: s.named_day({"day": m[1]}, "last", True)),
    (rf"\bthis\s+(?:past\s+)?{DAY_WORD}\b", lambda s, m: s.named_day({"day": m[1]}, "", False)),
    (
        rf"\bon\s+{DAY_WORD}\b(?!s)(?!\s+(?:mornings|evenings|nights|afternoons))",
        lambda s, m: s.named_day({"day": m[1]}, "", False),
    ),
    (r"\b(?:recently|lately|these\s+days|of\s+late|these\s+past\s+weeks)\b", Spans.recent),
]


def find_span(text: str, today: date, now: datetime, south: bool = False) -> tuple[Span | None, str]:
    """The window phrase that comes first in `text` (the longest where two start together; rule order
    breaks what is left; "lately" last of all), and the text with that phrase removed."""
    found: list[tuple[int, int, int, re.Match, Callable[[Spans, re.Match], Span | None]]] = []
    spans = Spans(today, now, south)
    for order, (pattern, make) in enumerate(RULES):
        if match := re.search(pattern, text):
            found.append((match.start(), -(match.end() - match.start()), order, match, make))
    # "lately" only where nothing more exact is said: "lately? like the last 3 months" means those 3 months
    vague = len(RULES) - 1
    for _, _, _, match, make in sorted(found, key=lambda f: (f[2] == vague, *f[:3])):
        span = make(spans, match)
        if span is not None:
            return span, text[: match.start()] + " " + text[match.end() :]
    return None, text
