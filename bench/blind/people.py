"""Six generated people for the blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the product
answers with the real clock). Deterministic: the same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved), so ground truth never depends on the product's own
text matching. Resisted = resistance (confidenceToResist) > 7; generated resistance is an integer, 8-10 for
a resisted log and 1-7 for one given in.

Planted facts (days are local calendar days before the person's local today):
- maya  America/Chicago (-6/-5), 548 days: alcohol on Fri/Sat evenings, Social + Friends, "happy hour";
  summer x2 (the most recent summer x3; season peak summer), December x1.5; sweets peak in December
  (holiday cookies: month-of-year peak December); smokes on most drinking days (association); gives in on weekends, resists on weekdays; sweets.
- kenji Asia/Tokyo (+9), 300 days: coffee weekday mornings at Work with Coworkers ("coffee break");
  vaping began exactly VAPE_START days ago (evenings, Social + Friends, weekends x4, rising);
  sports betting NEW since BET_START days ago (night, Home, Alone, Bored).
- priya Asia/Kolkata (+5:30), 365 days: sweets evenings, Sundays, Home, Alone, Bored, "after dinner";
  resists at Work, gives in at night at Home; soda STOPPED SODA_STOP days ago; salty chips.
- lucas Europe/Berlin (+1/+2), 240 days: cigarettes Outside with Coworkers, evenings; beer mostly Saturdays with a
  smoke ("smoke with a beer"); CUT DOWN since CUT_START days ago (a third of the rate, more resisted), a
  GAP_DAYS-day gap ending GAP_END days ago, none in the last QUIET_DAYS days.
- ana   America/Sao_Paulo (-3, southern), 32 days: online shopping at night, Home, Alone; sweets at Work.
- tom   Europe/London, 6 logs in all.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261202
VAPE_START = 150
BET_START = 21
SODA_STOP = 90
CUT_START = 60
GAP_END = 29
GAP_DAYS = 12
QUIET_DAYS = 6


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("maya", "America/Chicago", 548),
    Person("kenji", "Asia/Tokyo", 300, facts={"vape_start": VAPE_START, "bet_start": BET_START}),
    Person("priya", "Asia/Kolkata", 365, facts={"soda_stop": SODA_STOP}),
    Person("lucas", "Europe/Berlin", 240, facts={"cut_start": CUT_START, "gap_end": GAP_END, "gap_days": GAP_DAYS,
                                                 "quiet_days": QUIET_DAYS}),
    Person("ana", "America/Sao_Paulo", 32, southern=True),
    Person("tom", "Europe/London", 95),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger phrases -> the words a grader looks for when an answer names that trigger.
TRIGGER_KEYS = {
    "happy hour": ["happy hour"], "long week": ["long week"], "watching the game": ["game"],
    "friends invited me out": ["invited", "friends invited"],
    "coffee break": ["coffee break", "break"], "long meeting": ["meeting"], "sleepy after lunch": ["sleepy", "lunch"],
    "out with friends": ["out with friends", "friends"], "after work stress": ["stress"],
    "late game on": ["late game", "game"],
    "after dinner": ["after dinner", "dinner"], "bored scrolling": ["scrolling"], "stressful call": ["call"],
    "lunch": ["lunch"], "tv": ["tv", "television"],
    "smoke break with colleagues": ["smoke break", "break", "colleagues"], "drinking beer": ["beer", "drinking"],
    "stressful meeting": ["meeting", "stress"], "morning commute": ["commute"],
    "sale notification": ["sale", "notification"], "payday": ["payday"], "afternoon slump": ["slump"],
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

    def add(self, d: date, hour: int, kind: str, description: str, *, trigger: str = "", emotions=(),
            intensity: float = 5, resistance: int = 5, location: str = "", people=(), minute: int | None = None):
        minute = self.rng.randint(0, 59) if minute is None else minute
        local = datetime.combine(d, time(hour % 24, minute), tzinfo=self.tz)
        if hour >= 24:
            local += timedelta(days=1)
        if local >= self.now_local:
            return
        self.rows.append({"local": local, "kind": kind, "description": description, "trigger": trigger,
                          "emotions": list(emotions), "intensity": float(intensity), "resistance": float(resistance),
                          "location": location, "people": list(people)})


def gen_maya(b: Builder) -> None:
    r = b.rng
    last_summer_year = b.today.year if b.today.month >= 6 else b.today.year - 1
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        m = {5: 2.5, 6: 3.2}.get(wd, 0.45)
        if d.month in (6, 7, 8):
            m *= 3.0 if d.year == last_summer_year else 2.0
        elif d.month == 12:
            m *= 1.5
        elif d.month in (1, 2):
            m *= 0.5
        n = count_for(r, 0.35 * m)
        drank = n > 0
        for _ in range(n):
            weekend = wd in (6, 7)
            desc = pick(r, {"glass of wine after work": 3, "want a cold beer": 3, "margarita with the girls": 2,
                            "really want a drink": 2, "craving wine": 2})
            b.add(d, pick(r, {18: 3, 19: 4, 20: 4, 21: 3, 16: 1, 22: 1}), "alcohol", desc,
                  trigger=pick(r, {"happy hour": 5, "long week": 2, "watching the game": 1,
                                   "friends invited me out": 2}),
                  emotions=[pick(r, {"Happy": 5, "Anxious": 3, "Lonely": 2})], intensity=r.randint(5, 8),
                  resistance=resist_value(r, 0.12 if weekend else 0.7),
                  location=pick(r, {"Social": 6, "Home": 3, "Work": 1}),
                  people=[pick(r, {"Friends": 6, "Alone": 2, "Family": 2})])
        if (drank and r.random() < 0.75) or (not drank and r.random() < 0.04):
            b.add(d, r.choice([20, 21]), "cigarettes",
                  pick(r, {"smoke with a beer": 3, "want a cigarette": 2, "bumming a smoke outside the bar": 1}),
                  trigger="drinks with friends" if drank else "", emotions=["Happy"] if drank else ["Anxious"],
                  intensity=r.randint(4, 7), resistance=resist_value(r, 0.3),
                  location="Outside" if drank else "Home", people=["Friends"] if drank else ["Alone"])
        if r.random() < (0.7 if d.month == 12 else 0.1):
            b.add(d, r.choice([14, 15, 16]), "sweets", pick(r, {"want chocolate": 2, "cookies": 1,
                                                                  "holiday cookies": 3 if d.month == 12 else 0}),
                  emotions=[pick(r, {"Tired": 2, "Bored": 1})], intensity=r.randint(3, 6),
                  resistance=resist_value(r, 0.5), location="Home", people=["Alone"])


def gen_kenji(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        weekend = d.isoweekday() >= 6
        for _ in range(count_for(r, 0.4 if weekend else 2.0)):
            hour = pick(r, {7: 3, 8: 4, 9: 3, 10: 2, 13: 1}) if not weekend else pick(r, {9: 2, 10: 2, 11: 1})
            b.add(d, hour, "coffee", pick(r, {"need coffee": 3, "want an espresso": 2, "craving a latte": 2,
                                              "another coffee": 1}),
                  trigger=("sleepy after lunch" if hour == 13 else
                           pick(r, {"coffee break": 5, "long meeting": 2})) if not weekend else "",
                  emotions=[pick(r, {"Tired": 6, "Bored": 1})], intensity=r.randint(3, 6),
                  resistance=resist_value(r, 0.3), location="Home" if weekend else "Work",
                  people=["Alone"] if weekend else [pick(r, {"Coworkers": 5, "Alone": 1})])
        if ago <= VAPE_START:
            since = VAPE_START - ago
            rate = (0.2 + 2.3 * (since / VAPE_START) ** 3) * (2.4 if weekend else 0.6)
            n = count_for(r, rate)
            if ago == VAPE_START:
                n = max(n, 1)
            for i in range(n):
                hour = 21 if (ago == VAPE_START and i == 0) else pick(r, {18: 2, 19: 3, 20: 4, 21: 3, 22: 1, 15: 1})
                b.add(d, hour, "vaping", pick(r, {"want to vape": 3, "craving my vape pen": 2, "need a hit of the vape": 1}),
                      trigger=pick(r, {"out with friends": 4, "after work stress": 2}),
                      emotions=[pick(r, {"Anxious": 3, "Happy": 2})], intensity=r.randint(6, 9),
                      resistance=resist_value(r, 0.2), location=pick(r, {"Social": 5, "Home": 3, "Outside": 1}),
                      people=[pick(r, {"Friends": 6, "Alone": 3})])
        if ago <= BET_START:
            n = count_for(r, 0.9)
            if ago == BET_START:
                n = max(n, 1)
            for _ in range(n):
                b.add(d, pick(r, {23: 4, 22: 2}), "gambling",
                      pick(r, {"want to place a bet": 2, "sports betting app again": 2, "urge to bet on the match": 1}),
                      trigger="late game on", emotions=["Bored"], intensity=r.randint(8, 10),
                      resistance=resist_value(r, 0.25), location="Home", people=["Alone"])


def gen_priya(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        m = {7: 3.0, 6: 1.4}.get(wd, 0.7)
        for _ in range(count_for(r, 1.2 * m)):
            hour = pick(r, {14: 2, 15: 2, 16: 1, 19: 3, 20: 4, 21: 3, 22: 2, 23: 1})
            place = "Home" if hour >= 19 or wd >= 6 else pick(r, {"Work": 5, "Home": 2})
            p_res = 0.8 if place == "Work" else (0.08 if hour >= 22 else 0.3)
            b.add(d, hour, "sweets", pick(r, {"want chocolate": 3, "craving something sweet": 3,
                                              "ice cream after dinner": 2, "gulab jamun": 1, "need sugar": 1}),
                  trigger=pick(r, {"after dinner": 5, "bored scrolling": 2, "stressful call": 1}) if hour >= 19
                  else pick(r, {"stressful call": 2, "bored scrolling": 1}),
                  emotions=[pick(r, {"Bored": 5, "Sad": 2, "Tired": 2, "Happy": 1})], intensity=r.randint(6, 9),
                  resistance=resist_value(r, p_res), location=place,
                  people=[pick(r, {"Alone": 6, "Family": 3})] if place == "Home" else ["Coworkers"])
        if ago > SODA_STOP and wd <= 5 and r.random() < 0.55:
            b.add(d, 13, "soda", pick(r, {"cold coke with lunch": 3, "want a soda": 1}), trigger="lunch",
                  emotions=["Tired"], intensity=r.randint(3, 6), resistance=resist_value(r, 0.3), location="Work",
                  people=["Coworkers"])
        if r.random() < 0.15:
            b.add(d, 20, "salty", "chips while watching tv", trigger="tv", emotions=["Bored"], intensity=r.randint(3, 5),
                  resistance=resist_value(r, 0.3), location="Home", people=["Family"])


def gen_lucas(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CUT_START
        beer = r.random() < {5: 0.45, 6: 0.9, 7: 0.3}.get(wd, 0.0)
        if beer:
            b.add(d, 19, "alcohol", pick(r, {"cold beer with the guys": 3, "want a pint": 2}), trigger="friday drinks",
                  emotions=["Happy"], intensity=r.randint(4, 7), resistance=resist_value(r, 0.2), location="Social",
                  people=["Friends"])
        quiet = ago < QUIET_DAYS or GAP_END <= ago < GAP_END + GAP_DAYS
        if quiet:
            continue
        rate = (1.0 if cut else 3.0) + (2.0 if beer else 0.0) * (0.6 if cut else 1.0)
        for i in range(count_for(r, rate)):
            if beer and i < 2:
                b.add(d, r.choice([20, 21]), "cigarettes", pick(r, {"smoke with a beer": 4, "cigarette with my pint": 1}),
                      trigger="drinking beer", emotions=["Happy"], intensity=r.randint(5, 8),
                      resistance=resist_value(r, 0.5 if cut else 0.1), location="Social", people=["Friends"])
                continue
            hour = pick(r, {8: 1, 10: 1, 13: 2, 17: 2, 18: 3, 19: 2, 20: 2})
            b.add(d, hour, "cigarettes", pick(r, {"need a cigarette": 3, "want a smoke": 3, "craving a cig": 1}),
                  trigger=pick(r, {"smoke break with colleagues": 5, "stressful meeting": 2, "morning commute": 1}),
                  emotions=[pick(r, {"Anxious": 4, "Tired": 2, "Bored": 2})], intensity=r.randint(4, 8),
                  resistance=resist_value(r, 0.55 if cut else 0.15),
                  location=pick(r, {"Outside": 6, "Work": 2, "Home": 1}),
                  people=[pick(r, {"Coworkers": 5, "Alone": 3, "Friends": 1})])


def gen_ana(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        n = count_for(r, 1.5)
        if ago == b.person.days:
            n = max(n, 1)
        for _ in range(n):
            b.add(d, pick(r, {22: 5, 23: 4, 21: 1}), "shopping",
                  pick(r, {"want to buy shoes online": 2, "shopping app cart full again": 2, "urge to order clothes": 1}),
                  trigger=pick(r, {"sale notification": 5, "payday": 1}), emotions=[pick(r, {"Bored": 4, "Lonely": 2})],
                  intensity=r.randint(5, 7), resistance=resist_value(r, 0.35), location="Home", people=["Alone"])
        if r.random() < 0.5:
            b.add(d, r.choice([15, 16]), "sweets", pick(r, {"want brigadeiro": 1, "craving chocolate": 1}),
                  trigger="afternoon slump", emotions=["Tired"], intensity=r.randint(3, 6),
                  resistance=resist_value(r, 0.5), location="Work", people=["Coworkers"])


def gen_tom(b: Builder) -> None:
    spec = [(90, 15, "sweets", "want a biscuit", "Work", ["Coworkers"], "Bored", 4, 3),
            (71, 9, "coffee", "need a coffee", "Home", ["Alone"], "Tired", 5, 9),
            (52, 21, "alcohol", "fancy a pint", "Social", ["Friends"], "Happy", 6, 4),
            (33, 16, "sweets", "want chocolate", "Work", ["Alone"], "Tired", 5, 8),
            (20, 8, "coffee", "coffee craving", "Outside", ["Strangers"], "Anxious", 3, 2),
            (9, 20, "sweets", "craving cake", "Home", ["Family"], "Sad", 6, 5)]
    for ago, hour, kind, desc, place, people, emotion, intensity, resistance in spec:
        b.add(b.day(ago), hour, kind, desc, emotions=[emotion], intensity=intensity, resistance=resistance,
              location=place, people=people, minute=15)


GENERATORS = {"maya": gen_maya, "kenji": gen_kenji, "priya": gen_priya, "lucas": gen_lucas, "ana": gen_ana,
              "tom": gen_tom}


def generate(person: Person, now: datetime | None = None, seed: int = SEED) -> list[dict]:
    """The person's rows, oldest first; `local` is an aware datetime in the person's zone."""
    now = now or datetime.now(UTC)
    rng = random.Random(f"{seed}-{person.key}")
    b = Builder(person, now, rng)
    GENERATORS[person.key](b)
    return sorted(b.rows, key=lambda row: row["local"])


def local_today(person: Person, now: datetime) -> date:
    return now.astimezone(ZoneInfo(person.zone)).date()
