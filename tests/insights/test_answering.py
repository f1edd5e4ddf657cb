"""Answers that answer the question: understand, compute, say through the one pipeline function, over one
person's realistic six weeks of logs (built once for the module), with an outsider whose logs never show up.
Each case names the registry kind the question must be read as and words the answer must hold."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from gpu.embeddings import get_provider
from insights.answering import compose, computed
from personas.guard import claims_of
from tests.factories import CravingFactory, UserFactory
from tests.helpers import embed_all

EST = timezone(timedelta(hours=-5))
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=EST)  # a Tuesday
TODAY = date(2026, 11, 24)


def at(days_ago: int, hour: int) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour, 15, tzinfo=EST).astimezone(UTC)


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
                CravingFactory(
                    user=owner,
                    description="Wanted chocolate after a long day",
                    trigger="work stress",
                    occurred_at=at(days_ago, 20),
                    emotions=["Anxious"],
                    location="Home",
                    people=["Alone"],
                    intensity=8,
                    resistance=3 if days_ago > 14 else 9,
                )
                CravingFactory(
                    user=owner,
                    description="Urge to smoke a cigarette before the standup",
                    trigger="coffee break",
                    occurred_at=at(days_ago, 9),
                    emotions=["Tired"],
                    location="Work",
                    people=["Coworkers"],
                    intensity=5,
                    resistance=8,
                )
        for days_ago in (38, 45, 52, 59):  # Saturdays
            CravingFactory(
                user=owner,
                description="Want a glass of wine with friends",
                trigger="party",
                occurred_at=at(days_ago, 21),
                emotions=["Happy"],
                location="Social",
                people=["Friends"],
                intensity=6,
                resistance=4,
            )
        for days_ago in range(1, 11):
            CravingFactory(
                user=owner,
                description="Want to vape on the balcony",
                trigger="bored",
                occurred_at=at(days_ago, 15),
                emotions=["Bored"],
                location="Home",
                people=["Alone"],
                intensity=4,
                resistance=9,
            )
        for days_ago in range(1, 15):
            CravingFactory(
                user=outsider,
                description="Urge to place a bet on the game",
                trigger="saw an ad",
                occurred_at=at(days_ago, 23),
            )
        embed_all()
    yield owner, outsider
    with django_db_blocker.unblock():
        owner.delete()
        outsider.delete()


def answer(user, question: str) -> tuple[str, dict]:
    """The computed answer (no model words) and its record, through the pipeline's one function."""
    result = computed(user=user, question=question, embed=get_provider().embed, now=NOW)
    return result.text, result.record()


