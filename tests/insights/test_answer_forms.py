"""Forms a question takes that no rule spells out: a thing named in the person's own log words, a filter said
before a yes/no, a feeling asked about, an hour inside a part of the day, a night out, "ever", a date with a
month name, a thing that began just before the window asked about, a situation with no logs, words written
together, and the British "at the weekend"."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from gpu.embeddings import get_provider
from insights.answering import computed
from tests.factories import CravingFactory, UserFactory
from tests.helpers import answer_at, embed_all, first_sentence

BERLIN = timezone(timedelta(hours=1))  # November: no summer time
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
DAYS = [(NOW - timedelta(days=n)).date() for n in range(1, 31)]
VAPE_DAYS = (25, 20, 15, 10)  # vaping began 25 days ago
ZORBLAT_DAYS = (4, 5, 6)  # Thursdays to Saturdays
ZORBLATS = sum(1 for d in DAYS if d.isoweekday() in ZORBLAT_DAYS)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def log(user, day: date, hour: int, description: str, minute: int = 0, **fields) -> None:
    CravingFactory(
        user=user, description=description, utc_offset_minutes=60, occurred_at=at(day, hour, minute), **fields
    )


@pytest.fixture(scope="module")
def person(django_db_setup, django_db_blocker):
    """Coffee at 8 am at work every day, tired, resisted only at weekends; chocolate at 8 pm at home alone and
    lonely every other day, never resisted; "zorblat" (a word no list holds) at 10:30 pm Thursday to Saturday
    with friends at a party; ice cream written as one word on three days a month ago; vaping from 25 days ago."""
    with django_db_blocker.unblock():
        user = UserFactory(email="forms@example.com", timezone="Europe/Berlin")
        outsider = UserFactory(email="forms-outsider@example.com", timezone="Europe/Berlin")
        for n, day in enumerate(DAYS, start=1):
            weekend = day.isoweekday() >= 6
            log(user, day, 8, "want a coffee", location="Work", people=["Coworkers"], emotions=["Tired"],
                resistance=9 if weekend else 1)  # fmt: skip
            if n % 2 == 0:
                log(user, day, 20, "craving chocolate", location="Home", people=["Alone"], emotions=["Lonely"],
                    resistance=1)  # fmt: skip
            if day.isoweekday() in ZORBLAT_DAYS:
                log(user, day, 22, "zorblat at the arcade", 30, location="Social", people=["Friends"],
                    emotions=["Happy"], resistance=1)  # fmt: skip
            if n in (27, 28, 29):
                log(user, day, 15, "an icecream", location="Outside", people=["Alone"], resistance=1)
            if n in VAPE_DAYS:
                log(user, day, 13, "need to vape", location="Work", people=["Coworkers"], resistance=1)
        log(outsider, DAYS[1], 9, "want a coffee")
        log(outsider, DAYS[2], 9, "two florbix please")
        embed_all()
    yield user, outsider
    with django_db_blocker.unblock():
        user.delete()
        outsider.delete()


def answer(user, question: str) -> str:
    return answer_at(user, question, NOW)


def query_of(user, question: str):
    """The query the question was read as, for the person at NOW."""
    return computed(user=user, question=question, embed=get_provider().embed, now=NOW).query


first = first_sentence


@pytest.mark.django_db
def test_a_thing_named_in_the_persons_own_log_words(person):
    user, outsider = person
    text = answer(user, "Where am I usually when the zorblat urge hits?")
    said = f"Your cravings for zorblat come most often in social settings: {ZORBLATS} of {ZORBLATS}"
    assert first(text).startswith(said), text
    # The outsider never logged it: their answer holds none of the person's figures or places.
    other = answer(outsider, "Where am I usually when the zorblat urge hits?")
    assert "social" not in other.lower() and f"{ZORBLATS} of" not in other, other


@pytest.mark.django_db
def test_a_yes_no_after_a_filter_said_first(person):
    user, _ = person
    assert answer(user, "on weekends do I resist most of my coffee cravings?").startswith("Yes: "), "weekends"
    assert answer(user, "on weekdays do I resist most of my coffee cravings?").startswith("No: "), "weekdays"


@pytest.mark.django_db
def test_a_feeling_asked_about_ranks_the_feelings(person):
    user, _ = person
    assert answer(user, "Am I usually lonely when chocolate calls?").startswith("Yes: "), "lonely"
    text = answer(user, "Am I usually tired when chocolate calls?")
    assert text.startswith("No: ") and "lonely" in first(text), text


@pytest.mark.django_db
def test_an_hour_inside_a_named_part_of_the_day(person):
    user, _ = person
    text = first(answer(user, "What time in the morning is coffee on my mind?"))
    assert "8 am" in text and "5 am–noon" not in text, text


@pytest.mark.django_db
def test_weeknights_are_weekday_evenings_and_nights(person):
    user, _ = person
    window = DAYS[:13]  # with today, 14 days
    expected = sum(1 for n, d in enumerate(window, start=1) if n % 2 == 0 and d.isoweekday() <= 5)
    text = answer(user, "How many chocolate cravings on weeknights over the last 14 days?")
    assert first(text).startswith(f"You logged {expected} cravings for chocolate"), text


@pytest.mark.django_db
def test_a_night_out_named_by_its_day(person):
    user, _ = person
    assert answer(user, "Is Saturday my big zorblat night?").startswith("Yes"), "saturday"
    assert answer(user, "Is Tuesday my big zorblat night?").startswith("No: "), "tuesday"


@pytest.mark.django_db
def test_ever_is_answered_by_a_single_log(person):
    user, _ = person
    assert answer(user, "Have I ever wanted coffee at work?").startswith("Yes: 30 of your 30"), "coffee"
    assert answer(user, "Have I ever wanted chocolate at work?").startswith("No: "), "chocolate"


@pytest.mark.django_db
def test_dates_with_month_names_are_a_window_not_months_to_rank(person):
    user, _ = person
    expected = sum(1 for d in DAYS if date(2026, 11, 2) <= d <= date(2026, 11, 9))  # one coffee a day
    text = answer(user, "coffee: how many from 2 November to 9 November?")
    assert first(text).startswith(f"You logged {expected} cravings for coffee"), text


@pytest.mark.django_db
def test_a_thing_that_began_just_before_the_window_asked_about(person):
    user, _ = person
    text = answer(user, "anything new creeping into my logs over the past two weeks?")
    assert text.startswith("Nothing began in the past 2 weeks") and "vaping is recent" in first(text), text
    assert "25 days ago" in first(text), text


@pytest.mark.django_db
def test_no_logs_in_the_situation_is_said_not_compared(person):
    user, _ = person
    text = answer(user, "Is coffee always this bad in social settings?")
    assert text.startswith("No: you haven't logged any cravings for coffee"), text


@pytest.mark.django_db
def test_words_written_together_are_the_phrase(person):
    user, _ = person
    assert first(answer(user, "icecream cravings in the last 30 days, how many?")).startswith(
        "You logged 3 cravings for"
    ), "q"
    assert first(answer(user, "how many ice cream cravings in the last 30 days?")).startswith(
        "You logged 3 cravings for"
    ), "l"


@pytest.mark.django_db
def test_at_the_weekend_asked_as_a_habit_is_every_weekend(person):
    user, _ = person
    text = answer(user, "Am I better at resisting coffee at the weekend?")
    assert text.startswith("Yes") and "weekend" in first(text), text


@pytest.mark.django_db
def test_the_most_craved_thing_inside_a_filter(person):
    user, _ = person
    text = answer(user, "on weekday mornings what am I craving most?")
    assert "coffee" in first(text), text


@pytest.mark.django_db
def test_everyday_words_name_no_thing_and_past_tense_asks_the_same(person):
    user, _ = person
    # "Wills" is a cigarette brand; "will" is not
    assert "cigarette" not in answer(user, "What will I want most on weekday mornings?")
    assert "with coworkers" in first(answer(user, "Who was I with when I wanted coffee?"))
    text = answer(user, "How many friday-night zorblat cravings in the last 30 days?")
    assert first(text).startswith(f"You logged {sum(1 for d in DAYS if d.isoweekday() == 5)} cravings for zorblat"), (
        text
    )


@pytest.mark.django_db
def test_yes_no_forms_of_ranking_days_and_an_end(person):
    user, _ = person
    assert answer(user, "Is coffee my main craving?").startswith("Yes: you crave coffee most often"), "main"
    assert answer(user, "Is chocolate my main craving?").startswith("No: you crave coffee most often"), "not main"
    # coffee every day of the 30, chocolate every other day: "every day" asks about the days
    assert answer(user, "do I want chocolate every day?").startswith("No: you logged cravings for chocolate on"), "c"
    # ten days without is not yet stopped (two weeks); the answer is a "no" with the date, never a "yes"
    assert answer(user, "Have I stopped vaping?").startswith("No: your latest log of cravings for vaping"), "10 days"
    text = answer(user, "how long have I been vape free?")
    assert text.startswith("It has been 10 days since your latest log of cravings for vaping"), text


@pytest.mark.django_db
def test_resisting_best_ranks_rates_and_a_condition_never_met_is_said(person):
    user, _ = person
    text = first(answer(user, "On which days do I resist coffee best?"))
    assert text.startswith("You resist cravings for coffee most often on S") and "(100%)" in text, text
    text = answer(user, "on gambling days do I want coffee more?")
    assert text.startswith("No: you haven't logged gambling on any day"), text


@pytest.mark.django_db
def test_more_in_one_situation_ranks_that_situation(person):
    user, _ = person
    text = answer(user, "Do I want chocolate more when I'm lonely?")
    assert text.startswith("Yes: your cravings for chocolate come most often when feeling lonely"), text
    text = answer(user, "Do I want coffee more at home?")
    assert text.startswith("No: your cravings for coffee come most often at work"), text


@pytest.mark.django_db
def test_permission_is_never_answered_yes_and_a_medicine_makes_it_medical(person):
    from insights.medical import is_medical

    user, _ = person
    text = answer(user, "can I still have chocolate in the evening?")
    assert not text.startswith(("Yes", "No")), text  # figures, not permission
    assert is_medical("I'm taking sertraline now, can I have coffee at work?", get_provider().embed)
    assert not is_medical("can I still have coffee at work?", get_provider().embed)
    assert "8 am" in first(answer(user, "what time do I usually want coffee?"))


@pytest.mark.django_db
def test_a_plain_pointer_back_gets_a_question_back(person):
    user, _ = person
    assert answer(user, "compared with what, though?").startswith("I'm not sure which craving or time you mean")
    text = answer(user, "compared with what, coffee last week?")  # names a thing and a time: answered
    assert "coffee" in first(text) and "last week" in first(text), text


@pytest.mark.django_db
def test_the_scene_set_before_a_question_is_not_a_filter(person):
    user, _ = person
    # every coffee log is at work: "at home" in the scene would leave none
    text = first(answer(user, "I'm at home and shattered today. What time do I usually want coffee?"))
    assert "8 am" in text and "home" not in text, text
    text = answer(user, "I began vaping 25 days ago. How many times have I wanted to vape since?")
    assert "4 cravings for vaping" in first(text), text  # the scene's date and thing, the asked count
    assert answer(user, "how much screen time did I have yesterday?").startswith("Your logs don't record your screen")


@pytest.mark.django_db
def test_two_places_set_against_each_other_are_ranked_between_them(person):
    user, _ = person
    text = first(answer(user, "do I want chocolate more at home or at work?"))
    assert text.startswith("Your cravings for chocolate come most often at home"), text


@pytest.mark.django_db
def test_a_things_rate_over_its_history_starts_at_its_own_first_log(person):
    user, _ = person
    # 4 vaping logs since vaping began 25 days ago: 1.1 a week (from the person's first log, 30 days: 0.9)
    assert "1.1 cravings for vaping a week" in first(answer(user, "how many times a week do I want to vape?"))


@pytest.mark.django_db
def test_permission_asked_in_another_language_is_never_yes_or_no(person):
    user, _ = person
    for question in ("Kann ich abends noch Schokolade essen?", "¿Puedo tomar café en el trabajo?"):
        assert not answer(user, question).startswith(("Yes", "No")), question


@pytest.mark.django_db
def test_the_direction_asked_is_the_questions_not_the_events(person):
    from insights.answering.query import Direction

    user, _ = person
    # the event's own "cutting down" is what changed, not what is asked ("more?"): the question's direction
    query = query_of(user, "Since I began cutting down 12 days ago, am I resisting coffee more?")
    assert query.comparison.direction is Direction.UP, query
    assert "No, about the same" in answer(user, "Since I began cutting down 12 days ago, am I resisting coffee more?")


@pytest.mark.django_db
def test_best_at_not_doing_it_is_where_resisting_works(person):
    user, _ = person
    text = first(answer(user, "where am I best at not drinking coffee?"))
    assert text.startswith("You resist cravings for coffee most often at work"), text


@pytest.mark.django_db
def test_the_craving_logged_least_is_ranked_among_things(person):
    user, _ = person
    text = first(answer(user, "what's the craving I log the least?"))
    # 3 logs: ice cream is a thing of its own (an item of sweets), not folded into the chocolate
    assert text.startswith("You crave ice cream least often"), text


@pytest.mark.django_db
def test_a_change_dated_by_how_long_it_has_lasted_compares_before_and_since(person):
    from insights.answering.query import Compare

    user, _ = person
    for question, days in (
        ("I have been cutting back on coffee for about two weeks, is it lower than before?", 14),
        ("off chocolate for 10 days now. fewer cravings than before?", 10),
    ):
        query = query_of(user, question)
        assert query.comparison.kind is Compare.EVENT, (question, query)
        assert (NOW.date() - query.comparison.event.date()).days == days, (question, query)
    # how long a habit has lasted is no change
    query = query_of(user, "I've been drinking coffee for ten years, is it getting worse?")
    assert query.comparison.kind is not Compare.EVENT, query


@pytest.mark.django_db
def test_this_years_season_is_that_season(person):

    user, _ = person
    query = query_of(user, "was this year's summer worse than last summer for coffee?")
    assert query.window.label.startswith("this summer"), query


@pytest.mark.django_db
def test_the_thing_after_the_top_is_named_first_when_asked_for(person):
    user, _ = person
    text = first(answer(user, "besides coffee, which craving comes in as runner-up?"))
    assert text.startswith("After coffee ("), text
    assert "you crave chocolate most often" in text, text


@pytest.mark.django_db
def test_a_verb_after_the_thing_is_not_a_thing_and_the_start_of_a_month_is_a_date(person):

    user, _ = person
    query = query_of(user, "is my vaping trending down?")
    assert query.filters.subject is not None and query.filters.subject.topic == "vaping", query
    query = query_of(user, "since the start of november how many coffees did i want?")
    assert query.window.label.startswith("since November"), query


@pytest.mark.django_db
def test_a_choice_of_two_times_when_it_comes_at_neither_says_so_and_when_it_does(person):
    user, _ = person
    text = first(answer(user, "when do i tend to give in to chocolate, morning or night?"))
    # every chocolate log is at 8 pm and given in to: neither, and the evening
    assert text.startswith("Neither: your cravings for chocolate you gave in to come most often in the evening"), text


@pytest.mark.django_db
def test_the_strength_of_the_latest_craving_is_that_logs(person):
    user, _ = person
    text = first(answer(user, "how strong was my last chocolate craving?"))
    assert text.startswith("Your latest log of cravings for chocolate was on"), text
    assert text.endswith("at 6 out of 10 in intensity"), text


@pytest.mark.django_db
def test_a_strength_level_with_the_next_is_no_more_and_ever_is_answered_on_few_logs(person):
    user, _ = person
    # every coffee log is 6 out of 10: weekdays are first by nothing
    text = first(answer(user, "do my coffee cravings hit harder on weekdays?"))
    assert text.startswith("No, about the same: your cravings for coffee average 6.0 out of 10 on weekdays"), text
    # four vaping logs: too few for "mostly", enough for "ever"
    assert "too few to show a pattern" in answer(user, "do i mostly vape on weekends?")
    text = first(answer(user, "have i ever logged vaping on a weekend?"))
    assert text.startswith("Yes: 2 of your 4 cravings for vaping"), text


@pytest.mark.parametrize(
    "question",
    ["tell me what's typically happening when I want chocolate", "what's the main reason why I crave chocolate?"],
)
def test_what_goes_on_when_it_comes_asks_for_its_situation(question):
    from insights.answering.query import Group
    from insights.answering.understand import parse

    query = parse(question, today=NOW.date(), now=NOW.replace(tzinfo=None), embed=get_provider().embed)
    assert query.group is Group.TRIGGER, query


@pytest.mark.django_db
def test_days_just_gone_are_the_last_ones_and_a_first_entrys_date_is_that_logs(person):
    user, _ = person
    text = first(answer(user, "how many coffee cravings over the saturday and sunday that just ended?"))
    assert text.startswith("You logged 2 cravings for coffee last weekend"), text
    text = first(answer(user, "on which date did I make my very first vaping log?"))
    assert text.startswith("Your first log of cravings for vaping was on Saturday 31 October"), text
    text = first(answer(user, "coffee aside, what is the next most frequent thing I log?"))
    assert text.startswith("After coffee (30), you crave chocolate most often"), text


def test_a_few_words_of_preamble_before_but_or_so_leave_a_yes_no_question():
    from insights.answering.understand import cues

    assert cues.yes_no("odd one but do i want chocolate more on coffee days?")
    assert cues.yes_no("quick thing so am i drinking less coffee lately?")
    assert not cues.yes_no("tell me honestly so which day is worst for coffee?")
