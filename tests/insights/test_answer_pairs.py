"""Two things asked about together, and a date someone stopped on: the days with both, which thing is resisted
best, whether two things go together, and the first slip after a quit date. An outsider's logs never count."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.factories import CravingFactory, UserFactory
from tests.helpers import answer_at, embed_all, first_sentence

BERLIN = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
DAYS = [(NOW - timedelta(days=n)).date() for n in range(1, 43)]
QUIT = DAYS[20]  # chocolate stopped on this day; one slip 5 days later


def log(user, day, hour: int, description: str, resisted: bool) -> None:
    at = datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN).astimezone(UTC)
    CravingFactory(
        user=user, description=description, utc_offset_minutes=60, occurred_at=at, resistance=9 if resisted else 1
    )


@pytest.fixture(scope="module")
def person(django_db_setup, django_db_blocker):
    """Coffee every morning, resisted one day in five; chocolate every other evening, resisted two in three, until
    QUIT, then resisted but for one slip; the outsider logs chocolate every evening, never resisted."""
    with django_db_blocker.unblock():
        user = UserFactory(email="pairs@example.com", timezone="Europe/Berlin")
        outsider = UserFactory(email="pairs-outsider@example.com", timezone="Europe/Berlin")
        for n, day in enumerate(DAYS):
            log(user, day, 8, "want a coffee", resisted=n % 5 == 0)
            if n % 2 == 0:
                slip = day == QUIT + timedelta(days=6)
                log(user, day, 20, "craving chocolate", resisted=not slip and (day > QUIT or n % 3 != 0))
            log(outsider, day, 21, "craving chocolate", resisted=False)
        embed_all()
    yield user, outsider
    with django_db_blocker.unblock():
        user.delete()
        outsider.delete()


def answer(user, question: str) -> str:
    return first_sentence(answer_at(user, question, NOW))


@pytest.mark.django_db
def test_days_with_both_things_are_the_days_holding_each(person):
    user, _ = person
    week = [d for d in DAYS if NOW.date() - timedelta(days=6) <= d]  # the last 7 days include today
    both = sum(1 for n, d in enumerate(DAYS) if d in week and n % 2 == 0)
    text = answer(user, "in the last 7 days, on how many days did I log both coffee and chocolate?")
    assert text.startswith(f"You logged both coffee and chocolate on {both} of the 7 days"), text


@pytest.mark.django_db
def test_the_thing_resisted_best_is_ranked_by_its_own_rate(person):
    user, outsider = person
    assert answer(user, "which of my cravings am I best at resisting?").startswith(
        "You resist cravings for chocolate most often"
    )
    # the outsider never resisted: their chocolate is all they have, at 0%, whatever the other user logged
    text = answer(outsider, "which of my cravings am I best at resisting?")
    assert text.startswith("You resist cravings for chocolate most often: 0 of 42 (0%)"), text


@pytest.mark.django_db
def test_the_first_slip_after_a_quit_date_is_that_date(person):
    user, _ = person
    quit_said = f"{QUIT.day} {QUIT:%B}"
    slip = QUIT + timedelta(days=6)
    text = answer(user, f"I quit chocolate on {quit_said}. When did I first give in after that?")
    assert f"{slip.day} {slip:%B}" in text and "gave in to" in text, text


@pytest.mark.django_db
def test_two_things_said_to_go_together_compare_days_with_and_without(person):
    user, _ = person
    text = answer(user, "are my coffee and chocolate cravings linked?")
    assert text.startswith(("Yes", "No")) and "on days you also log chocolate" in text, text
