"""Realistic demo history: ~3 months of one person's cravings with patterns worth finding
(weekday-evening stress -> sugar, weekend social drinking, morning work nicotine, resistance improving)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from .models import Craving


@dataclass(frozen=True)
class Scenario:
    hours: tuple[int, int]
    weekdays: tuple[int, ...]
    chance: float
    texts: tuple[str, ...]
    triggers: tuple[str, ...]
    emotions: tuple[str, ...]
    location: str
    people: tuple[str, ...]
    intensity: tuple[float, float]


SCENARIOS = (
    Scenario(
        (18, 23),
        (0, 1, 2, 3),
        0.8,
        (
            "Wanted chocolate after a long day",
            "Craving ice cream on the couch",
            "Sugar craving, cookies in the pantry",
            "Really want something sweet after work",
            "Thinking about the candy bar in my bag",
        ),
        ("work stress", "deadline pressure", "argument with manager", "long meeting day"),
        ("Anxious", "Tired"),
        "Home",
        ("Alone",),
        (6, 9),
    ),
    Scenario(
        (20, 24),
        (4, 5),
        0.85,
        (
            "Want another drink with friends",
            "Craving a beer at the bar",
            "Wine sounds good tonight",
            "Everyone is ordering shots",
        ),
        ("friends drinking", "party", "happy hour"),
        ("Happy", "Bored"),
        "Social",
        ("Friends",),
        (5, 8),
    ),
    Scenario(
        (8, 11),
        (0, 1, 2, 3, 4),
        0.5,
        ("Urge to smoke before the standup", "Want a cigarette on my coffee break", "Nicotine craving at my desk"),
        ("coworkers smoking", "coffee break", "morning rush"),
        ("Tired", "Anxious"),
        "Work",
        ("Coworkers",),
        (5, 8),
    ),
    Scenario(
        (13, 17),
        (5, 6),
        0.5,
        ("Bored and scrolling food delivery apps", "Craving chips while watching TV", "Want fast food for lunch"),
        ("boredom", "saw an ad"),
        ("Bored", "Lonely"),
        "Home",
        ("Alone", "Family"),
        (3, 6),
    ),
    Scenario(
        (15, 19),
        (0, 1, 2, 3, 4, 5, 6),
        0.2,
        ("Walking past the bakery, want a pastry", "Smelled fries outside"),
        ("smell of food", "passing a shop"),
        ("Hungry",),
        "Outside",
        ("Strangers",),
        (2, 5),
    ),
)


def demo_cravings(
    user, *, days: int = 92, tz: str = "America/New_York", seed: int = 7, now: datetime | None = None
) -> list[Craving]:
    rng = random.Random(seed)
    zone = ZoneInfo(tz)
    end = (now or timezone.now()).astimezone(zone)
    rows: list[Craving] = []
    for day_index in range(days, 0, -1):
        day = (end - timedelta(days=day_index)).date()
        progress = 1 - day_index / days  # resistance grows as the weeks go by
        for scenario in SCENARIOS:
            if day.weekday() not in scenario.weekdays or rng.random() > scenario.chance:
                continue
            hour = rng.randrange(*scenario.hours) % 24
            local = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=zone)
            intensity = round(rng.uniform(*scenario.intensity), 1)
            resistance = round(min(10, max(0, rng.gauss(4 + 4 * progress, 1.5))), 1)
            rows.append(
                Craving(
                    uuid=uuid.UUID(int=rng.getrandbits(128), version=4),
                    user=user,
                    description=rng.choice(scenario.texts),
                    trigger=rng.choice(scenario.triggers),
                    intensity=intensity,
                    resistance=resistance,
                    emotions=rng.sample(scenario.emotions, k=rng.randint(1, len(scenario.emotions))),
                    occurred_at=local.astimezone(ZoneInfo("UTC")),
                    utc_offset_minutes=int(local.utcoffset().total_seconds() // 60),  # type: ignore[union-attr]  # aware
                    location=scenario.location,
                    people=[rng.choice(scenario.people)],
                    archived=day_index > 80 and rng.random() < 0.1,
                )
            )
    return rows
