"""The crisis screen hears people: a labelled set of phrases in seven languages, crisis lines by country, and
every user text that could reach an answer or a prompt screened."""

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gpu.embeddings import get_provider
from insights.crisis import screen
from insights.safety import crisis_response, is_crisis
from tests.factories import CravingFactory, UserFactory
from tests.helpers import embed_all

PHRASES = Path(__file__).parent / "data" / "crisis_phrases.tsv"


def labelled(split: str | None = None) -> list[list[str]]:
    rows = [line.split("\t") for line in PHRASES.read_text().splitlines() if line and not line.startswith("#")]
    return [r for r in rows if split is None or r[0] == split]


def test_the_labelled_set_is_big_and_covers_every_language_and_kind():
    rows = labelled()
    assert len(rows) >= 300
    crisis = [r for r in rows if r[1] == "1"]
    assert {r[3] for r in crisis} == {"en", "es", "de", "fr", "pt", "it", "nl"}
    assert {r[2] for r in crisis} == {"suicide", "selfharm", "overdose", "eating", "harm"}
    assert sum(r[1] == "0" and r[2] == "idiom" for r in rows) >= 50  # "dying for a cookie" and friends


@pytest.mark.parametrize("split", ["test", None], ids=["test half", "whole set"])
def test_recall_at_least_097_and_false_positives_at_most_2_percent(split):
    rows = labelled(split)
    flags = screen([r[4] for r in rows], get_provider().embed)
    crisis = [f for r, f in zip(rows, flags, strict=True) if r[1] == "1"]
    ordinary = [f for r, f in zip(rows, flags, strict=True) if r[1] == "0"]
    missed = [r[4] for r, f in zip(rows, flags, strict=True) if r[1] == "1" and not f]
    wrong = [r[4] for r, f in zip(rows, flags, strict=True) if r[1] == "0" and f]
    assert sum(crisis) / len(crisis) >= 0.97, missed
    assert sum(ordinary) / len(ordinary) <= 0.02, wrong


def test_meaning_catches_what_no_rule_names():
    unruled = "Honestly I'm planning to say goodbye to everyone and not be here next week."
    assert not screen([unruled])[0] and screen([unruled], get_provider().embed)[0]
    assert not is_crisis("This craving is killing me, I'd die for a donut", get_provider().embed)


@pytest.mark.parametrize(
    "zone,text,expected",
    [
        ("America/New_York", "I want to die", "Call or text 988"),
        ("Europe/Berlin", "ich will nicht mehr leben", "TelefonSeelsorge"),
        ("Europe/Madrid", "quiero morir", "Llama al 024"),
        ("Europe/Paris", "je veux mourir", "3114"),
        ("America/Sao_Paulo", "quero morrer", "CVV"),
        ("Europe/Rome", "voglio morire", "Telefono Amico"),
        ("Europe/Amsterdam", "ik wil niet meer leven", "113 Zelfmoordpreventie"),
        ("Asia/Kolkata", "I want to end my life", "Tele-MANAS"),
        ("Asia/Tokyo", "I want to end my life", "findahelpline.com"),
    ],
)
def test_crisis_lines_for_the_users_country_in_their_language(zone, text, expected):
    user = UserFactory.build(timezone=zone)
    message = crisis_response(user=user, text=text)
    assert expected in message
    first_words = {
        "es": "Parece",
        "de": "Es klingt",
        "fr": "On dirait",
        "pt": "Parece que você",
        "it": "Sembra",
        "nl": "Het klinkt",
    }
    language = next(
        (
            lang
            for lang, words in {
                "de": "ich",
                "es": "quiero",
                "fr": "je",
                "pt": "quero",
                "it": "voglio",
                "nl": "ik",
            }.items()
            if text.startswith(words)
        ),
        "en",
    )
    assert message.startswith(first_words.get(language, "It sounds like"))


LANGUAGE_TEXTS = {
    "en": "I want to die",
    "es": "quiero morir",
    "de": "ich will sterben",
    "fr": "je veux mourir",
    "pt": "quero morrer",
    "it": "voglio morire",
    "nl": "ik wil dood",
}


def sentences(language: str) -> set[str]:
    """The fixed words of one language's reply (every template, its placeholders cut out)."""
    from dataclasses import astuple

    from insights.safety import WORDINGS

    return {
        piece.strip()
        for template in astuple(WORDINGS[language])
        for piece in re.split(r"\{\w+\}", template)
        if len(piece.strip()) >= 8
    }


@pytest.mark.parametrize(
    "zone",
    [
        "America/New_York",
        "Europe/Berlin",
        "Europe/Paris",
        "Europe/Madrid",
        "America/Sao_Paulo",
        "Europe/London",
        "Europe/Dublin",
        "Europe/Rome",
        "Europe/Lisbon",
        "Europe/Amsterdam",
        "Etc/UTC",
        "Asia/Tokyo",
    ],
)
@pytest.mark.parametrize("language", sorted(LANGUAGE_TEXTS))
def test_a_crisis_reply_is_in_one_language_only(zone, language):
    """Before: a Spanish reply carried the English fallback line ("In the US and Canada, call or text 988")."""
    message = crisis_response(user=UserFactory.build(timezone=zone), text=LANGUAGE_TEXTS[language])
    for other in set(LANGUAGE_TEXTS) - {language}:
        assert not [s for s in sentences(other) if s in message], (other, message)
    if language != "en":  # the round-one leak: "llama al your local emergency number (112 in Europe)"
        assert not re.search(r"\b(?:the|your|call|local|number|answer)\b", message), message
    assert "findahelpline.com" in message


