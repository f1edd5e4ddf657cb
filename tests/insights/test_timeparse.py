"""The phrasings people use for time, each with the window it means in the user's local time.
Today is Tuesday 24 November 2026, 14:00 local."""

from datetime import date, datetime, timedelta

import pytest

from cravings.vocabulary import DAYPART
from insights.timeparse import parse_time

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 14, 0)
NIGHT, EVENING, MORNING, AFTERNOON = (DAYPART[p].hours for p in ("night", "evening", "morning", "afternoon"))


def d(month: int, day: int, year: int = 2026, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute)


WINDOWS = [
    # two dates bound a window; the first falls in the year before when it is later in the year
    ("how many between October 28 and November 17?", d(10, 28), d(11, 18)),
    ("from 28 December to 3 January", d(12, 28, year=2025), d(1, 4)),
    # (question, start, end exclusive)
    ("What did I crave last night?", d(11, 23, hour=17), d(11, 24, hour=5)),
    ("any cravings this morning?", d(11, 24, hour=5), d(11, 24, hour=12)),
    ("how about this afternoon", d(11, 24, hour=12), d(11, 24, hour=17)),
    ("what did I want this evening", d(11, 24, hour=17), d(11, 24, hour=22)),
    ("will I crave tonight", d(11, 24, hour=17), d(11, 25, hour=5)),
    ("cravings yesterday morning", d(11, 23, hour=5), d(11, 23, hour=12)),
    ("yesterday evening", d(11, 23, hour=17), d(11, 23, hour=22)),
    ("what about yesterday", d(11, 23), d(11, 24)),
    ("today so far", d(11, 24), d(11, 25)),
    ("today and yesterday", d(11, 23), d(11, 25)),
    ("yesterday and today", d(11, 23), d(11, 25)),
    ("the day before yesterday", d(11, 22), d(11, 23)),
    ("in the past week", d(11, 18), d(11, 25)),
    ("over the past week", d(11, 18), d(11, 25)),
    ("last week", d(11, 16), d(11, 23)),
    ("this week", d(11, 23), d(11, 25)),
    ("the week before last", d(11, 9), d(11, 16)),
    ("last seven days", d(11, 18), d(11, 25)),
    ("the last 7 days", d(11, 18), d(11, 25)),
    ("in the past 10 days", d(11, 15), d(11, 25)),
    ("in the past fortnight", d(11, 11), d(11, 25)),
    ("the last 2 weeks", d(11, 11), d(11, 25)),
    ("over the last three weeks", d(11, 4), d(11, 25)),
    ("past 48 hours", d(11, 22, hour=14), d(11, 24, hour=14, minute=1)),
    ("in the last 24 hours", d(11, 23, hour=14), d(11, 24, hour=14, minute=1)),
    ("over the past month", d(10, 26), d(11, 25)),
    ("last 30 days", d(10, 26), d(11, 25)),
    ("this month", d(11, 1), d(11, 25)),
    ("last month", d(10, 1), d(11, 1)),
    ("the past 3 months", d(8, 25), d(11, 25)),
    ("last 6 months", d(5, 25), d(11, 25)),
    ("this year", d(1, 1), d(11, 25)),
    ("last year", d(1, 1, 2025), d(1, 1)),
    ("over the past year", d(11, 25, 2025), d(11, 25)),
    ("5 days ago", d(11, 19), d(11, 20)),
    ("3 weeks ago", d(11, 2), d(11, 9)),
    ("a week ago", d(11, 16), d(11, 23)),
    ("two months ago", d(9, 1), d(10, 1)),
    ("a month ago", d(10, 1), d(11, 1)),
    ("last Friday", d(11, 20), d(11, 21)),
    ("on Friday", d(11, 20), d(11, 21)),
    ("this past Sunday", d(11, 22), d(11, 23)),
    ("last Tuesday", d(11, 17), d(11, 18)),
    ("Friday night", d(11, 20, hour=22), d(11, 21, hour=5)),
    ("Saturday morning", d(11, 21, hour=5), d(11, 21, hour=12)),
    ("since Monday", d(11, 23), d(11, 25)),
    ("since Thursday", d(11, 19), d(11, 25)),
    ("since last week", d(11, 16), d(11, 25)),
    ("since last month", d(10, 1), d(11, 25)),
    ("since last year", d(1, 1, 2025), d(11, 25)),
    ("since January", d(1, 1), d(11, 25)),
    ("since the new year", d(1, 1), d(11, 25)),
    ("since the start of the year", d(1, 1), d(11, 25)),
    ("since March 3", d(3, 3), d(11, 25)),
    ("since 3 March 2025", d(3, 3, 2025), d(11, 25)),
    ("since summer", d(6, 1), d(11, 25)),
    ("in March", d(3, 1), d(4, 1)),
    ("in March 2025", d(3, 1, 2025), d(4, 1, 2025)),
    ("during December", d(12, 1, 2025), d(1, 1)),
    ("in November", d(11, 1), d(11, 25)),
    ("last November", d(11, 1, 2025), d(12, 1, 2025)),
    ("last March", d(3, 1), d(4, 1)),
    ("on March 3rd", d(3, 3), d(3, 4)),
    ("on the 14th of February", d(2, 14), d(2, 15)),
    ("between March and May", d(3, 1), d(6, 1)),
    ("from June to August 2025", d(6, 1, 2025), d(9, 1, 2025)),
    ("in 2025", d(1, 1, 2025), d(1, 1)),
    ("last summer", d(6, 1), d(9, 1)),
    ("this summer", d(6, 1), d(9, 1)),
    ("in the winter", d(12, 1, 2025), d(3, 1)),
    ("last weekend", d(11, 21), d(11, 23)),
    ("over the weekend", d(11, 21), d(11, 23)),
    ("what did I crave on the weekend?", d(11, 21), d(11, 23)),  # that one weekend
    ("recently", d(10, 26), d(11, 25)),
    ("lately", d(10, 26), d(11, 25)),
    ("how was my week", d(11, 18), d(11, 25)),
    ("in the last 99999999 years", d(11, 26, 2023), d(11, 25)),
    ("past 999999999999 hours", NOW - timedelta(days=3 * 366), NOW + timedelta(minutes=1)),
    # dated events, said around other words
    ("ever since the party at Sam's on Oct 3rd", d(10, 3), d(11, 25)),
    ("after we got back from Lisbon (sept 14)", d(9, 14), d(11, 25)),
    ("since the 9th", d(11, 9), d(11, 25)),
    ("on the 20th", d(11, 20), d(11, 21)),
    ("over the last couple of weeks", d(11, 11), d(11, 25)),
    ("over the holidays", d(12, 20, 2025), d(1, 7)),
    ("over the school holidays in july", d(7, 1), d(8, 1)),
    ("since xmas", d(12, 25, 2025), d(11, 25)),
    ("this quarter", d(10, 1), d(11, 25)),
    ("last quarter", d(7, 1), d(10, 1)),
]


