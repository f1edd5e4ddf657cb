"""What the logs cannot answer, and new ways of naming a window or a thing: an amount the app never records
(money, calories, weight, the weather) is said to be missing before the figures the logs do hold; a follow-up
that names nothing of its own gets a question back; two dates bound a window; a thing the vocabulary lacks,
wanted by name, is looked for in the logs' own words; an outsider's logs never count."""

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from gpu.embeddings import get_provider
from insights.answering import computed
from tests.factories import CravingFactory, UserFactory
from tests.helpers import embed_all

pytestmark = pytest.mark.django_db
BERLIN = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def person(django_db_setup, django_db_blocker):
    """Wine at 9 pm every day for 40 days, and a hookah and a kombucha on the 1st to the 10th of November; an
    outsider who logs the hookah every day."""
    with django_db_blocker.unblock():
        user = UserFactory(email="limits@example.com", timezone="Europe/Berlin")
        outsider = UserFactory(email="limits-outsider@example.com", timezone="Europe/Berlin")
        for n in range(1, 41):
            day = (NOW - timedelta(days=n)).date()
            at = datetime(day.year, day.month, day.day, 21, tzinfo=BERLIN)
            CravingFactory(user=user, description="glass of red wine", utc_offset_minutes=60, occurred_at=at)
            if datetime(2026, 11, 1).date() <= day <= datetime(2026, 11, 10).date():
                CravingFactory(user=user, description="narguile with mates", utc_offset_minutes=60, occurred_at=at)
                CravingFactory(user=user, description="kombucha", utc_offset_minutes=60, occurred_at=at)
            CravingFactory(user=outsider, description="shisha lounge", utc_offset_minutes=60, occurred_at=at)
        embed_all()
    yield user
    with django_db_blocker.unblock():
        user.delete()
        outsider.delete()


def answer(user, question: str) -> str:
    return computed(user=user, question=question, embed=get_provider().embed, now=NOW).text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("how much money did the wine cost me this month?", "money spent or lost"),
        ("¿cuántas calorías de vino tomé este mes?", "calories"),
        ("have my wine cravings made me gain weight?", "your weight"),
        ("was it warm on the days I wanted wine? what temperature?", "the weather or the temperature"),
        ("how many hours did I sleep on the nights I wanted wine?", "how much you slept"),
        ("what was my mood score out of 10 on wine days?", "a mood score"),
        ("how many units of wine did I drink this month?", "the amounts you took in"),
        ("did the home team win on the evening I wanted wine?", "results of games or matches"),
        ("has the wine order I placed arrived yet?", "deliveries"),
        ("how many km did I cycle on my wine days?", "distances or steps"),
        ("how long was my train ride home on the day I wanted wine?", "how long a trip or a task took"),
    ],
)
def test_an_amount_the_logs_never_record_is_said_to_be_missing_before_what_they_hold(person, question, missing):
    text = answer(person, question)
    assert text.startswith(f"Your logs don't record {missing}"), text
    assert "What they do hold: " in text and "wine" in text, text
    assert not text.split("What they do hold: ")[1].startswith(("yes", "no")), text  # no verdict on the unknown


def test_gambling_named_with_a_money_word_is_counted_not_called_an_amount(person):
    """French names gambling "jeux d'argent" ("money games"): how many times is a count of logs."""
    assert not answer(person, "combien de fois ai-je eu envie de jouer de l'argent ce mois-ci ?").startswith(
        "Your logs don't record"
    )
    assert answer(person, "combien d'argent ai-je perdu au vin ce mois-ci ?").startswith(
        "Your logs don't record money spent or lost"
    )


@pytest.mark.parametrize("question", ["and what about that?", "is that a lot?", "¿y eso es mucho o poco?"])
def test_a_follow_up_that_names_nothing_gets_a_question_back(person, question):
    assert answer(person, question).startswith("I'm not sure which craving or time you mean"), question


@pytest.mark.parametrize(
    "question",
    ["how many wine cravings did I log this week?", "is my wine getting better?", "is there a pattern to my cravings?"],
)
def test_a_question_that_names_its_thing_is_answered_not_questioned(person, question):
    assert "not sure which" not in answer(person, question)


def test_an_overview_states_its_direction_without_a_yes_or_no_in_the_middle(person):
    text = answer(person, "do my cravings follow any pattern?")
    assert text.startswith("You logged ") and re.search(r"are (?:holding steady|going down|going up)", text), text
    assert not re.search(r"\. (?:Yes|No),", text), text


@pytest.mark.parametrize(
    "question",
    [
        "how many wine cravings did I log between November 3 and November 12?",
        "¿cuántas veces quise vino entre el 3 de noviembre y el 12 de noviembre?",
    ],
)
def test_two_dates_bound_the_window(person, question):
    assert answer(person, question).startswith("You logged 10 cravings for wine in 3–12 Nov"), question


def test_a_thing_the_vocabulary_lacks_is_found_by_its_own_name_and_an_outsiders_logs_never_count(person):
    assert answer(person, "how often did I want kombucha this month?").startswith(
        "You logged 10 cravings for kombucha this month"
    )
    # hookah is a topic: its names in other languages count, and none of the outsider's 40 logs
    assert answer(person, "how many hookah cravings did I log this month?").startswith(
        "You logged 10 cravings for hookah this month"
    )


def test_an_hour_is_ranked_inside_the_part_of_the_day_named(person):
    assert "around 9 pm" in answer(person, "what time of the evening do I crave wine?").split(".")[0]


def test_a_date_measure_needs_a_date_asked_for(person):
    # nothing asks when: a yes/no about a situation counts logs, it does not give the latest one's date
    assert "latest log" not in answer(person, "was I mostly alone when I wanted wine?").split(".")[0]


def test_days_with_zero_logs_are_counted_first(person):
    text = answer(person, "in the last 10 days, how many days had zero wine cravings?")
    assert text.startswith("1 of the 10 days in the last 10 days"), text  # today, not logged yet
