"""Eight generated people for the second blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved) and, where the log's words also mention a second thing
("smoke with a couple of beers"), that thing in `also`; ground truth never depends on the product's own
text matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- zoe    Australia/Sydney (southern, +10/+11), 600 days: energy drinks on weekday afternoons at Work with
  Coworkers, Tired, "3pm crash"; peak season her winter (Jun-Aug), the latest winter x3 against x1.6 the one
  before; sweets peak in December (Christmas; her summer); vaping began VAPE_START days ago (Fri/Sat
  evenings, Social, Friends).
- owen   America/St_Johns (-3:30/-2:30), 420 days: cigarettes mostly mornings, Outside, Alone; beer on
  Fri/Sat evenings, most in December (parties); extra smokes on drinking days (association); CUT_DOWN days ago he started cutting down
  (a third of the rate, more resisted); a GAP-day gap ending GAP_END days ago; none in the last QUIET days.
- lena   Europe/Stockholm, 560 days: cannabis at night, Home, Alone, Anxious, "can't sleep", peak Saturday
  (nights after midnight count for the evening before), summer peak (latest summer x3, the one before x1.6),
  gives in at weekends, resists on weekdays; coffee weekday mornings at Work (the top subject); online
  shopping STOPPED SHOP_STOP days ago.
- marcus America/Los_Angeles, 480 days: sports betting urges on Sundays (football season x2) at Home with
  Friends, strongest cravings; beer on betting Sundays (association); vaping NEW since NEW_VAPE days ago.
- noor   Asia/Dubai (+4), 330 days: sweets evenings at Home with Family, peak March (Ramadan, Eid); online shopping late at night,
  Home, Alone, Bored, peak Thursday, "instagram ad"; coffee weekday mornings at Work; resists at Work
  (best on Mondays), gives in at night at Home.
- diego  America/Mexico_City (-6), 400 days: soda at lunch at Work (peak May, spring), swapped for water
  SODA_CUT days ago (fewer since); cigarettes in the evening, on Fri/Sat with beer named only in the log's
  trigger ("beers with the guys"), never a drinking log of its own.
- mila   Europe/Warsaw, 240 days: wine on Friday evenings with Friends (rising month on month); sweets in
  the morning, weak; evening cravings far stronger than morning ones; cigarettes with wine.
- sam    Europe/Dublin, 5 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261206
VAPE_START = 200  # zoe
CUT_DOWN = 56  # owen: "about 8 weeks ago"
GAP_END = 250  # owen
GAP = 17
QUIET = 5
SHOP_STOP = 80  # lena
NEW_VAPE = 16  # marcus
SODA_CUT = 42  # diego: "6 weeks ago"


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("zoe", "Australia/Sydney", 600, southern=True, facts={"vape_start": VAPE_START}),
    Person("owen", "America/St_Johns", 420, facts={"cut_down": CUT_DOWN, "gap_end": GAP_END, "gap": GAP}),
    Person("lena", "Europe/Stockholm", 560, facts={"shop_stop": SHOP_STOP}),
    Person("marcus", "America/Los_Angeles", 480, facts={"new_vape": NEW_VAPE}),
    Person("noor", "Asia/Dubai", 330),
    Person("diego", "America/Mexico_City", 400, facts={"soda_cut": SODA_CUT}),
    Person("mila", "Europe/Warsaw", 240),
    Person("sam", "Europe/Dublin", 70),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "3pm crash": ["3pm crash", "3 pm crash", "crash", "slump"],
    "deadline": ["deadline", "deadlines"],
    "christmas treats": ["christmas", "treats", "holiday"],
    "dessert after tea": ["dessert", "after tea", "tea"],
    "mates vaping at the pub": ["mates", "pub"],
    "first thing after waking": ["waking", "wake", "first thing", "woke"],
    "beers with the boys": ["beers", "beer", "the boys", "drinking", "bière", "bières", "cerveja"],
    "work stress": ["stress", "stressed", "work stress"],
    "can't sleep": ["can't sleep", "cannot sleep", "sleep", "insomnia", "sleepless", "schlaf", "schlafen"],
    "racing thoughts": ["racing thoughts", "thoughts"],
    "sale email": ["sale", "email"],
    "morning meeting": ["meeting"],
    "game day": ["game day", "game", "football"],
    "watching football": ["football", "watching"],
    "instagram ad": ["instagram", "ad", "ads", "advert", "publicidad", "anuncio", "publicité"],
    "late dinner": ["dinner"],
    "lunch": ["lunch"],
    "beers with the guys": ["beers", "beer", "the guys", "drinking", "cerveza", "cervezas", "chelas", "bebiendo"],
    "traffic": ["traffic", "commute"],
    "friday drinks": ["friday drinks", "drinks"],
}


def pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def resist_value(rng: random.Random, p_resist: float) -> int:
    return rng.randint(8, 10) if rng.random() < p_resist else rng.randint(1, 7)


def count_for(rng: random.Random, rate: float) -> int:
    """A small Poisson-like draw: whole part plus a Bernoulli for the fraction, jittered."""
    rate = max(0.0, rate * rng.uniform(0.7, 1.3))
    n = int(rate)
    return n + (rng.random() < rate - n)


class Builder:
    def __init__(self, person: Person, now: datetime, rng: random.Random):
        self.person, self.rng = person, rng
        self.tz = ZoneInfo(person.zone)
        self.now_local = now.astimezone(self.tz)
        self.today = self.now_local.date()
        self.rows: list[dict] = []

    def day(self, ago: int) -> date:
        return self.today - timedelta(days=ago)

    def add(
        self,
        d: date,
        hour: int,
        kind: str,
        description: str,
        *,
        trigger: str = "",
        emotions=(),
        intensity: float = 5,
        resistance: int = 5,
        location: str = "",
        people=(),
        also: str = "",
        minute: int | None = None,
    ):
        """hour >= 24 means the small hours after day d (a night that began on d)."""
        minute = self.rng.randint(0, 59) if minute is None else minute
        local = datetime.combine(d + timedelta(days=hour // 24), time(hour % 24, minute), tzinfo=self.tz)
        if local >= self.now_local:
            return
        self.rows.append(
            {
                "local": local,
                "kind": kind,
                "also": also,
                "description": description,
                "trigger": trigger,
                "emotions": list(emotions),
                "intensity": float(intensity),
                "resistance": float(resistance),
                "location": location,
                "people": list(people),
            }
        )


def gen_zoe(b: Builder) -> None:
    r = b.rng
    latest_winter = b.today.year if b.today.month >= 6 else b.today.year - 1
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        weekend = d.isoweekday() >= 6
        m = 1.0
        if d.month in (6, 7, 8):
            m = 3.0 if d.year == latest_winter else 1.6
        for _ in range(count_for(r, (0.25 if weekend else 0.9) * m)):
            hour = pick(r, {14: 4, 15: 5, 16: 3, 10: 1, 20: 1}) if not weekend else pick(r, {11: 1, 15: 3, 21: 1})
            b.add(
                d,
                hour,
                "energy",
                pick(
                    r,
                    {
                        "need a red bull": 3,
                        "energy drink craving": 3,
                        "want a monster": 2,
                        "grabbing an energy drink from the vending machine": 1,
                    },
                ),
                trigger=pick(r, {"3pm crash": 5, "deadline": 2}) if not weekend else "",
                emotions=[pick(r, {"Tired": 6, "Anxious": 1, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.25),
                location="Home" if weekend else "Work",
                people=["Alone"] if weekend else [pick(r, {"Coworkers": 4, "Alone": 1})],
            )
        if r.random() < (0.75 if d.month == 12 else 0.08):
            b.add(
                d,
                r.choice([19, 20, 21]),
                "sweets",
                pick(
                    r,
                    {
                        "want chocolate": 2,
                        "craving pavlova": 1 if d.month == 12 else 0,
                        "mince pies": 2 if d.month == 12 else 0,
                        "something sweet": 2,
                    },
                ),
                trigger="christmas treats" if d.month == 12 else "dessert after tea",
                emotions=[pick(r, {"Happy": 3, "Tired": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )
        if ago <= VAPE_START:
            since = VAPE_START - ago
            fri_sat = d.isoweekday() in (5, 6)
            rate = (0.3 + 1.2 * since / VAPE_START) * (2.5 if fri_sat else 0.35)
            n = max(count_for(r, rate), 1 if ago == VAPE_START else 0)
            for i in range(n):
                hour = 20 if (ago == VAPE_START and i == 0) else pick(r, {19: 2, 20: 3, 21: 3, 18: 1})
                b.add(
                    d,
                    hour,
                    "vaping",
                    pick(r, {"want a vape": 3, "craving my vape": 2, "need a puff of the vape": 1}),
                    trigger="mates vaping at the pub" if fri_sat else pick(r, {"work stress": 1, "": 1}),
                    emotions=[pick(r, {"Happy": 3, "Anxious": 2})],
                    intensity=r.randint(5, 9),
                    resistance=resist_value(r, 0.3),
                    location="Social" if fri_sat else "Home",
                    people=["Friends"] if fri_sat else ["Alone"],
                )


def gen_owen(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CUT_DOWN
        drinks = r.random() < {5: 0.45, 6: 0.85}.get(wd, 0.05) or (d.month == 12 and r.random() < 0.25)
        if drinks:
            for _ in range(r.choice([1, 1, 2]) + (2 if d.month == 12 else 0)):
                b.add(
                    d,
                    r.choice([19, 20, 21]),
                    "alcohol",
                    pick(r, {"want a beer": 3, "craving a cold pint": 2, "couple of beers": 1}),
                    trigger="friday drinks" if wd == 5 else "",
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Social",
                    people=["Friends"],
                )
        if ago < QUIET or GAP_END <= ago < GAP_END + GAP:
            continue
        for _ in range(count_for(r, 1.1 if cut else 3.2)):
            hour = pick(r, {6: 3, 7: 5, 8: 3, 10: 2, 13: 1, 16: 1, 19: 1})
            b.add(
                d,
                hour,
                "cigarettes",
                pick(r, {"need a smoke": 3, "want a cigarette": 3, "craving a cig": 1}),
                trigger=pick(r, {"first thing after waking": 4, "work stress": 2}),
                emotions=[pick(r, {"Tired": 3, "Anxious": 3, "Bored": 1})],
                intensity=r.randint(4, 8),
                resistance=resist_value(r, 0.6 if cut else 0.12),
                location=pick(r, {"Outside": 6, "Home": 2, "Work": 1}),
                people=[pick(r, {"Alone": 6, "Coworkers": 2})],
            )
        if drinks:
            for _ in range(r.choice([3, 4, 4]) if not cut else r.choice([2, 3])):
                b.add(
                    d,
                    r.choice([21, 22, 23]),
                    "cigarettes",
                    pick(r, {"smoke with a beer": 3, "want a cig with my pint": 1}),
                    trigger="beers with the boys",
                    also="alcohol",
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.3 if cut else 0.05),
                    location="Social",
                    people=["Friends"],
                )


def gen_lena(b: Builder) -> None:
    r = b.rng
    latest_summer = b.today.year if b.today.month >= 6 else b.today.year - 1
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        m = {6: 3.2, 5: 1.5}.get(wd, 0.6)
        if d.month in (6, 7, 8):
            m *= 3.0 if d.year == latest_summer else 1.6
        for _ in range(count_for(r, 0.45 * m)):
            hour = pick(r, {22: 3, 23: 4, 24: 3, 25: 1, 21: 1})
            weekend_night = wd in (5, 6)  # Friday and Saturday nights
            b.add(
                d,
                hour,
                "cannabis",
                pick(r, {"want a joint": 3, "craving weed": 3, "want an edible": 1}),
                trigger=pick(r, {"can't sleep": 5, "racing thoughts": 2}),
                emotions=[pick(r, {"Anxious": 5, "Sad": 2, "Bored": 1})],
                intensity=r.randint(5, 9),
                resistance=resist_value(r, 0.1 if weekend_night else 0.75),
                location="Home",
                people=[pick(r, {"Alone": 5, "Friends": 1})],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.9)):
                b.add(
                    d,
                    pick(r, {7: 3, 8: 4, 9: 3, 10: 2}),
                    "coffee",
                    pick(r, {"need coffee": 3, "want a cappuccino": 2, "fika coffee": 1}),
                    trigger=pick(r, {"morning meeting": 2, "": 3}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=[pick(r, {"Coworkers": 3, "Alone": 1})],
                )
        if ago >= SHOP_STOP and r.random() < 0.4:
            b.add(
                d,
                pick(r, {21: 1, 22: 2}),
                "shopping",
                pick(r, {"want to shop online": 2, "online shopping urge": 2}),
                trigger="sale email",
                emotions=["Bored"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.4),
                location="Home",
                people=["Alone"],
            )


def gen_marcus(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        season = 2.0 if d.month in (9, 10, 11, 12, 1) else 1.0
        sunday = wd == 7
        rate = (2.2 if sunday else 0.5 if wd == 6 else 0.25) * season
        for _ in range(count_for(r, rate)):
            hour = pick(r, {10: 2, 13: 3, 17: 2}) if sunday else pick(r, {21: 2, 22: 3, 23: 2})
            b.add(
                d,
                hour,
                "gambling",
                pick(r, {"want to place a bet": 3, "urge to bet on the game": 2, "sportsbook app calling me": 1}),
                trigger="game day" if sunday else pick(r, {"game day": 1, "": 2}),
                emotions=[pick(r, {"Anxious": 3, "Happy": 2})],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.1 if sunday else 0.6),
                location="Home",
                people=["Friends"] if sunday else ["Alone"],
            )
        if (sunday and r.random() < 0.7) or (wd == 5 and r.random() < 0.3):
            for _ in range(r.choice([1, 2])):
                b.add(
                    d,
                    r.choice([14, 16, 18]) if sunday else 20,
                    "alcohol",
                    pick(r, {"want a beer": 3, "craving a cold one": 1}),
                    trigger="watching football" if sunday else "",
                    emotions=["Happy"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Home" if sunday else "Social",
                    people=["Friends"],
                )
        if ago <= NEW_VAPE:
            n = max(count_for(r, 1.2), 1 if ago == NEW_VAPE else 0)
            for _ in range(n):
                b.add(
                    d,
                    r.choice([12, 15, 18]),
                    "vaping",
                    pick(r, {"want to vape": 2, "craving a vape hit": 1}),
                    trigger="work stress",
                    emotions=["Anxious"],
                    intensity=r.randint(5, 7),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Coworkers"],
                )


def gen_noor(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        for _ in range(count_for(r, 2.0 if d.month == 3 else 0.8)):  # Ramadan and Eid sweets in March
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 3}),
                "sweets",
                pick(r, {"craving dates and chocolate": 1, "want kunafa": 2, "need something sweet": 3}),
                trigger="late dinner",
                emotions=[pick(r, {"Happy": 3, "Tired": 2})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.35),
                location="Home",
                people=["Family"],
            )
        for _ in range(count_for(r, 1.6 if wd == 4 else 0.5)):
            b.add(
                d,
                pick(r, {22: 3, 23: 4, 24: 2}),
                "shopping",
                pick(r, {"want to order clothes online": 2, "shopping cart urge": 2, "online shopping again": 1}),
                trigger="instagram ad",
                emotions=["Bored"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.08),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.0)):
                hour = pick(r, {8: 3, 9: 3, 11: 1})
                b.add(
                    d,
                    hour,
                    "coffee",
                    pick(r, {"need a cortado": 1, "want coffee": 3, "craving a flat white": 2}),
                    trigger=pick(r, {"morning meeting": 1, "": 2}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.92 if wd == 1 else 0.45),
                    location="Work",
                    people=[pick(r, {"Coworkers": 2, "Alone": 1})],
                )


def gen_diego(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        m = {5: 2.6, 4: 1.5}.get(d.month, 1.0) * (0.3 if ago < SODA_CUT else 1.0)
        if wd <= 5:
            for _ in range(count_for(r, 0.9 * m)):
                b.add(
                    d,
                    pick(r, {13: 3, 14: 3, 15: 1}),
                    "soda",
                    pick(r, {"want a coke": 3, "craving a cold soda": 2, "need a coca with lunch": 1}),
                    trigger="lunch",
                    emotions=[pick(r, {"Tired": 2, "Hungry": 2})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        drinks = wd in (5, 6) and r.random() < 0.8
        for _ in range(count_for(r, 2.8 if drinks else 0.5)):
            if drinks:
                b.add(
                    d,
                    r.choice([20, 21, 22]),
                    "cigarettes",
                    pick(r, {"want a cigarette": 2, "need a smoke": 2}),
                    trigger="beers with the guys",
                    also="alcohol",
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.15),
                    location="Social",
                    people=["Friends"],
                )
            else:
                b.add(
                    d,
                    r.choice([18, 19, 20]),
                    "cigarettes",
                    pick(r, {"want a cigarette": 2, "craving a smoke": 2}),
                    trigger=pick(r, {"traffic": 2, "work stress": 2}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.5),
                    location=pick(r, {"Outside": 3, "Home": 1}),
                    people=["Alone"],
                )


def gen_mila(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        growth = 0.4 + 1.6 * (b.person.days - ago) / b.person.days
        for _ in range(count_for(r, {5: 1.8, 6: 0.8}.get(wd, 0.2) * growth)):
            b.add(
                d,
                pick(r, {18: 2, 19: 3, 20: 3, 21: 2}),
                "alcohol",
                pick(r, {"want a glass of wine": 3, "craving red wine": 2, "wine o'clock": 1}),
                trigger="friday drinks" if wd == 5 else "",
                emotions=[pick(r, {"Happy": 3, "Lonely": 1})],
                intensity=r.randint(7, 9),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
            if r.random() < 0.4:
                b.add(
                    d,
                    r.choice([20, 21]),
                    "cigarettes",
                    "cigarette with my wine",
                    trigger="friday drinks",
                    also="alcohol",
                    emotions=["Happy"],
                    intensity=r.randint(6, 8),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Friends"],
                )
        if r.random() < 0.6:
            b.add(
                d,
                pick(r, {7: 2, 8: 3, 9: 2, 10: 1}),
                "sweets",
                pick(
                    r, {"want a pączek": 1, "craving a croissant with nutella": 1, "something sweet for breakfast": 2}
                ),
                emotions=[pick(r, {"Tired": 2, "Hungry": 1})],
                intensity=r.randint(2, 4),
                resistance=resist_value(r, 0.5),
                location=pick(r, {"Home": 2, "Work": 1}),
                people=["Alone"],
            )


def gen_sam(b: Builder) -> None:
    spec = [
        (64, 20, "alcohol", "fancy a glass of wine", "Home", ["Family"], "Tired", 5, 4),
        (47, 13, "sweets", "want a chocolate bar", "Work", ["Coworkers"], "Bored", 4, 9),
        (30, 22, "alcohol", "want a whiskey", "Social", ["Friends"], "Happy", 7, 3),
        (18, 9, "sweets", "craving a doughnut", "Outside", ["Strangers"], "Hungry", 3, 8),
        (5, 21, "alcohol", "could do with a beer", "Home", ["Alone"], "Sad", 6, 5),
    ]
    for ago, hour, kind, desc, place, people, emotion, intensity, resistance in spec:
        b.add(
            b.day(ago),
            hour,
            kind,
            desc,
            emotions=[emotion],
            intensity=intensity,
            resistance=resistance,
            location=place,
            people=people,
            minute=30,
        )


GENERATORS = {
    "zoe": gen_zoe,
    "owen": gen_owen,
    "lena": gen_lena,
    "marcus": gen_marcus,
    "noor": gen_noor,
    "diego": gen_diego,
    "mila": gen_mila,
    "sam": gen_sam,
}


def generate(person: Person, now: datetime | None = None, seed: int = SEED) -> list[dict]:
    """The person's rows, oldest first; `local` is an aware datetime in the person's zone."""
    now = now or datetime.now(UTC)
    rng = random.Random(f"{seed}-{person.key}")
    b = Builder(person, now, rng)
    GENERATORS[person.key](b)
    return sorted(b.rows, key=lambda row: row["local"])


def local_today(person: Person, now: datetime) -> date:
    return now.astimezone(ZoneInfo(person.zone)).date()
