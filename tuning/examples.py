"""Training data for persona adapters: (finding -> answer) pairs made by the project itself.

Synthetic people's logs are written inside a transaction that is rolled back, so the findings are the
real pipeline's (understand -> compute -> say) and nothing is kept. Each finding's computed answer is the
prompt; the target is that answer in the persona's voice: its key sentence kept word for word (the
figures must survive), plus the persona's touch built only from values the answer states. Every target
passes the faithfulness guard before it is used, so no example teaches a claim the finding lacks."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from accounts.models import User
from cravings.models import Craving
from insights.answering import computed
from personas.voices import VOICES, voice_target
from personas.voicing import prompt_for, restated_of

ZONES = (
    "America/New_York",
    "Europe/Berlin",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "America/Los_Angeles",
    "Europe/London",
    "Australia/Sydney",
    "America/Sao_Paulo",
)
HABITS = {  # topic key: (texts, triggers, emotions, places, company)
    "sweets": (
        (
            "Wanted chocolate after dinner",
            "Craving ice cream",
            "Cookies in the cupboard",
            "Want a candy bar",
            "Thinking about cake",
        ),
        ("work stress", "long day", "boredom", "saw it in the shop"),
        ("Anxious", "Tired", "Bored"),
        ("Home", "Work"),
        ("Alone", "Family"),
    ),
    "cigarettes": (
        ("Want a cigarette", "Urge to smoke on my break", "Craving a smoke"),
        ("coffee break", "coworkers smoking", "after meals"),
        ("Tired", "Anxious"),
        ("Work", "Outside"),
        ("Coworkers", "Alone"),
    ),
    "vaping": (
        ("Urge to vape", "Want to hit my vape pen", "Craving the vape"),
        ("boredom", "work pressure"),
        ("Bored", "Anxious"),
        ("Work", "Home"),
        ("Alone",),
    ),
    "wine": (
        ("Want a glass of wine", "Wine sounds good", "Craving red wine"),
        ("friends drinking", "dinner out"),
        ("Happy", "Tired"),
        ("Social", "Home"),
        ("Friends", "Family"),
    ),
    "beer": (
        ("Want a cold beer", "Craving a pint", "Beer after work"),
        ("after work drinks", "watching the game"),
        ("Happy", "Bored"),
        ("Social",),
        ("Friends", "Coworkers"),
    ),
    "salty": (
        ("Craving chips", "Want a bag of crisps", "Popcorn sounds good"),
        ("boredom", "watching tv"),
        ("Bored",),
        ("Home",),
        ("Alone", "Family"),
    ),
    "fast_food": (
        ("Want a burger", "Craving pizza", "Thinking about fries"),
        ("skipped lunch", "late night hunger"),
        ("Hungry", "Tired"),
        ("Home", "Outside"),
        ("Alone", "Friends"),
    ),
    "gambling": (
        ("Urge to place a bet", "Want to open the betting app", "Thinking about poker"),
        ("can't sleep", "saw an ad"),
        ("Lonely", "Anxious"),
        ("Home",),
        ("Alone",),
    ),
    "cannabis": (
        ("Want to smoke weed", "Craving an edible", "Thinking about a joint"),
        ("party", "stress"),
        ("Anxious", "Happy"),
        ("Home", "Social"),
        ("Friends", "Alone"),
    ),
    "phone": (
        ("Can't stop scrolling", "Urge to check Instagram", "Doomscrolling in bed"),
        ("can't sleep", "boredom"),
        ("Bored", "Lonely"),
        ("Home",),
        ("Alone",),
    ),
    "coffee": (
        ("Need a coffee", "Craving an espresso", "Want a latte"),
        ("tired", "morning rush"),
        ("Tired",),
        ("Work", "Home"),
        ("Alone", "Coworkers"),
    ),
    "soda": (
        ("Craving a cola", "Want a soda"),
        ("lunch", "hot day"),
        ("Hungry", "Tired"),
        ("Outside", "Work"),
        ("Strangers", "Alone"),
    ),
}
QUESTIONS = {  # kind of question: phrasings written for persona training; {s} is a subject word
    "when": ("At what point in the day does {s} pull at me?", "Mornings or evenings for my {s} urges?"),
    "days": ("Is one weekday heavier than the rest?", "Which weekday brings the {s} urges?"),
    "triggers": (
        "What usually comes right before I want {s}?",
        "Name my most frequent trigger.",
        "What is behind the intense urges I log?",
    ),
    "emotions": ("What state of mind goes with my {s} urges?", "Which feeling do I log most with cravings?"),
    "where": ("Which place shows up most in my {s} logs?", "Is there a spot where urges gather?"),
    "who": ("Which people am I with for {s}?", "Am I mostly on my own when the urge comes?"),
    "count": (
        "Tally my {s} logs for me.",
        "Seven days ago to now, how many urges?",
        "Count the {s} urges of the past month.",
        "How many urges did I beat in this calendar month?",
    ),
    "intensity": ("On a 1-10 scale, how fierce is {s} for me?", "Average strength of my urges last month?"),
    "trend": (
        "Is my resisting trending up?",
        "Are the urges fading as the weeks go by?",
        "Is {s} loosening its grip over time?",
    ),
    "change": ("What moved between the previous month and this one?", "This week against the one before: any shift?"),
    "last": ("Most recent {s} log, when was it?", "Is {s} still turning up in my logs?"),
    "association": ("Does stress go along with my {s} urges?", "Does boredom line up with {s}?"),
    "helps": ("In which situations do I hold out best?", "Which habit do I give in to most?"),
    "why": ("Why does {s} keep coming back?", "Why does {s} hit me at home?"),
    "streak": ("Longest run of urges I beat in a row?",),
    "overview": ("Give me the short version of my logs.", "Recap last week for me.", "Sum up my {s} logs."),
}


@dataclass
class Example:
    persona: str
    intent: str
    question: str
    answer: str  # the computed answer (the prompt's facts)
    target: str  # the persona's answer

    def prompt(self) -> str:
        return prompt_for(self.question, restated_of(self.persona, self.answer))


def synthetic_logs(rng: random.Random, user, now: datetime) -> list:
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    topics = rng.sample(sorted(HABITS), k=rng.randint(2, 4))
    span = rng.choice((14, 45, 90, 150))
    trend = rng.choice(("improving", "worsening", "flat"))
    rows = []
    for key in topics:
        texts, triggers, emotions, places, company = HABITS[key]
        start_hour = rng.randrange(0, 24)
        hours = [(start_hour + i) % 24 for i in range(rng.randint(2, 5))]
        weekdays = sorted(rng.sample(range(1, 8), k=rng.randint(2, 7)))
        chance = rng.uniform(0.2, 0.8)
        active = sorted(rng.sample(range(span + 1), k=2)) if rng.random() < 0.3 else [0, span]
        for ago in range(span, 0, -1):
            day = today - timedelta(days=ago)
            if day.isoweekday() not in weekdays or rng.random() > chance or not active[0] <= ago <= active[1]:
                continue
            progress = 1 - ago / span
            mean = {"improving": 3 + 5 * progress, "worsening": 7.5 - 5 * progress, "flat": 5.0}[trend]
            local = datetime(day.year, day.month, day.day, rng.choice(hours), rng.randrange(60), tzinfo=zone)
            rows.append(
                Craving(
                    uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
                    user=user,
                    description=rng.choice(texts),
                    trigger=rng.choice(triggers),
                    emotions=rng.sample(emotions, k=1),
                    location=rng.choice(places),
                    people=[rng.choice(company)],
                    intensity=round(rng.uniform(2, 10), 1),
                    resistance=round(min(10, max(0, rng.gauss(mean, 1.5))), 1),
                    occurred_at=local.astimezone(UTC),
                    utc_offset_minutes=int(local.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]
                )
            )
    return rows


class Rollback(Exception):
    pass


def findings_for(rng: random.Random, *, people: int, now: datetime | None = None) -> list[tuple[str, str, str]]:
    """(kind, question, computed answer) from synthetic people, computed by the real pipeline inside a
    transaction that is rolled back. Understanding uses rules only (no embedding model needed)."""
    from django.db import transaction

    now = now or datetime.now(UTC)
    out: list[tuple[str, str, str]] = []

    try:
        with transaction.atomic():
            for index in range(people):
                user = User.objects.create_user(
                    f"synthetic-{uuid.uuid4().hex}@example.invalid", None, timezone=rng.choice(ZONES)
                )
                rows = synthetic_logs(rng, user, now)
                Craving.objects.bulk_create(rows)
                words = sorted({key for key in HABITS if any(r.description in HABITS[key][0] for r in rows)})
                for intent, phrasings in QUESTIONS.items():
                    text = rng.choice(phrasings).format(s=rng.choice([HABITS_WORD[w] for w in words] or ["sweets"]))
                    # No embedding model here: the rules alone read the question, subjects match by words.
                    answer = computed(user=user, question=text, embed=None, now=now)
                    if answer.result.status.value in ("no_logs", "no_subject_logs"):
                        continue
                    # A thin-data answer is its own kind: it names no peak or trigger for a persona to touch on.
                    status = answer.result.status.value
                    out.append((answer.query.kind if status == "answered" else status, text, answer.text))
            raise Rollback
    except Rollback:
        pass
    return out


HABITS_WORD = {
    "sweets": "sweets",
    "cigarettes": "cigarettes",
    "vaping": "vaping",
    "wine": "wine",
    "beer": "beer",
    "salty": "chips",
    "fast_food": "fast food",
    "gambling": "gambling",
    "cannabis": "weed",
    "phone": "social media",
    "coffee": "coffee",
    "soda": "soda",
}


def examples(*, seed: int, people: int, personas: tuple[str, ...] = tuple(VOICES)) -> list[Example]:
    """Pairs for each persona, every target checked by the guard."""
    rng = random.Random(seed)
    out = []
    for intent, question, answer in findings_for(rng, people=people):
        for persona in personas:
            target = voice_target(persona, answer, rng)
            if target:
                out.append(Example(persona, intent, question, answer, target))
    return out
