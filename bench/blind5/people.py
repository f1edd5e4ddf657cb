"""Eight generated people for the fifth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- aroha    Pacific/Auckland (southern, +13 in December), 500 days: beer (speights, tui, lion red) on Friday
  and Saturday evenings, Social with Friends, "after work drinks", peak her summer (Dec-Feb), most on
  Fridays; a mate's wedding WEDDING days ago with seven beer logs (her busiest day); ice cream (hokey pokey,
  tip top, magnum) late on weeknights at Home, Alone, Lonely, "kids finally asleep"; a sugar-free challenge
  SUGAR days ago (the question names the date): far fewer ice cream logs since, and far more resisted.
- rahul    Asia/Kolkata (+5:30), 460 days: cigarettes (sutta, gold flake, classic milds) on weekday
  afternoons at Work with Coworkers, Anxious, "chai break", most on Wednesdays ("weekly review"); STOPPED
  SMOKE_STOP days ago; doomscrolling (insta reels, twitter, shorts) late at night in bed, Alone, Bored,
  rising over the whole history; no link between the two.
- catalina America/Santiago (southern, -3 in December), 520 days: joints (pito, caño, porro) on weekend
  nights with friends ("carrete"), Social, most on Saturdays, peak month September (fiestas patrias) and so
  her spring; the few weekday joints (at Home, Alone, Anxious) resisted far more often than the weekend ones;
  back to training TRAIN days ago (named as a date): far more resisted since; chips (papas lays,
  ramitas, doritos) late at night at Home, Hungry, far more on the days she logs a joint (association).
- daan     Europe/Amsterdam, 480 days: online poker (pokerstars, sit & go, toernooitje) late at night at
  Home, Alone, Bored, most on Sundays; a deposit limit LIMIT days ago (named): far fewer since and more
  resisted; heated tobacco (iqos, terea, heets) NEW since HEETS days ago, mornings Outside on the commute,
  Alone; sweets (drop, stroopwafels) on weekday afternoons at Work with Coworkers.
- mei      Asia/Singapore (+8), 420 days: energy drinks (red bull, monster) on night shifts (Mon-Wed, most
  on Tuesday nights; small-hours logs count for the evening before) at Work with Coworkers, Tired, the
  weakest cravings; fast food after the shift (grabfood mcmuffin, prata, mala on foodpanda) in the morning
  at Home, Alone, Hungry, the strongest, resisted far more often on weekends.
- brooke   America/Denver (-7), 450 days: doomscrolling (tiktok, reddit, insta) at night in bed, Home,
  Alone, Anxious, most on Sunday nights ("sunday scaries"); deleted tiktok TIKTOK days ago (named): far
  fewer since; candy (sour patch kids, reese's, twizzlers) on weekday afternoons at Work with Coworkers,
  Bored, "candy bowl", three times the rate every October: her peak month, so autumn.
- tomasz   Europe/Warsaw, 500 days: energy drinks (tiger, monster, black) on weekday mornings at Work with
  Coworkers, Tired, most on Mondays ("monday shift"), falling over the last quarter; beer (żywiec, tyskie,
  piwko) on Friday/Saturday evenings Social with Friends, Happy, peak summer; none at all in the latest
  January ("suchy styczeń", dry January): his longest beer gap.
- ines     Europe/Lisbon, 5 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261207
WEDDING = 33  # aroha: a mate's wedding
SUGAR = 45  # aroha: the sugar-free challenge
SMOKE_STOP = 60  # rahul stopped smoking
TRAIN = 40  # catalina went back to training
LIMIT = 55  # daan set a deposit limit
HEETS = 25  # daan's heated tobacco began
TIKTOK = 30  # brooke deleted tiktok
TREND = 90  # tomasz: energy drinks fall over the last TREND days


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("aroha", "Pacific/Auckland", 500, southern=True, facts={"wedding": WEDDING, "sugar": SUGAR}),
    Person("rahul", "Asia/Kolkata", 460, facts={"smoke_stop": SMOKE_STOP}),
    Person("catalina", "America/Santiago", 520, southern=True, facts={"train": TRAIN}),
    Person("daan", "Europe/Amsterdam", 480, facts={"limit": LIMIT, "heets": HEETS}),
    Person("mei", "Asia/Singapore", 420),
    Person("brooke", "America/Denver", 450, facts={"tiktok": TIKTOK}),
    Person("tomasz", "Europe/Warsaw", 500, facts={"trend": TREND}),
    Person("ines", "Europe/Lisbon", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "after work drinks": ["after work", "after-work", "drinks after work", "end of the week", "friday", "pub"],
    "mate's wedding": ["wedding", "mate"],
    "kids finally asleep": ["kids", "asleep", "bedtime", "kids' bedtime", "children", "quiet house"],
    "chai break": ["chai", "tea break", "break", "chai break"],
    "weekly review": ["weekly review", "review", "meeting"],
    "cant sleep": ["sleep", "insomnia", "can't sleep", "cant sleep", "awake", "no dormir"],
    "carrete": ["carrete", "party", "parties", "going out", "carretes", "fiesta", "salir"],
    "bajón": ["bajón", "bajon", "munchies", "después de fumar", "after smoking", "weed", "pito"],
    "sunday million": ["sunday million", "tournament", "toernooi", "sunday", "zondag"],
    "forenzen": ["forenzen", "commute", "commuting", "on the way", "onderweg", "fiets", "bike", "train"],
    "koffiepauze": ["koffie", "koffiepauze", "coffee", "break", "pauze"],
    "night shift": ["night shift", "shift", "shifts", "nachtdienst", "rounds", "work"],
    "after shift": ["after the shift", "after shift", "after your shift", "shift", "post-shift", "end of shift"],
    "sunday scaries": ["sunday scaries", "scaries", "sunday", "anxiety", "anxious", "week ahead"],
    "candy bowl": ["candy bowl", "bowl", "candy dish", "office candy", "vending", "desk"],
    "monday shift": ["monday", "shift", "zmiana", "poniedziałek", "early start"],
    "grill": ["grill", "grilling", "bbq", "barbecue", "grillu", "grilla"],
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


def gen_aroha(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = 3.2 if d.month in (12, 1, 2) else 1.0  # her summer
        for _ in range(count_for(r, {5: 1.6, 6: 1.0}.get(wd, 0.12) * summer)):
            b.add(
                d,
                pick(r, {17: 2, 18: 3, 19: 3, 20: 2}),
                "alcohol",
                pick(
                    r,
                    {"a cold speights": 3, "handle of tui at the pub": 2, "want a lion red": 2, "just one cold one": 1},
                ),
                trigger="after work drinks" if wd == 5 else "",
                emotions=[pick(r, {"Happy": 3, "Tired": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.25),
                location="Social",
                people=["Friends"],
            )
        if ago == WEDDING:
            for hour in (14, 15, 17, 18, 19, 20, 21):
                b.add(
                    d,
                    hour,
                    "alcohol",
                    pick(r, {"another beer at the reception": 2, "bro pass me a tui": 1}),
                    trigger="mate's wedding",
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.1),
                    location="Social",
                    people=["Friends"],
                )
        sugar = ago < SUGAR
        if wd in (7, 1, 2, 3, 4):
            for _ in range(count_for(r, 0.9 * (0.35 if sugar else 1.0))):
                b.add(
                    d,
                    pick(r, {21: 1, 22: 4, 23: 1}),
                    "sweets",
                    pick(
                        r,
                        {
                            "hokey pokey straight from the tub": 3,
                            "tip top in the freezer calling me": 2,
                            "want a magnum": 1,
                            "kapiti ice cream craving": 1,
                        },
                    ),
                    trigger=pick(r, {"kids finally asleep": 3, "": 1}),
                    emotions=[pick(r, {"Lonely": 3, "Sad": 1, "Tired": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.75 if sugar else 0.2),
                    location="Home",
                    people=["Alone"],
                )


def gen_rahul(b: Builder) -> None:
    r = b.rng
    days = b.person.days
    for ago in range(days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if ago >= SMOKE_STOP:
            work = wd <= 5
            for _ in range(count_for(r, (2.6 if wd == 3 else 1.2) if work else 0.3)):
                b.add(
                    d,
                    pick(r, {13: 2, 15: 3, 16: 3}) if work else pick(r, {18: 1, 19: 1}),
                    "cigarettes",
                    pick(
                        r,
                        {
                            "one sutta with chai": 3,
                            "gold flake kings urge": 2,
                            "need a smoke after the call": 2,
                            "classic milds craving": 1,
                        },
                    ),
                    trigger=("weekly review" if wd == 3 else pick(r, {"chai break": 3, "": 1})) if work else "",
                    emotions=[pick(r, {"Anxious": 3, "Tired": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work" if work else "Outside",
                    people=["Coworkers"] if work else ["Friends"],
                )
        t = (days - ago) / days
        for _ in range(count_for(r, 0.2 + 1.6 * t * t)):  # rising, faster lately
            b.add(
                d,
                pick(r, {23: 3, 24: 3, 25: 1}),
                "phone",
                pick(
                    r,
                    {
                        "insta reels at 1am again": 3,
                        "doomscrolling twitter": 2,
                        "one more reel": 2,
                        "youtube shorts rabbit hole": 1,
                    },
                ),
                trigger=pick(r, {"cant sleep": 2, "": 1}),
                emotions=[pick(r, {"Bored": 4, "Anxious": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Alone"],
            )


def gen_catalina(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        train = ago < TRAIN
        fiestas = 2.6 if d.month == 9 else 1.0  # fiestas patrias
        weekend = wd in (5, 6)
        joints = 0
        for _ in range(count_for(r, {5: 0.9, 6: 1.6}.get(wd, 0.25) * fiestas)):
            joints += 1
            b.add(
                d,
                pick(r, {21: 1, 22: 3, 23: 3}) if weekend else 22,
                "cannabis",
                pick(r, {"un pito con los cabros": 3, "quiero fumarme un caño": 2, "armar un porrito": 2}),
                trigger="carrete" if weekend else "",
                emotions=[pick(r, {"Happy": 3, "Bored": 1})] if weekend else ["Anxious"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, (0.75 if train else 0.15) if weekend else (0.95 if train else 0.9)),
                location="Social" if weekend else "Home",
                people=["Friends"] if weekend else ["Alone"],
            )
        for _ in range(count_for(r, 0.2 + (1.6 if joints else 0.0))):  # the munchies follow a joint
            b.add(
                d,
                pick(r, {23: 2, 24: 4, 25: 1}),
                "salty",
                pick(r, {"unas papas lays": 3, "ramitas de queso": 2, "doritos picantes": 2, "papitas de bolsa": 1}),
                trigger="bajón" if joints else "",
                emotions=["Hungry"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Alone"],
            )


def gen_daan(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        limit = ago < LIMIT
        for _ in range(count_for(r, (1.8 if wd == 7 else 0.4) * (0.35 if limit else 1.0))):
            b.add(
                d,
                pick(r, {22: 3, 23: 3, 24: 1}),
                "gambling",
                pick(
                    r,
                    {
                        "pokerstars toernooitje": 3,
                        "nog één tafel sit & go": 2,
                        "zin om online te pokeren": 2,
                        "want to reload on stars": 1,
                    },
                ),
                trigger="sunday million" if wd == 7 else "",
                emotions=[pick(r, {"Bored": 3, "Anxious": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.7 if limit else 0.15),
                location="Home",
                people=["Alone"],
            )
        if ago <= HEETS:
            for _ in range(max(count_for(r, 1.1), 1 if ago == HEETS else 0)):
                b.add(
                    d,
                    pick(r, {7: 1, 8: 5}),
                    "heated_tobacco",
                    pick(r, {"iqos op weg naar werk": 3, "een terea stickje": 2, "heets craving on the bike": 1}),
                    trigger="forenzen",
                    emotions=[pick(r, {"Tired": 2, "Anxious": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Alone"],
                )
        if wd <= 5:
            for _ in range(count_for(r, 0.7)):
                b.add(
                    d,
                    pick(r, {14: 2, 15: 3, 16: 2}),
                    "sweets",
                    pick(r, {"zin in drop": 3, "stroopwafel bij de koffie": 2, "een zak winegums": 1}),
                    trigger=pick(r, {"koffiepauze": 2, "": 1}),
                    emotions=[pick(r, {"Bored": 3, "Tired": 1})],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_mei(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd in (1, 2, 3):  # night shifts begin Monday to Wednesday evenings
            for _ in range(count_for(r, 2.6 if wd == 2 else 1.2)):
                b.add(
                    d,
                    pick(r, {23: 1, 25: 3, 26: 3, 27: 2}),
                    "energy",
                    pick(
                        r,
                        {
                            "red bull before rounds": 3,
                            "monster ultra white": 2,
                            "need a can of something strong": 1,
                            "100plus wont cut it, want a redbull": 1,
                        },
                    ),
                    trigger=pick(r, {"night shift": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.35),
                    location="Work",
                    people=[pick(r, {"Coworkers": 3, "Alone": 1})],
                )
        after = wd in (2, 3, 4)  # the morning after a night shift
        weekend = wd >= 6
        for _ in range(count_for(r, 1.0 if after else 0.3 if weekend else 0.15)):
            b.add(
                d,
                pick(r, {8: 3, 9: 3, 10: 1}),
                "fast_food",
                pick(
                    r,
                    {
                        "mcmuffin on grabfood": 3,
                        "prata with extra egg": 2,
                        "mala xiang guo on foodpanda": 2,
                        "mcdonalds hash browns": 1,
                    },
                ),
                trigger="after shift" if after else "",
                emotions=[pick(r, {"Hungry": 3, "Tired": 2})],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.6 if weekend else 0.2),
                location="Home",
                people=["Alone"],
            )


def gen_brooke(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        deleted = ago < TIKTOK
        for _ in range(count_for(r, (1.9 if wd == 7 else 0.55) * (0.3 if deleted else 1.0))):
            b.add(
                d,
                pick(r, {22: 3, 23: 3, 24: 2}),
                "phone",
                pick(
                    r,
                    {
                        "tiktok spiral in bed": 2 if not deleted else 0,
                        "doomscrolling reddit": 3,
                        "insta reels till 1am": 2,
                    },
                ),
                trigger="sunday scaries" if wd == 7 else pick(r, {"cant sleep": 1, "": 2}),
                emotions=[pick(r, {"Anxious": 4, "Lonely": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.3 if deleted else 0.15),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.6 * (3.0 if d.month == 10 else 1.0))):
                b.add(
                    d,
                    pick(r, {13: 2, 14: 3, 15: 3}),
                    "sweets",
                    pick(
                        r,
                        {
                            "sour patch kids": 3,
                            "reese's cups from the candy bowl": 3,
                            "twizzlers": 1,
                            "peanut m&ms": 2,
                        },
                    ),
                    trigger=pick(r, {"candy bowl": 3, "": 1}),
                    emotions=[pick(r, {"Bored": 4, "Tired": 1})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_tomasz(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5:
            falling = 0.4 if ago < TREND else 1.0
            for _ in range(count_for(r, (2.2 if wd == 1 else 1.0) * falling)):
                b.add(
                    d,
                    pick(r, {6: 3, 7: 3, 8: 2}),
                    "energy",
                    pick(r, {"tiger z żabki": 3, "monster przed zmianą": 2, "black energy": 1, "a cold redbull": 1}),
                    trigger="monday shift" if wd == 1 else "",
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        if d.month == 1 and d.year == (b.today.year if b.today.month > 1 else b.today.year - 1):
            continue  # suchy styczeń: no beer at all in the latest January that has ended
        m = 2.2 if d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, {5: 0.9, 6: 1.6, 7: 0.3}.get(wd, 0.1) * m)):
            b.add(
                d,
                pick(r, {17: 2, 18: 3, 19: 3, 20: 2}),
                "alcohol",
                pick(r, {"zimne piwko": 3, "żywiec z chłopakami": 2, "tyskie na grillu": 2, "a cold lech": 1}),
                trigger="grill" if m > 1 and wd == 6 else "",
                emotions=[pick(r, {"Happy": 3, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )


def gen_ines(b: Builder) -> None:
    spec = [
        (48, 16, "sweets", "um pastel de nata", "Work", ["Coworkers"], "Hungry", 5, 4),
        (35, 23, "phone", "instagram na cama", "Home", ["Alone"], "Bored", 4, 3),
        (21, 19, "alcohol", "uma imperial com amigos", "Social", ["Friends"], "Happy", 6, 5),
        (9, 11, "sweets", "bola de berlim na praia", "Outside", ["Family"], "Happy", 5, 9),
        (3, 22, "cigarettes", "apetece-me um cigarro", "Social", ["Friends"], "Anxious", 6, 6),
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
            minute=20,
        )


GENERATORS = {
    "aroha": gen_aroha,
    "rahul": gen_rahul,
    "catalina": gen_catalina,
    "daan": gen_daan,
    "mei": gen_mei,
    "brooke": gen_brooke,
    "tomasz": gen_tomasz,
    "ines": gen_ines,
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