@pytest.mark.parametrize("question,start,end", WINDOWS, ids=[w[0] for w in WINDOWS])
def test_time_phrase_means_this_window(question, start, end):
    tf = parse_time(question, TODAY, NOW)
    assert (tf.start, tf.end) == (start, end)
    assert tf.label  # an answer can say which window it read


FILTERS = [
    ("on weekends", frozenset(), frozenset({6, 7})),
    ("at night", NIGHT, frozenset()),
    ("in the mornings", MORNING, frozenset()),
    ("in the afternoon", AFTERNOON, frozenset()),
    ("on Fridays", frozenset(), frozenset({5})),
    ("every Sunday", frozenset(), frozenset({7})),
    ("on weekday evenings", EVENING, frozenset({1, 2, 3, 4, 5})),
    ("Saturday nights", EVENING | NIGHT, frozenset({6})),  # a night out: the evening and the night after it
    ("late at night", NIGHT, frozenset()),
    ("during the week", frozenset(), frozenset({1, 2, 3, 4, 5})),
    ("weekends or weekdays, which is worse?", frozenset(), frozenset()),  # a comparison, not a filter
    ("which weekday is worst?", frozenset(), frozenset()),  # a day of the week, not "on weekdays"
    ("do I crave sugar?", frozenset(), frozenset()),
    ("how often do I drink on the weekend?", frozenset(), frozenset({6, 7})),  # weekends in general
    ("do I usually smoke on the weekend?", frozenset(), frozenset({6, 7})),
    ("what time on the weekend do I want soda", frozenset(), frozenset({6, 7})),  # present tense: in general
]


@pytest.mark.parametrize("question,hours,weekdays", FILTERS, ids=[f[0] for f in FILTERS])
def test_hour_and_weekday_filters(question, hours, weekdays):
    tf = parse_time(question, TODAY, NOW)
    assert (tf.hours, tf.weekdays, tf.start) == (hours, weekdays, None)


COMPARISONS = [
    ("this week vs last week", (d(11, 23), d(11, 25)), (d(11, 16), d(11, 23))),
    ("how does this week compare to last week", (d(11, 23), d(11, 25)), (d(11, 16), d(11, 23))),
    ("compared to last month, how am I doing", (d(11, 1), d(11, 25)), (d(10, 1), d(11, 1))),
    ("am I doing better than last week", (d(11, 23), d(11, 25)), (d(11, 16), d(11, 23))),
    ("last month compared to the month before", (d(10, 1), d(11, 1)), (d(9, 1), d(10, 1))),
    ("the last 30 days vs the previous 30 days", (d(10, 26), d(11, 25)), (d(9, 26), d(10, 26))),
    ("this month versus last month", (d(11, 1), d(11, 25)), (d(10, 1), d(11, 1))),
    # the unit left out after the number: the same length right before
    ("more in the last 30 days than in the 30 before?", (d(10, 26), d(11, 25)), (d(9, 26), d(10, 26))),
]


@pytest.mark.parametrize("question,now,then", COMPARISONS, ids=[c[0] for c in COMPARISONS])
def test_comparisons_have_two_windows(question, now, then):
    tf = parse_time(question, TODAY, NOW)
    assert (tf.start, tf.end) == now
    assert (tf.compare.start, tf.compare.end) == then


def test_no_time_words_no_window():
    tf = parse_time("When do I crave chocolate?", TODAY, NOW)
    assert tf.empty and tf.compare is None


def test_on_a_weekday_evening_is_any_such_evening_not_the_last_one():
    tf = parse_time("what do i want most on a friday evening?", date(2026, 12, 6))
    assert (tf.start, tf.weekdays, min(tf.hours)) == (None, frozenset({5}), 17)
