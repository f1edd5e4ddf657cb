"""Answers that answer the question: understand, compute, say through the one pipeline function, over one
person's realistic six weeks of logs (built once for the module), with an outsider whose logs never show up.
Each case names the registry kind the question must be read as and words the answer must hold."""
from datetime import date, datetime, timedelta, timezone

import pytest

from cravings.jobs import cravings_embed
from gpu.embeddings import get_provider
from insights.answering import compose, computed
from personas.guard import claims_of
from tests.factories import CravingFactory, UserFactory

EST = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=EST)  # a Tuesday
TODAY = date(2026, 11, 24)


def at(days_ago: int, hour: int) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, 15, tzinfo=EST).astimezone(timezone.utc)


def embed_all():
    while cravings_embed(craving_ids=[]).embedded:
        pass


@pytest.fixture(scope="module")
def people(django_db_setup, django_db_blocker):
    """Owner, six weeks: weekday-evening sweets at home (work stress; resisted only lately), weekday-morning
    cigarettes at work with coworkers, Saturday wine with friends that stopped five weeks ago, and a vape
    habit that began ten days ago. Outsider: gambling. Made once: the tests only read them."""
    with django_db_blocker.unblock():
        owner = UserFactory(email="answers-owner@example.com", timezone="America/New_York")
        outsider = UserFactory(email="answers-outsider@example.com", timezone="America/New_York")
        for days_ago in range(1, 43):
            weekday = (TODAY - timedelta(days=days_ago)).isoweekday()
            if weekday <= 5:
                CravingFactory(user=owner, description="Wanted chocolate after a long day", trigger="work stress",
                               occurred_at=at(days_ago, 20), emotions=["Anxious"], location="Home", people=["Alone"],
                               intensity=8, resistance=3 if days_ago > 14 else 9)
                CravingFactory(user=owner, description="Urge to smoke a cigarette before the standup",
                               trigger="coffee break", occurred_at=at(days_ago, 9), emotions=["Tired"],
                               location="Work", people=["Coworkers"], intensity=5, resistance=8)
        for days_ago in (38, 45, 52, 59):  # Saturdays
            CravingFactory(user=owner, description="Want a glass of wine with friends", trigger="party",
                           occurred_at=at(days_ago, 21), emotions=["Happy"], location="Social", people=["Friends"],
                           intensity=6, resistance=4)
        for days_ago in range(1, 11):
            CravingFactory(user=owner, description="Want to vape on the balcony", trigger="bored",
                           occurred_at=at(days_ago, 15), emotions=["Bored"], location="Home", people=["Alone"],
                           intensity=4, resistance=9)
        for days_ago in range(1, 15):
            CravingFactory(user=outsider, description="Urge to place a bet on the game", trigger="saw an ad",
                           occurred_at=at(days_ago, 23))
        embed_all()
    yield owner, outsider
    with django_db_blocker.unblock():
        owner.delete()
        outsider.delete()


def answer(user, question: str) -> tuple[str, dict]:
    """The computed answer (no model words) and its record, through the pipeline's one function."""
    result = computed(user=user, question=question, embed=get_provider().embed, now=NOW)
    return result.text, result.record()


QUESTIONS = ['When do I struggle most with cravings?', 'What triggers my strongest cravings?', 'Am I getting better at resisting?', 'Which days are hardest for me?', 'When do I crave sweets?', 'Why do I smoke at work?', 'Do I still crave wine on weekends?', 'Who am I usually with when I want a cigarette?', 'Where was I when I craved wine?', 'How many times did I crave chocolate?', 'How many cravings did I log last week?', 'How do I feel when I want sweets?', 'How strong are my sugar cravings?', 'What changed this week compared to last week?', 'When did I last crave wine?', "Do I crave sweets more when I'm stressed?", 'What helps me resist?', 'How am I doing?', 'When did I start vaping?', 'Have I picked up anything new lately?', 'Has anything dropped out of my logs recently?', 'Do I smoke in the morning?', 'What do I crave most?', 'Am I smoking less since I started cutting down 2 weeks ago?', 'When do I usually give in?', 'which month was my worst for wine?', 'Do I vape more on weekends or weekdays?', 'Is it always this bad at home?', 'how often do I give in to sweets?', "what's my longest streak of resisting?", 'Tell me something nice', 'cravings since monday?']


@pytest.mark.django_db
def test_print(people, capsys):
    owner, _ = people
    with capsys.disabled():
        for q in QUESTIONS:
            text, record = answer(owner, q)
            print(f"\n{q}\n  [{record['kind']} {record['status']}] {text}")


@pytest.mark.django_db
@pytest.mark.parametrize("question", ["How many times did I crave gambling?", "When do I crave cocaine?",
                                      "Do I still want to go to the casino?", "What triggers my kombucha cravings?"])
def test_never_logged_subjects_abstain_plainly_even_when_another_user_logged_them(owner, history, question):
    text, finding = answer(owner, question)
    assert finding["status"] == "no_subject_logs", text
    assert text.startswith("You haven't logged any cravings about") and finding["sources"] == []


@pytest.mark.django_db
def test_a_subject_is_matched_by_meaning_as_well_as_by_words(owner, history):
    from tests.factories import UserFactory

    _, by_word = answer(owner, "How many times did I crave sweets?")  # "chocolate" is one of the sweets words
    assert by_word["total"] == 30
    eater = UserFactory()
    for days_ago in range(1, 7):
        CravingFactory(user=eater, description="Craving salmon nigiri rolls", trigger="", occurred_at=at(days_ago, 13))
    CravingFactory(user=eater, description="Want a cigarette", trigger="", occurred_at=at(2, 9))
    embed_all()
    text, by_meaning = answer(eater, "How many times did I crave sushi?")  # no word in common
    assert by_meaning["total"] == 6, text


@pytest.mark.django_db
def test_sources_are_only_the_owners_logs_in_scope(owner, outsider, history):
    _, finding = answer(owner, "When do I crave sweets?")
    owned = {str(u) for u in owner.cravings.filter(description__contains="chocolate").values_list("uuid", flat=True)}
    assert finding["sources"] and set(finding["sources"]) <= owned


@pytest.mark.django_db
def test_little_data_claims_no_pattern(outsider):
    CravingFactory(user=outsider, description="Want a cookie", occurred_at=at(3, 15))
    CravingFactory(user=outsider, description="Want a cookie", occurred_at=at(9, 21))
    embed_all()
    text, finding = answer(outsider, "When do I crave cookies?")
    assert finding["status"] == "too_little_data" and "too few to show a pattern" in text


@pytest.mark.django_db
def test_the_model_words_pass_through_the_guard_with_the_real_base_model(owner, history, base_generate):
    payload = compose(user=owner, question="When do I crave sweets?", persona=None, generate=base_generate,
                      embed=get_provider().embed, now=NOW)
    computed, _ = answer(owner, "When do I crave sweets?")
    assert payload["answer"].startswith(computed)
    allowed = claims_of(computed, ["work stress", "coffee break", "party"])
    for sentence in payload["generated"]["kept"]:
        assert claims_of(sentence, ["work stress", "coffee break", "party"]) <= allowed, sentence
    assert payload["finding"]["intent"] == "when" and payload["finding"]["figures"]["daypart"]["value"] == "evening"
