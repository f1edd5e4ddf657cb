"""Eight generated people for the third blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved) and, where the log's words also mention a second thing
("crisps while gaming"), that thing in `also`; ground truth never depends on the product's own text matching.
Rows use the app's fields: description (cravingDescription), intensity (cravingStrength), resistance
(confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions, location, people,
trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- aroha   Pacific/Auckland (southern, +12/+13), 600 days: phone scrolling at night in bed, Home, Alone, Lonely,
  "lying in bed"; peak season her winter (Jun-Aug), the latest winter x2.6 against x1.4 the one before;
  takeaways on Friday evenings with Friends, most in December (her summer); nicotine pouches NEW since
  POUCH_START days ago (weekday afternoons at Work with Coworkers, "new job nerves").
- ravi    Asia/Kolkata (+5:30), 450 days: gaming on Friday/Saturday nights with Friends, peak Saturday (after
  midnight counts for the evening before), given in at weekends, the strongest cravings; crisps on gaming
  nights (the game named only in the log's words); cigarettes at the chai break at Work STOPPED
  SMOKE_STOP days ago.
- ines    Europe/Lisbon, 420 days: binge eating in the evening/night, Home, Alone, Sad, "lonely evening",
  most on Sundays; MOVE_IN days ago she moved in with her partner: a third of the rate since, and far more
  resisted; gin / wine on Saturdays with Friends, summer peak (latest summer x2.8 against x1.4).
- jonas   Europe/Berlin, 520 days: nicotine pouches (snus) on weekday mornings at Work, rising over time,
  resisted best on Tuesdays; a GAP-day gap ending GAP_END days ago; none in the last QUIET days; crisps on
  Sunday evenings at Home with Family ("tatort").
- luca    Europe/Rome, 380 days: cigarettes after lunch (afternoons) Outside with Coworkers, cut down since his
  birthday BDAY days ago (a third of the rate, more resisted); aperitivo (spritz) on Friday evenings with
  Friends, summer peak; extra cigarettes on spritz days, the spritz named only in the log's words.
- femke   Europe/Amsterdam, 360 days: phone scrolling on weekday afternoons at Work (Bored, "boring meeting",
  mostly resisted) and in the evening at Home (nearly always given in); late-night snacks (friet,
  kapsalon) after going out on Saturday nights with Friends, the strongest cravings.
- valeria America/Bogota (-5), 400 days: crisps (papas) on weekday afternoons at Work, most on Wednesdays,
  Bored; none in the last CHIPS_QUIET days; aguardiente / beer on Saturdays at Home with Family, most in
  December (novenas).
- hana    Asia/Tokyo, 7 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261207
POUCH_START = 19  # aroha: started a new job
SMOKE_STOP = 75  # ravi
MOVE_IN = 110  # ines: moved in with her partner
GAP_END = 160  # jonas: a holiday without logs
GAP = 21
QUIET = 4
BDAY = 38  # luca: his birthday, when he began cutting down
CHIPS_QUIET = 9  # valeria


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("aroha", "Pacific/Auckland", 600, southern=True, facts={"pouch_start": POUCH_START}),
    Person("ravi", "Asia/Kolkata", 450, facts={"smoke_stop": SMOKE_STOP}),
    Person("ines", "Europe/Lisbon", 420, facts={"move_in": MOVE_IN}),
    Person("jonas", "Europe/Berlin", 520, facts={"gap_end": GAP_END, "gap": GAP, "quiet": QUIET}),
    Person("luca", "Europe/Rome", 380, facts={"bday": BDAY}),
    Person("femke", "Europe/Amsterdam", 360),
    Person("valeria", "America/Bogota", 400, facts={"chips_quiet": CHIPS_QUIET}),
    Person("hana", "Asia/Tokyo", 90),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "lying in bed": ["bed", "in bed", "lying in bed", "bedtime", "cama", "bett", "lit", "letto", "bed."],
    "friday catch-up": ["catch-up", "catch up", "friday", "friends"],
    "new job nerves": ["new job", "job", "nerves", "nervous"],
    "squad online": ["squad", "online", "friends"],
    "new season drop": ["season", "drop", "update"],
    "chai break": ["chai", "break", "tea"],
    "lonely evening": ["lonely", "loneliness", "alone", "solidão", "sozinha", "solitude", "einsam"],
    "after a bad shift": ["shift", "work", "turno"],
    "before stand-up": ["stand-up", "standup", "stand up", "meeting"],
    "tatort": ["tatort", "tv", "crime show", "telly", "fernsehen"],
    "after lunch": ["lunch", "pranzo", "after eating", "meal"],
    "aperitivo": ["aperitivo", "spritz", "drinks", "aperitif"],
    "boring meeting": ["meeting", "meetings", "vergadering", "boring", "saai"],
    "after going out": ["going out", "night out", "uitgaan", "party", "clubbing", "out"],
    "afternoon slump": ["slump", "afternoon", "tired", "crash"],
    "family party": ["family", "party", "parties", "fiesta", "familia", "novena", "novenas"],
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


def latest(today: date, first_month: int) -> int:
    """The year in which the most recent season starting in `first_month` (Jun for summer...) began."""
    return today.year if today.month >= first_month else today.year - 1


def gen_aroha(b: Builder) -> None:
    r = b.rng
    winter = latest(b.today, 6)  # her winter is Jun-Aug
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        m = 1.0
        if d.month in (6, 7, 8):
            m = 2.6 if d.year == winter else 1.4
        for _ in range(count_for(r, 0.9 * m)):
            b.add(
                d,
                pick(r, {22: 3, 23: 4, 24: 2, 25: 1}),
                "phone",
                pick(r, {"doomscrolling in bed again": 3, "cant stop scrolling tiktok": 2, "want to check insta": 1}),
                trigger="lying in bed",
                emotions=[pick(r, {"Lonely": 5, "Bored": 2, "Anxious": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Alone"],
            )
        dec = 2.5 if d.month == 12 else 1.0
        friday = wd == 5
        for _ in range(count_for(r, (1.3 if friday else 0.12) * dec)):
            b.add(
                d,
                pick(r, {18: 2, 19: 3, 20: 2}),
                "fast_food",
                pick(r, {"want fish and chips": 2, "craving a burger": 3, "uber eats is calling": 1}),
                trigger="friday catch-up" if friday else "",
                emotions=[pick(r, {"Happy": 3, "Tired": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.3),
                location="Social" if friday else "Home",
                people=["Friends"] if friday else [pick(r, {"Family": 3, "Alone": 1})],
            )
        if ago <= POUCH_START and wd <= 5:
            for _ in range(max(count_for(r, 1.3), 1 if ago == POUCH_START else 0)):
                b.add(
                    d,
                    pick(r, {13: 2, 14: 3, 15: 2}),
                    "nicotine",
                    pick(r, {"want a zyn": 2, "craving a nicotine pouch": 2}),
                    trigger="new job nerves",
                    emotions=["Anxious"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.35),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_ravi(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        weekend_night = wd in (5, 6)
        games = 0
        for _ in range(count_for(r, {6: 3.2, 7: 0.8, 5: 1.4}.get(wd, 0.35))):
            games += 1
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 3, 24: 2, 25: 1}),
                "gaming",
                pick(r, {"one more match of valorant": 3, "want to play ranked": 2, "gaming urge, squad is on": 1}),
                trigger=pick(r, {"squad online": 4, "new season drop": 1}),
                emotions=[pick(r, {"Happy": 3, "Bored": 2})],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.08 if weekend_night else 0.6),
                location="Home",
                people=["Friends"] if r.random() < 0.8 else ["Alone"],
            )
        if games and r.random() < 0.75:
            b.add(
                d,
                r.choice([22, 23]),
                "salty",
                pick(r, {"crisps while gaming": 2, "want chips during the match": 2, "lays with my game": 1}),
                also="gaming",
                emotions=["Happy"],
                intensity=r.randint(3, 5),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Friends"],
            )
        elif r.random() < 0.06:
            b.add(
                d,
                r.choice([16, 17]),
                "salty",
                "want some chips",
                emotions=["Hungry"],
                intensity=r.randint(2, 4),
                resistance=resist_value(r, 0.5),
                location="Home",
                people=["Family"],
            )
        if ago >= SMOKE_STOP and wd <= 5:
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {11: 2, 16: 3, 17: 1}),
                    "cigarettes",
                    pick(r, {"want a cigarette": 3, "need a smoke with chai": 2}),
                    trigger="chai break",
                    emotions=[pick(r, {"Tired": 2, "Anxious": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_ines(b: Builder) -> None:
    r = b.rng
    summer = latest(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        since = ago < MOVE_IN
        rate = (1.0 if not since else 0.33) * (2.2 if wd == 7 else 1.0)
        for _ in range(count_for(r, rate)):
            b.add(
                d,
                pick(r, {21: 3, 22: 3, 23: 2, 24: 1}),
                "food",
                pick(r, {"binge eating again": 2, "want to eat everything in the fridge": 2, "overeating tonight": 1}),
                trigger=pick(r, {"lonely evening": 4, "after a bad shift": 1}),
                emotions=[pick(r, {"Sad": 4, "Lonely": 2, "Tired": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.7 if since else 0.15),
                location="Home",
                people=["Alone"] if not since or r.random() < 0.6 else ["Family"],
            )
        m = 1.0
        if d.month in (6, 7, 8):
            m = 2.8 if d.year == summer else 1.4
        for _ in range(count_for(r, {6: 1.1, 5: 0.4}.get(wd, 0.07) * m)):
            b.add(
                d,
                pick(r, {19: 1, 20: 2, 21: 2}),
                "alcohol",
                pick(r, {"want a gin tonic": 3, "craving vinho verde": 2, "one more glass of wine": 1}),
                trigger="",
                emotions=["Happy"],
                intensity=r.randint(4, 6),
                resistance=resist_value(r, 0.25),
                location="Social",
                people=["Friends"],
            )


def gen_jonas(b: Builder) -> None:
    r = b.rng
    days = b.person.days
    for ago in range(days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd == 7:
            for _ in range(count_for(r, 1.5)):
                b.add(
                    d,
                    pick(r, {19: 2, 20: 3, 21: 2}),
                    "salty",
                    pick(r, {"want crisps": 2, "craving pretzels": 1, "bag of chips for tatort": 2}),
                    trigger="tatort",
                    emotions=[pick(r, {"Happy": 2, "Bored": 1})],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Family"],
                )
        elif r.random() < 0.08:
            b.add(
                d,
                21,
                "salty",
                "want some chips",
                emotions=["Bored"],
                intensity=r.randint(2, 4),
                resistance=resist_value(r, 0.5),
                location="Home",
                people=["Alone"],
            )
        if ago < QUIET or GAP_END <= ago < GAP_END + GAP or wd > 5:
            continue
        t = (days - ago) / days
        for _ in range(count_for(r, 0.3 + 2.0 * t * t)):
            b.add(
                d,
                pick(r, {8: 3, 9: 4, 10: 2, 11: 1}),
                "nicotine",
                pick(r, {"want a snus": 3, "craving a pouch": 2, "need a snus before the meeting": 1}),
                trigger=pick(r, {"before stand-up": 3, "": 2}),
                emotions=[pick(r, {"Tired": 2, "Anxious": 2})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.88 if wd == 2 else 0.3),
                location="Work",
                people=[pick(r, {"Coworkers": 3, "Alone": 1})],
            )


def gen_luca(b: Builder) -> None:
    r = b.rng
    summer = latest(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < BDAY
        for _ in range(count_for(r, 0.9 if cut else 2.8)):
            work = wd <= 5
            b.add(
                d,
                pick(r, {13: 4, 14: 4, 15: 2, 10: 1, 18: 1}),
                "cigarettes",
                pick(r, {"want a cigarette": 3, "craving a smoke after lunch": 2, "una sigaretta": 1}),
                trigger="after lunch",
                emotions=[pick(r, {"Tired": 2, "Bored": 2, "Anxious": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.6 if cut else 0.1),
                location="Outside",
                people=["Coworkers"] if work else ["Alone"],
            )
        m = 1.0
        if d.month in (6, 7, 8):
            m = 2.5 if d.year == summer else 1.3
        spritz = 0
        for _ in range(count_for(r, {5: 1.4, 6: 0.6}.get(wd, 0.1) * m)):
            spritz += 1
            b.add(
                d,
                pick(r, {18: 3, 19: 3, 20: 1}),
                "alcohol",
                pick(r, {"want a spritz": 3, "aperitivo craving": 2, "negroni time": 1}),
                trigger="aperitivo",
                emotions=["Happy"],
                intensity=r.randint(4, 6),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
        if spritz:
            for _ in range(r.choice([1, 1, 2]) if cut else r.choice([2, 3, 3])):
                b.add(
                    d,
                    r.choice([19, 20]),
                    "cigarettes",
                    pick(r, {"smoke with my spritz": 2, "cigarette with the aperitivo": 1}),
                    trigger="aperitivo",
                    also="alcohol",
                    emotions=["Happy"],
                    intensity=r.randint(5, 7),
                    resistance=resist_value(r, 0.3 if cut else 0.05),
                    location="Social",
                    people=["Friends"],
                )


def gen_femke(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5:
            for _ in range(count_for(r, 1.6)):
                b.add(
                    d,
                    pick(r, {13: 2, 14: 3, 15: 3, 16: 2}),
                    "phone",
                    pick(r, {"want to scroll instagram": 2, "checking my phone again": 3, "reddit urge": 1}),
                    trigger=pick(r, {"boring meeting": 3, "": 2}),
                    emotions=["Bored"],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.65),
                    location="Work",
                    people=[pick(r, {"Coworkers": 3, "Alone": 1})],
                )
        for _ in range(count_for(r, 0.9)):
            b.add(
                d,
                pick(r, {20: 2, 21: 3}),
                "phone",
                pick(r, {"scrolling on the couch": 2, "want to check my phone": 2}),
                emotions=[pick(r, {"Bored": 1, "Tired": 2})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.08),
                location="Home",
                people=["Alone"],
            )
        for _ in range(count_for(r, {6: 1.4, 5: 0.5}.get(wd, 0.04))):
            b.add(
                d,
                pick(r, {24: 3, 25: 3, 26: 1}),
                "fast_food",
                pick(r, {"need a kapsalon": 2, "craving friet met mayo": 2, "want a kebab": 1}),
                trigger="after going out",
                emotions=["Happy"],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )


def gen_valeria(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5 and ago >= CHIPS_QUIET:
            for _ in range(count_for(r, 2.0 if wd == 3 else 0.8)):
                b.add(
                    d,
                    pick(r, {15: 3, 16: 3, 14: 1}),
                    "salty",
                    pick(r, {"antojo de papas": 2, "want a bag of chips": 2, "craving doritos": 1}),
                    trigger="afternoon slump",
                    emotions=[pick(r, {"Bored": 4, "Hungry": 2})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=[pick(r, {"Coworkers": 2, "Alone": 1})],
                )
        dec = 3.0 if d.month == 12 else 1.0
        for _ in range(count_for(r, (0.9 if wd == 6 else 0.08) * dec)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 2}),
                "alcohol",
                pick(r, {"quiero aguardiente": 2, "craving a cold beer": 2, "want a shot of aguardiente": 1}),
                trigger="family party",
                emotions=[pick(r, {"Happy": 3, "Anxious": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.35),
                location="Home",
                people=["Family"],
            )


def gen_hana(b: Builder) -> None:
    spec = [
        (83, 21, "alcohol", "want a highball", "Social", ["Coworkers"], "Tired", 6, 4),
        (61, 15, "sweets", "craving a melon pan", "Work", ["Alone"], "Bored", 4, 9),
        (44, 23, "phone", "scrolling in bed", "Home", ["Alone"], "Anxious", 5, 3),
        (30, 20, "alcohol", "want a beer after work", "Social", ["Friends"], "Happy", 6, 5),
        (19, 10, "sweets", "want a taiyaki", "Outside", ["Strangers"], "Hungry", 3, 8),
        (9, 22, "phone", "can't stop checking my phone", "Home", ["Alone"], "Lonely", 5, 6),
        (3, 19, "alcohol", "could do with a sake", "Home", ["Family"], "Sad", 7, 4),
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
    "aroha": gen_aroha,
    "ravi": gen_ravi,
    "ines": gen_ines,
    "jonas": gen_jonas,
    "luca": gen_luca,
    "femke": gen_femke,
    "valeria": gen_valeria,
    "hana": gen_hana,
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
