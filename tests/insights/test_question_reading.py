"""How a question is read where its words are plain but not the usual ones: a range of day names, a month named
first or owning the figure, acting on an urge, and what the logs never hold (someone else's cravings, the weather,
money, power cuts). Parse-level: no person's logs are needed."""

from datetime import UTC, datetime

import pytest

from gpu.embeddings import get_provider

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    "question",
    [
        "is chocolate more of a mon-fri thing or a sat+sun thing?",
        "chocolate: monday through friday, or saturday/sunday?",
    ],
)
def test_a_range_of_day_names_asks_weekdays_against_the_weekend(question):
    from insights.answering.query import Group
    from insights.answering.understand import parse

    query = parse(question, today=NOW.date(), now=NOW.replace(tzinfo=None), embed=get_provider().embed)
    assert query.group is Group.WEEKPART, query


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("does my girlfriend log more chocolate cravings than i do?", "anyone else's cravings"),
        ("will it snow this friday? thinking about a coffee run", "the weather or the temperature"),
        ("how many bucks a month am i blowing on coffee?", "money spent or lost"),
        ("were there power cuts on my worst chocolate days?", "power cuts"),
    ],
)
def test_what_the_logs_never_hold_is_said_so(question, missing):
    from insights.answering.understand.outside import unrecorded

    assert unrecorded(question) == missing


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("october chocolate total?", "October"),
        ("what was october's chocolate total?", "October"),
        ("october was busy - how many chocolate cravings yesterday?", "yesterday"),
    ],
)
def test_a_month_named_first_or_owning_the_figure_is_its_window(question, label):
    from insights.answering.understand import parse

    query = parse(question, today=NOW.date(), now=NOW.replace(tzinfo=None), embed=get_provider().embed)
    assert query.window.label.startswith(label), query.window


@pytest.mark.parametrize("question", ["how many chocolate urges did i act on?", "how often did i go through with it?"])
def test_acting_on_an_urge_is_giving_in(question):
    from insights.answering.query import Measure, Outcome
    from insights.answering.understand import parse

    query = parse(question, today=NOW.date(), now=NOW.replace(tzinfo=None), embed=get_provider().embed)
    assert query.measure is Measure.GAVE_IN or query.filters.outcome is Outcome.GAVE_IN, query


@pytest.mark.parametrize("question", ["how often did i want my iqos this week?", "heated tobacco urges in october?"])
def test_heated_tobacco_asked_for_is_its_own_topic(question):
    from insights.answering.understand import parse

    query = parse(question, today=NOW.date(), now=NOW.replace(tzinfo=None), embed=get_provider().embed)
    assert query.filters.subject is not None and query.filters.subject.topic == "heated_tobacco", query.filters