# (question, the registry kind it must be read as, words the answer must hold): facts planted in `people`
CASES = [
    ("When do I struggle most with cravings?", "peak_daypart", ["evening", "34 of 74"]),
    ("What triggers my strongest cravings?", "peak_trigger", ["work stress", "30 of 30"]),
    ("Am I getting better at resisting?", "trend", ["Yes", "79%", "41%"]),
    ("Which days are hardest for me?", "peak_weekday", ["Monday", "Friday", "1.6 a day"]),
    ("When do I crave sweets?", "peak_daypart", ["evening", "30 of 30"]),
    ("Do I still crave wine on weekends?", "last_log", ["No, not lately", "Saturday 17 October"]),
    ("Who am I usually with when I want a cigarette?", "peak_company", ["with coworkers: 30 of 30"]),
    ("Where was I when I craved wine?", "peak_place", ["only 4 cravings for wine", "too few"]),
    ("How many times did I crave chocolate?", "count", ["30 cravings for chocolate"]),
    ("How many cravings did I log last week?", "count", ["17 cravings last week"]),
    ("How do I feel when I want sweets?", "peak_emotion", ["anxious: 30 of 30"]),
    ("How strong are my sugar cravings?", "intensity", ["8.0 out of 10"]),
    ("What changed this week compared to last week?", "named_periods", ["Fewer", "3 in 2 days", "17 in 7 days"]),
    ("When did I last crave wine?", "last_log", ["Saturday 17 October", "38 days ago"]),
    ("What helps me resist?", "what_helps", ["in the morning", "100% of 30"]),
    ("How am I doing?", "overview", ["52 cravings in the last 30 days", "79%"]),
    ("When did I start vaping?", "first_log", ["Saturday 14 November", "10 days ago"]),
    ("Have I picked up anything new lately?", "new_things", ["Yes", "vaping (10 logs)"]),
    ("Has anything dropped out of my logs recently?", "gone_things", ["wine (4 logs before)"]),
    ("Do I smoke in the morning?", "share_in_situation", ["Yes: 30 of your 30"]),
    (
        "What do I crave most?",
        "peak_subject",
        # cigarettes and chocolate level at 30 (vaping, 10, is a habit of its own, not "nicotine" with them)
        ["You crave chocolate and cigarettes most often: 30 each of 74", "vaping (10)"],
    ),
    ("Am I smoking less since I started cutting down 2 weeks ago?", "before_and_since", ["since 10 Nov: 10", "11"]),
    ("When do I usually give in?", "peak_daypart", ["gave in to", "evening", "24 of 24"]),
    ("Is it always this bad at home?", "with_and_without", ["at home average 7.0", "5.1 elsewhere"]),
    ("how often do I give in to sweets?", "gave_in_rate", ["20 of your 30", "67%"]),
    ("what's my longest streak of resisting?", "streak", ["30"]),
    ("cravings since monday?", "count", ["3 cravings since Monday"]),
    ("Do I vape more on weekends or weekdays?", "peak_weekpart", ["only 10 cravings for vaping", "too few"]),
    ("how many times have I wanted to vape?", "count", ["10 cravings for vaping"]),
    ("Evenings are when I want sweets most, right?", "peak_daypart", ["Yes: ", "evening"]),
    ("How many days since I last wanted wine?", "last_log", ["It has been 38 days"]),
    ("Do I give in more often than I resist with sweets?", "resisted_rate", ["Yes: ", "gave in to 20"]),
    ("Is home where I smoke most?", "peak_place", ["No: ", "at work"]),
    ("Which of my cravings hits hardest?", "peak_subject", ["strongest cravings are for", "8.0 out of 10"]),
    ("¿Cuántas veces quise vapear?", "count", ["10 cravings for vaping"]),
    ("Wann habe ich zum ersten Mal gedampft?", "first_log", ["Saturday 14 November"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize("question,kind,expected", CASES, ids=[c[0] for c in CASES])
def test_each_kind_answers_what_was_asked(people, question, kind, expected):
    text, record = answer(people[0], question)
    assert record["kind"] == kind, (record["kind"], text)
    assert record["status"] in ("answered", "too_little_data"), text
    for words in expected:
        assert words in text, (words, text)
    assert not text.rstrip().endswith((":", ",")) and "haven't logged any" not in text


@pytest.mark.django_db
def test_a_yes_no_question_starts_with_yes_or_no(people):
    for question in (
        "Do I smoke in the morning?",
        "Do I crave sweets in the morning?",
        "Am I getting better at resisting?",
    ):
        text, _ = answer(people[0], question)
        assert text.startswith(("Yes", "No")), (question, text)
    assert answer(people[0], "Do I crave sweets in the morning?")[0].startswith("No")


@pytest.mark.django_db
def test_most_questions_read_the_whole_history_by_default(people):
    text, record = answer(people[0], "What do I crave most?")
    assert record["query"]["window"]["start"] is None and "since you started logging" in text


@pytest.mark.django_db
def test_a_night_after_midnight_belongs_to_the_evening_it_began(people, django_db_blocker):
    from cravings.models import Craving

    owner = people[0]
    saturday_early = datetime(2026, 11, 21, 0, 30, tzinfo=EST)  # Friday night, by the clock Saturday
    craving = CravingFactory(user=owner, description="Want a beer after the party", occurred_at=saturday_early)
    text, record = answer(owner, "How many beer cravings did I have on Fridays?")
    Craving.objects.filter(id=craving.id).delete()
    assert record["total"] == 1, text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    [
        "How many times did I crave gambling?",
        "When do I crave cocaine?",
        "Do I still want to go to the casino?",
        "What triggers my kombucha cravings?",
    ],
)
def test_never_logged_subjects_abstain_plainly_even_when_another_user_logged_them(people, question):
    text, finding = answer(people[0], question)
    assert finding["status"] == "no_subject_logs", text
    # a yes/no question is answered no first
    lead = "No: you" if question.startswith("Do ") else "You"
    assert text.startswith(f"{lead} haven't logged any cravings about") and finding["sources"] == []


@pytest.mark.django_db
def test_a_subject_is_matched_by_meaning_as_well_as_by_words(people):
    _, by_word = answer(people[0], "How many times did I crave sweets?")  # "chocolate" is one of the sweets words
    assert by_word["total"] == 30
    eater = UserFactory()
    for days_ago in range(1, 7):
        CravingFactory(user=eater, description="Craving salmon nigiri rolls", trigger="", occurred_at=at(days_ago, 13))
    CravingFactory(user=eater, description="Want a cigarette", trigger="", occurred_at=at(2, 9))
    embed_all()
    text, by_meaning = answer(eater, "How many times did I crave sushi?")  # no word in common
    assert by_meaning["total"] == 6, text


@pytest.mark.django_db
def test_sources_are_only_the_owners_logs_in_scope(people):
    owner, _ = people
    _, finding = answer(owner, "When do I crave sweets?")
    owned = {str(u) for u in owner.cravings.filter(description__contains="chocolate").values_list("uuid", flat=True)}
    assert finding["sources"] and set(finding["sources"]) <= owned


@pytest.mark.django_db
@pytest.mark.parametrize("question", ["When do I crave cookies?", "When do I crave the most?", "Which day is worst?"])
def test_little_data_claims_no_pattern(question):
    newcomer = UserFactory()
    for days_ago, hour in ((3, 15), (9, 21), (10, 20), (12, 21), (20, 9), (25, 20)):
        CravingFactory(user=newcomer, description="Want a cookie", occurred_at=at(days_ago, hour))
    embed_all()
    text, finding = answer(newcomer, question)
    assert finding["status"] == "too_little_data", text
    assert "only 6 cravings" in text and "too few to show a pattern" in text
    assert not any(word in text for word in ("most often", "window to watch", "peak"))


@pytest.mark.django_db
def test_the_model_words_pass_through_the_guard_with_the_real_base_model(people, base_generate):
    owner = people[0]
    payload = compose(
        user=owner,
        question="When do I crave sweets?",
        persona=None,
        generate=base_generate,
        embed=get_provider().embed,
        now=NOW,
    )
    computed, _ = answer(owner, "When do I crave sweets?")
    assert payload["answer"].startswith(computed)
    allowed = claims_of(computed, ["work stress", "coffee break", "party"])
    for sentence in payload["generated"]["kept"]:
        assert claims_of(sentence, ["work stress", "coffee break", "party"]) <= allowed, sentence
    assert payload["finding"]["kind"] == "peak_daypart" and payload["finding"]["groups"][0]["value"] == "evening"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "question",
    ["Should I use nicotine patches to quit smoking?", "Is it safe to take melatonin when I crave sweets at night?"],
)
def test_a_treatment_question_gets_no_advice_and_the_persons_own_figures(people, question):
    payload = compose(
        user=people[0],
        question=question,
        persona=None,
        generate=lambda messages: "Yes, do it.",
        embed=get_provider().embed,
        now=NOW,
    )
    assert payload["safety"] == "medical"
    assert not payload["answer"].lower().startswith("yes") and "Yes, do it" not in payload["answer"]
    assert "doctor" in payload["answer"] or "pharmacist" in payload["answer"]


@pytest.mark.django_db
def test_a_treatment_question_long_after_the_last_log_gets_the_whole_history(people):
    """Nothing in the last 60 days: "0 against 0" would bear on nothing, so the figures are the thing's whole
    history (the owner's weekday cigarettes, none of the outsider's gambling)."""
    payload = compose(
        user=people[0],
        question="Should I use nicotine patches to quit smoking?",
        persona=None,
        generate=lambda messages: "",
        embed=get_provider().embed,
        now=NOW + timedelta(days=120),
    )
    assert payload["safety"] == "medical"
    figures = payload["answer"].split("From your own logs: ")[1]
    assert figures.startswith("you logged 30 cravings for cigarettes since you started logging"), figures
