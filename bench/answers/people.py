"""Seeded users for bench/answer_bench.py: realistic logs with planted patterns, each row labelled with
what it is about (its `kind`), so ground truth never depends on the product's own subject matching."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

NOW = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)  # the instant every question is asked


@dataclass(frozen=True)
class Habit:
    kind: str
    texts: tuple[str, ...]
    triggers: tuple[str, ...]
    emotions: tuple[str, ...]
    location: str
    people: tuple[str, ...]
    hours: tuple[int, int]  # local, end exclusive; may pass midnight (22, 26)
    weekdays: tuple[int, ...]  # ISO
    chance: float
    intensity: tuple[float, float]
    days: tuple[int, int] = (10_000, 0)  # active from this many days ago until this many days ago


@dataclass
class Person:
    key: str
    zone: str
    span_days: int
    habits: tuple[Habit, ...]
    resistance: str  # improving | worsening | flat
    subjects: list[tuple[str, set[str]]]  # (how questions name it, kinds it covers)
    stopped: tuple[str, set[str]] | None = None  # a subject that ended a while ago
    never: list[str] = field(default_factory=list)  # subjects never logged
    pair: tuple[str, set[str], str, set[str]] | None = None  # "Do I {vape} more when I {drink beer}?" and kinds
    # subject, kinds, how a question says the feeling, the app's emotions and trigger words that mean it
    feeling: tuple[str, set[str], str, set[str], tuple[str, ...]] | None = None
    workplace: tuple[str, str, set[str]] | None = None  # "smoke", question verb, kinds ("Why do I smoke at work?")
    extra: int = 0  # planted extra `pair` A logs on B days


WEEKDAYS = (1, 2, 3, 4, 5)
ALL = (1, 2, 3, 4, 5, 6, 7)

PEOPLE = [
    Person(
        "maya",
        "America/New_York",
        120,
        (
            Habit(
                "sweets",
                (
                    "Wanted chocolate after a long day",
                    "Craving ice cream on the couch",
                    "Cookies in the pantry are calling me",
                    "Really want a candy bar",
                ),
                ("work stress", "deadline pressure", "long meeting day"),
                ("Anxious", "Tired"),
                "Home",
                ("Alone",),
                (18, 22),
                (1, 2, 3, 4),
                0.75,
                (6, 9),
            ),
            Habit(
                "wine",
                ("Want a glass of wine with friends", "Wine sounds good tonight", "Craving red wine at dinner"),
                ("friends drinking", "party"),
                ("Happy",),
                "Social",
                ("Friends",),
                (20, 24),
                (5, 6),
                0.8,
                (5, 8),
                (120, 80),
            ),
            Habit(
                "cigarettes",
                (
                    "Urge to smoke before the standup",
                    "Want a cigarette on my coffee break",
                    "Craving a smoke at my desk",
                ),
                ("coffee break", "coworkers smoking"),
                ("Tired", "Anxious"),
                "Work",
                ("Coworkers",),
                (8, 11),
                WEEKDAYS,
                0.5,
                (5, 8),
            ),
            Habit(
                "chips",
                ("Craving chips while watching TV", "Want a bag of crisps", "Salty snack craving, pretzels"),
                ("boredom", "saw an ad"),
                ("Bored",),
                "Home",
                ("Family",),
                (13, 17),
                (6, 7),
                0.6,
                (3, 6),
            ),
            # Written without a taxonomy word: subject matching has only meaning to go on.
            Habit(
                "bakery",
                (
                    "Smelled fresh croissants at the corner bakery",
                    "Want a warm cinnamon roll",
                    "That bakery window is calling me",
                ),
                ("walking past",),
                ("Hungry",),
                "Outside",
                ("Alone",),
                (7, 9),
                (1, 3, 5),
                0.25,
                (3, 6),
            ),
        ),
        "improving",
        subjects=[("sweets", {"sweets"}), ("cigarettes", {"cigarettes"}), ("salty snacks", {"chips"})],
        stopped=("wine", {"wine"}),
        never=["gambling", "cocaine"],
        feeling=("sweets", {"sweets"}, "stressed", {"Anxious"}, ("stress", "pressure", "deadline")),
        workplace=("smoke", "smoke", {"cigarettes"}),
    ),
    Person(
        "kenji",
        "Asia/Tokyo",
        150,
        (
            Habit(
                "cigarettes",
                (
                    "Want a cigarette with my morning coffee",
                    "Need a smoke on my lunch break",
                    "Craving tobacco so badly",
                ),
                ("morning coffee", "lunch break"),
                ("Tired", "Anxious"),
                "Work",
                ("Coworkers",),
                (7, 10),
                ALL,
                0.7,
                (5, 9),
                (150, 60),
            ),
            Habit(
                "vaping",
                ("Urge to vape at my desk", "Hitting my vape pen again", "Want to vape in the stairwell"),
                ("work pressure", "boredom"),
                ("Anxious", "Bored"),
                "Work",
                ("Alone",),
                (10, 18),
                ALL,
                0.8,
                (5, 9),
                (60, 0),
            ),
            Habit(
                "beer",
                ("Want a beer after work", "Craving a cold beer with the team", "One more pint sounds great"),
                ("after work drinks", "team dinner"),
                ("Happy", "Tired"),
                "Social",
                ("Coworkers",),
                (19, 23),
                (4, 5),
                0.85,
                (5, 9),
            ),
            Habit(
                "coffee",
                ("Need a coffee right now", "Craving an espresso", "Want a third coffee"),
                ("tired",),
                ("Tired",),
                "Home",
                ("Alone",),
                (6, 9),
                WEEKDAYS,
                0.6,
                (3, 6),
            ),
            Habit(
                "sushi",
                (
                    "Craving salmon nigiri rolls",
                    "Want a tuna sashimi platter",
                    "Thinking about the conveyor belt place",
                ),
                ("lunch break",),
                ("Hungry",),
                "Outside",
                ("Coworkers",),
                (12, 14),
                (2, 4),
                0.3,
                (4, 7),
            ),
        ),
        "worsening",
        subjects=[("vaping", {"vaping"}), ("beer", {"beer"}), ("coffee", {"coffee"})],
        stopped=("cigarettes", {"cigarettes"}),
        never=["chocolate", "gambling"],
        pair=("vape", {"vaping"}, "drink beer", {"beer"}),
        feeling=("vaping", {"vaping"}, "bored", {"Bored"}, ("boredom", "bored")),
        extra=2,
    ),
    Person(
        "lena",
        "Europe/Berlin",
        100,
        (
            Habit(
                "sweets",
                ("Chocolate craving at my desk", "Want a piece of cake", "Craving gummy bears"),
                ("afternoon slump", "boredom at work"),
                ("Bored", "Tired"),
                "Work",
                ("Coworkers",),
                (14, 17),
                WEEKDAYS,
                0.7,
                (4, 7),
            ),
            Habit(
                "gambling",
                ("Urge to place a bet on the game", "Want to open the betting app", "Thinking about online poker"),
                ("can't sleep", "saw an ad"),
                ("Lonely", "Anxious"),
                "Home",
                ("Alone",),
                (22, 26),
                ALL,
                0.7,
                (7, 10),
                (21, 0),
            ),
            Habit(
                "cannabis",
                ("Want to smoke a joint with friends", "Craving weed tonight", "Thinking about edibles"),
                ("party", "friends smoking"),
                ("Happy", "Bored"),
                "Social",
                ("Friends",),
                (19, 24),
                (6,),
                0.8,
                (5, 8),
            ),
            Habit(
                "soda",
                ("Craving a cola", "Want a soda with lunch"),
                ("lunch",),
                ("Hungry",),
                "Outside",
                ("Strangers",),
                (12, 15),
                ALL,
                0.3,
                (2, 5),
            ),
            Habit(
                "boba",
                ("Want a boba milk tea", "Craving tapioca pearls", "Those chewy pearls sound amazing"),
                ("walking past",),
                ("Happy",),
                "Outside",
                ("Friends",),
                (16, 18),
                (3, 6),
                0.3,
                (3, 6),
            ),
        ),
        "flat",
        subjects=[("sweets", {"sweets"}), ("gambling", {"gambling"}), ("weed", {"cannabis"}), ("soda", {"soda"})],
        never=["cigarettes", "alcohol"],
        feeling=("gambling", {"gambling"}, "lonely", {"Lonely"}, ("lonely", "loneliness")),
    ),
    Person(
        "priya",
        "Asia/Kolkata",
        90,
        (
            Habit(
                "fast_food",
                ("Want a burger for lunch", "Craving pizza", "Thinking about fries"),
                ("skipped breakfast", "stress"),
                ("Hungry", "Anxious"),
                "Work",
                ("Coworkers",),
                (12, 15),
                WEEKDAYS,
                0.7,
                (5, 8),
                (90, 30),
            ),
            Habit(
                "fast_food",
                ("Ordering pizza at midnight", "Craving a burger late at night", "Want fries from the delivery app"),
                ("late night hunger", "stress"),
                ("Hungry", "Lonely"),
                "Home",
                ("Alone",),
                (22, 25),
                ALL,
                0.6,
                (6, 9),
                (30, 0),
            ),
            Habit(
                "phone",
                ("Can't stop scrolling Instagram", "Urge to check TikTok", "Doomscrolling in bed"),
                ("can't sleep", "boredom"),
                ("Bored", "Lonely"),
                "Home",
                ("Alone",),
                (23, 26),
                ALL,
                0.6,
                (4, 7),
            ),
            Habit(
                "sweets",
                ("Want dessert after lunch", "Craving sweets at the family lunch"),
                ("family lunch",),
                ("Happy",),
                "Home",
                ("Family",),
                (15, 18),
                (7,),
                0.8,
                (4, 7),
            ),
            Habit(
                "chai",
                ("Need a masala chai", "Craving a hot cup of chai", "Want some ginger tea"),
                ("afternoon slump",),
                ("Tired",),
                "Work",
                ("Coworkers",),
                (16, 17),
                WEEKDAYS,
                0.3,
                (2, 5),
            ),
        ),
        "improving",
        subjects=[("fast food", {"fast_food"}), ("social media", {"phone"}), ("dessert", {"sweets"})],
        never=["alcohol", "cigarettes"],
    ),
    Person(
        "sam",
        "America/Los_Angeles",
        60,
        (),
        "flat",
        subjects=[("sweets", {"sweets"}), ("soda", {"soda"})],
        never=["wine", "cigarettes"],
    ),
]
SAM_ROWS = [  # days ago, hour, kind, text, trigger, emotions, location, people, intensity, resistance
    (55, 15, "sweets", "Want a cookie", "", ["Hungry"], "Home", ["Alone"], 4, 8),
    (41, 21, "soda", "Craving a soda", "movie night", ["Bored"], "Home", ["Friends"], 3, 9),
    (30, 11, "sweets", "Donut at the office", "coworker birthday", ["Happy"], "Work", ["Coworkers"], 6, 3),
    (18, 20, "fast_food", "Want a burger", "", ["Hungry"], "Outside", ["Alone"], 5, 6),
    (9, 16, "soda", "Want a cola", "hot day", ["Tired"], "Outside", ["Strangers"], 4, 8),
    (2, 22, "sweets", "Ice cream craving", "stress", ["Anxious"], "Home", ["Alone"], 7, 4),
]


def resistance_for(rng: random.Random, trend: str, progress: float) -> float:
    mean = {"improving": 3 + 5 * progress, "worsening": 7.5 - 5 * progress, "flat": 5.0}[trend]
    return round(min(10, max(0, rng.gauss(mean, 1.2))), 1)


def row(person: Person, local: datetime, habit: Habit, rng: random.Random, progress: float) -> dict:
    return {
        "kind": habit.kind,
        "local": local,
        "description": rng.choice(habit.texts),
        "trigger": rng.choice(habit.triggers),
        "emotions": sorted(set(rng.sample(habit.emotions, k=rng.randint(1, len(habit.emotions))))),
        "location": habit.location,
        "people": [rng.choice(habit.people)],
        "intensity": round(rng.uniform(*habit.intensity), 1),
        "resistance": resistance_for(rng, person.resistance, progress),
    }


def generate(person: Person, seed: int) -> list[dict]:
    """Rows with `local` (aware, the person's zone) and ground-truth `kind`."""
    rng = random.Random(f"{seed}:{person.key}")
    zone = ZoneInfo(person.zone)
    today = NOW.astimezone(zone).date()
    if person.key == "sam":
        return [
            {
                "kind": kind,
                "local": datetime.combine(today - timedelta(days=ago), datetime.min.time(), zone).replace(
                    hour=hour, minute=rng.randrange(60)
                ),
                "description": text,
                "trigger": trigger,
                "emotions": emotions,
                "location": location,
                "people": people,
                "intensity": intensity,
                "resistance": resistance,
            }
            for ago, hour, kind, text, trigger, emotions, location, people, intensity, resistance in SAM_ROWS
        ]
    rows = []
    for ago in range(person.span_days, 0, -1):
        day = today - timedelta(days=ago)
        progress = 1 - ago / person.span_days
        for habit in person.habits:
            if day.isoweekday() not in habit.weekdays or not habit.days[1] < ago <= habit.days[0]:
                continue
            if rng.random() > habit.chance:
                continue
            rows.append(row(person, local_time(day, rng.randrange(*habit.hours), rng, zone), habit, rng, progress))
            if person.extra and habit.kind in person.pair[3]:  # on B days, A shows up more
                a_habits = [h for h in person.habits if h.kind in person.pair[1] and h.days[1] < ago <= h.days[0]]
                for _ in range(person.extra):
                    if a_habits:
                        rows.append(
                            row(person, local_time(day, rng.randrange(19, 23), rng, zone), a_habits[0], rng, progress)
                        )
    # Today, up to the moment of asking: one log in the morning where the clock has passed it.
    active = [h for h in person.habits if h.days[1] == 0]
    if NOW.astimezone(zone).hour >= 9 and active:
        rows.append(row(person, local_time(today, 8, rng, zone), active[0], rng, 1.0))
    return sorted(rows, key=lambda r: r["local"])


def local_time(day: date, hour: int, rng: random.Random, zone: ZoneInfo) -> datetime:
    day = day + timedelta(days=hour // 24)
    return datetime(day.year, day.month, day.day, hour % 24, rng.randrange(60), tzinfo=zone)
