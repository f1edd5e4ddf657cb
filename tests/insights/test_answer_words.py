"""Answers that depend on the person's words and place: brand names and slang count as their thing, a
person south of the equator gets their own seasons, and a second thing named in the same log ("a cig with
a cold beer") is counted in that log, not merely on that day."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from gpu.embeddings import get_provider
from insights.answering import computed
from tests.factories import CravingFactory, UserFactory
from tests.helpers import embed_all

SYDNEY = timezone(timedelta(hours=10))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
FIRST = date(2025, 10, 1)


@pytest.fixture(scope="module")
def people(django_db_setup, django_db_blocker):
    """South: energy drinks by brand, every second day of June-August (her winter), every eighth day
    otherwise. Smoker: 20 plain cigarette logs and 10 that name a beer beside the cigarette."""
    with django_db_blocker.unblock():
        south = UserFactory(email="words-south@example.com", timezone="Australia/Sydney")
        smoker = UserFactory(email="words-smoker@example.com", timezone="Europe/Berlin")
        day, july = FIRST, 0
        while day < date(2026, 11, 24):
            winter = day.month in (6, 7, 8)
            if (day - FIRST).days % (2 if winter else 8) == 0:
                CravingFactory(
                    user=south,
                    description="need a red bull" if winter else "want a monster",
                    occurred_at=datetime(day.year, day.month, day.day, 15, tzinfo=SYDNEY).astimezone(UTC),
                )
                july += day.month == 7 and day.year == 2026
            day += timedelta(days=1)
        for n in range(30):
            CravingFactory(
                user=smoker,
                description="cig with a cold beer" if n % 3 == 0 else "need a cigarette",
                occurred_at=NOW - timedelta(days=n + 1, hours=3),
            )
        embed_all()
    yield south, smoker, july
    with django_db_blocker.unblock():
        south.delete()
        smoker.delete()


def answer(user, question: str) -> str:
    return computed(user=user, question=question, embed=get_provider().embed, now=NOW).text


@pytest.mark.django_db
def test_seasons_are_the_persons_own_south_of_the_equator(people):
    south, _, _ = people
    text = answer(south, "In which season are my energy drink urges heaviest?")
    assert text.split(".")[0].count("winter") == 1 and "summer" not in text.split(".")[0], text


@pytest.mark.django_db
def test_a_brand_name_counts_as_its_thing(people):
    south, _, july = people
    text = answer(south, "How many energy drink cravings did I log in July?")
    assert f"{july} cravings for energy drinks" in text, text
    assert "coffee" not in answer(south, "What do I crave the most overall?").split(".")[0]


@pytest.mark.django_db
def test_a_second_thing_in_the_same_log_is_counted_in_that_log(people):
    _, smoker, _ = people
    text = answer(smoker, "How many of my cigarette urges came while having a beer?")
    assert text.startswith("10 of your 30 cravings for cigarettes"), text


@pytest.mark.django_db
def test_two_things_named_together_are_counted_together(people):
    south, _, _ = people
    one = answer(south, "How many red bull cravings have I logged?")
    both = answer(south, "How many red bull or monster cravings have I logged?")
    total = answer(south, "How many cravings have I logged?")
    count = lambda text: int(text.split("logged ")[1].split()[0])  # noqa: E731
    assert count(one) < count(both) == count(total), (one, both, total)
