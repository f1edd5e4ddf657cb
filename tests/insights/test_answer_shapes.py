"""Question shapes built from the algebra's parts rather than a rule per phrasing: two things ranked against
each other, two named values of one dimension, days counted instead of logs, the single busiest calendar
day, and resisting or giving in inside one situation against outside it."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.factories import CravingFactory, UserFactory
from tests.helpers import answer_at, embed_all, first_sentence

BERLIN = timezone(timedelta(hours=1))  # November: no summer time
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
BUSY = (NOW - timedelta(days=6)).date()  # Thursday 19 November: the one day with four sweets logs


@pytest.fixture(scope="module")
def person(django_db_setup, django_db_blocker):
    """Coffee at 8 am at work every day for 30 days, resisted only at weekends; sweets at 8 pm at home with
    family every third day, always given in to, with three more on BUSY; an outsider with three logs, one in words no topic knows."""
    with django_db_blocker.unblock():
        user = UserFactory(email="shapes@example.com", timezone="Europe/Berlin")
        outsider = UserFactory(email="shapes-outsider@example.com", timezone="Europe/Berlin")
        for n in range(1, 31):
            day = (NOW - timedelta(days=n)).date()
            at = datetime(day.year, day.month, day.day, tzinfo=BERLIN)
            CravingFactory(
                user=user,
                description="want a coffee",
                location="Work",
                people=["Coworkers"],
                utc_offset_minutes=60,
                resistance=9 if day.isoweekday() >= 6 else 1,
                occurred_at=(at + timedelta(hours=8)).astimezone(UTC),
            )
            for extra in range(4 if day == BUSY else 1 if n % 3 == 0 else 0):
                CravingFactory(
                    user=user,
                    description="craving chocolate",
                    location="Home",
                    people=["Family"],
                    utc_offset_minutes=60,
                    resistance=1,
                    occurred_at=(at + timedelta(hours=20, minutes=extra)).astimezone(UTC),
                )
        CravingFactory(user=outsider, description="want a coffee", occurred_at=NOW - timedelta(days=2))
        CravingFactory(user=outsider, description="some florbix please", occurred_at=NOW - timedelta(days=3))
        CravingFactory(user=outsider, description="rolling a joint", occurred_at=NOW - timedelta(days=4))
        embed_all()
    yield user, outsider
    with django_db_blocker.unblock():
        user.delete()
        outsider.delete()


def answer(user, question: str) -> str:
    return answer_at(user, question, NOW)


first = first_sentence


@pytest.mark.django_db
def test_two_things_ranked_against_each_other(person):
    user, _ = person
    text = answer(user, "Do I want coffee more than sweets?")
    assert text.startswith("Yes: you crave coffee more often than sweets: 30 cravings for coffee, against 13"), text
    assert first(answer(user, "Am I craving sweets more often than coffee?")).startswith("No: "), text
    assert "coffee more often than sweets" in answer(user, "Which is it more often, coffee or sweets?")


@pytest.mark.django_db
def test_two_named_weekdays_answer_yes_or_no_between_them(person):
    user, _ = person
    text = answer(user, "Do I have more coffee cravings on Tuesdays than on Fridays?")
    assert text.startswith("No, about the same"), text  # one a day, every day


@pytest.mark.django_db
def test_days_are_counted_not_logs(person):
    user, _ = person
    text = answer(user, "On how many days last week did I want chocolate?")
    # Last week is Mon 16 - Sun 22 Nov: sweets on the 17th, 19th (BUSY, four logs) and 22nd.
    assert text == "You logged cravings for chocolate on 3 of the 7 days last week (16–22 Nov) (6 in all).", text
    free = answer(user, "How many sweet-free days did I have last week?")
    assert free.startswith("4 of the 7 days last week"), free


@pytest.mark.django_db
def test_the_busiest_single_day(person):
    user, _ = person
    text = answer(user, "What is the most chocolate I craved in a single day?")
    assert text.startswith("The most cravings for chocolate you logged in one day was 4, on Thursday 19 November"), text


@pytest.mark.django_db
def test_resisting_in_a_situation_against_outside_it(person):
    user, _ = person
    text = answer(user, "Am I better at resisting coffee at weekends?")
    assert text.startswith("Yes: you resist cravings for coffee most often at weekends"), text
    text = answer(user, "Do I give in more when I'm with family?")
    assert text.startswith("Yes: you gave in to 100% of your cravings with family (13 of 13)"), text


@pytest.mark.django_db
def test_how_long_since_the_latest_is_a_question_about_the_logs(person):
    user, outsider = person
    text = answer(user, "How long has it been since my last chocolate craving?")
    assert "pharmacist" not in text and "since your latest log of cravings for chocolate" in text, text
    theirs = answer(outsider, "Do I want coffee more than sweets?")  # only their own one log
    assert theirs.startswith("You have only 3 cravings so far"), theirs


@pytest.mark.django_db
def test_a_things_share_of_every_log_and_a_rate_in_the_unit_asked(person):
    user, _ = person
    text = answer(user, "What percentage of my cravings are for coffee?")
    assert text.startswith("30 of your 43 cravings") and "(70%) were for coffee" in text, text
    rate = answer(user, "How many coffee cravings a week do I have?")  # 30 logs over 31 days, said first
    assert rate.startswith("About 6.8 cravings for coffee a week since you started logging on 26 Oct (30 logs"), rate


@pytest.mark.django_db
def test_the_quietest_hour_can_be_one_with_no_logs(person):
    user, _ = person
    text = answer(user, "Which hour do I crave coffee the least?")
    assert text.startswith("You haven't logged any cravings for coffee around midnight"), text


@pytest.mark.django_db
def test_confidence_is_over_every_log_not_only_the_resisted(person):
    user, _ = person
    text = answer(user, "How confident am I usually about resisting coffee?")
    assert "over 30 logs" in text, text


@pytest.mark.django_db
def test_what_a_window_holds_is_listed_not_ranked(person):
    user, _ = person
    text = answer(user, "What did I crave last week?")
    assert text == "You logged 13 cravings last week (16–22 Nov): coffee (7) and chocolate (6).", text


@pytest.mark.django_db
def test_a_thing_no_log_matches_points_to_the_unrecognised_words_without_figures(person):
    user, outsider = person
    text = answer(outsider, "How many beers did I want?")
    assert text.startswith("You haven't logged any cravings for beers that I can find."), text
    assert "“some florbix please”" in text and "chocolate" not in text and not any(c.isdigit() for c in text), text


@pytest.mark.django_db
def test_smoking_is_the_smoking_a_person_logs(person):
    _, outsider = person  # logs a joint, never a cigarette
    text = answer(outsider, "How many times did I want to smoke?")
    assert text.startswith("You logged 1 craving for cannabis"), text