@pytest.mark.parametrize(
    "zone,number",
    [
        ("Europe/Berlin", "0800 111 0 111"),
        ("Europe/Paris", "3114"),
        ("Europe/Madrid", "024"),
        ("America/Sao_Paulo", "188"),
        ("America/Chicago", "988"),
        ("Europe/London", "116 123"),
        ("Europe/Dublin", "116 123"),
    ],
)
def test_the_countrys_line_comes_before_findahelpline(zone, number):
    message = crisis_response(user=UserFactory.build(timezone=zone), text="quiero morir")
    assert number in message and message.index(number) < message.index("findahelpline.com")


# Each screened language, written from its home country: (zone, the country's number, words only that language's
# reply has). Cognates ("suicidio", "suicide") match several languages' rules; the person's other words decide.
HOME = {
    "en": ("America/Chicago", "988", "It sounds like", ["I want to die", "I keep thinking about suicide"]),
    "es": ("Europe/Madrid", "024", "Parece que estás", ["quiero morir", "pienso en el suicidio"]),
    "de": ("Europe/Berlin", "0800 111 0 111", "Es klingt", ["ich will sterben", "ich denke an Suizid"]),
    "fr": ("Europe/Paris", "3114", "On dirait", ["je veux mourir", "je pense au suicide"]),
    "pt": ("America/Sao_Paulo", "188", "Parece que você", ["quero morrer", "eu penso em suicídio"]),
    "it": ("Europe/Rome", "02 2327 2327", "Sembra", ["voglio morire", "penso al suicidio"]),
    "nl": ("Europe/Amsterdam", "113", "Het klinkt", ["ik wil dood", "ik denk aan zelfmoord", "ik denk aan suïcide"]),
}


@pytest.mark.parametrize("language", sorted(HOME))
def test_each_language_gets_one_language_and_its_countrys_line_first(language):
    """Before: an English sentence (988, 112 in Europe) inside every other language's reply; a cognate
    ("pienso en el suicidio") was answered in English."""
    zone, number, opening, texts = HOME[language]
    for text in texts:
        message = crisis_response(user=UserFactory.build(timezone=zone), text=text)
        assert message.startswith(opening), (text, message)
        assert number in message and message.index(number) < message.index("findahelpline.com"), message
        for other in set(HOME) - {language}:
            assert not [s for s in sentences(other) if s in message], (text, other, message)


@pytest.mark.parametrize("zone", ["Europe/Rome", "Europe/Lisbon"])
def test_a_line_with_opening_hours_is_never_promised_at_any_time(zone):
    """Telefono Amico (10-24) and SOS Voz Amiga (afternoons to midnight) do not answer at night."""
    from insights.safety import WORDINGS

    for language in ("it", "pt", "en"):
        message = crisis_response(user=UserFactory.build(timezone=zone), text=HOME[language][3][0])
        any_time = WORDINGS[language].named.split("{name}")[1].split("{how}")[0].strip(" :")  # "any time"
        assert any_time and any_time not in message, message


def test_every_line_names_its_official_source():
    from insights.safety import LINES

    assert all(line.source.startswith("https://") for line in LINES.values())


@pytest.mark.django_db
def test_a_crisis_question_is_answered_at_once_with_local_lines(owner_api, owner):
    owner.timezone = "Europe/London"
    owner.save()
    body = owner_api.post("/ai/chat", {"userQuery": "everyone would be better off without me"}, format="json").json()
    assert "Samaritans" in body["message"] and "116 123" in body["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "locale,question,number",
    [("es-ES,es;q=0.9", "quiero morir", "024"), ("de-AT", "ich will sterben", "142"), ("nl-BE", "ik wil dood", "1813")],
)
def test_with_no_zone_the_apps_locale_picks_the_country(owner_api, owner, locale, question, number):
    """The default zone (UTC) names no country: the region of the app's Accept-Language does."""
    assert owner.timezone == "UTC"
    body = owner_api.post("/ai/chat", {"userQuery": question}, format="json", HTTP_ACCEPT_LANGUAGE=locale).json()
    assert number in body["message"] and body["message"].index(number) < body["message"].index("findahelpline")
    plain = owner_api.post("/ai/chat", {"userQuery": question}, format="json").json()
    assert number not in plain["message"] and "findahelpline" in plain["message"]


@pytest.mark.django_db
def test_a_trigger_with_crisis_language_never_reaches_an_answer_or_a_prompt(owner, base_generate, settings):
    from insights.answering import compose

    # Every answer voiced from all of it (the untied path): the screened answer is what a prompt would carry,
    # whatever the key sentence names, so a prompt is made and read.
    settings.PERSONA_TOUCH_TIED = False

    est = timezone(timedelta(hours=-5))
    today = date(2026, 11, 24)
    for days_ago in range(1, 17):  # enough logs over enough days for the answer to name its top trigger
        day = today - timedelta(days=days_ago)
        CravingFactory(
            user=owner,
            description="Wanted chocolate",
            trigger="I want to die",
            occurred_at=datetime(day.year, day.month, day.day, 20, tzinfo=est),
        )
    embed_all()
    prompts = []

    def generate(messages):
        prompts.append(" ".join(m["content"] for m in messages))
        return base_generate(messages)

    payload = compose(
        user=owner,
        question="What triggers my cravings?",
        persona=None,
        generate=generate,
        embed=get_provider().embed,
        now=datetime(2026, 11, 24, 12, tzinfo=est),
    )
    assert "want to die" not in payload["answer"].lower() and payload["safety"] == "notes_screened"
    assert prompts and all("want to die" not in p.lower() for p in prompts)
    assert "findahelpline.com" in payload["answer"] or "988" in payload["answer"]


def test_who_a_craving_came_with_is_not_a_crisis():
    embed = get_provider().embed
    assert screen(["Am I weaker at resisting when I'm with my family?", "I want to hurt my family"], embed) == [
        False,
        True,
    ]
