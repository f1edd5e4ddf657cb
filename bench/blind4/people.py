"""Eight generated people for the fourth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved) and, where the log's words also mention a second thing,
that thing in `also`; ground truth never depends on the product's own text matching. Rows use the app's
fields: description (cravingDescription), intensity (cravingStrength), resistance (confidenceToResist;
resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions, location, people, trigger, and a local
timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- thandi     Africa/Johannesburg (southern, +2), 520 days: fizzy drinks (coke, stoney, fanta) on weekday
  afternoons at Work, Tired, "3pm slump"; peak season her summer (Dec-Feb); joined the gym GYM days ago:
  fewer since and more resisted; online shopping (takealot, shein) on Sunday evenings at Home, Alone, Bored,
  mostly given in, and all through November (black friday sales): her peak month.
- bikash     Asia/Kathmandu (+5:45), 430 days: late-night snacking (wai wai, momo, chatpate) from 11 pm into
  the small hours at Home, Alone, Anxious, "studying late", most on Thursday nights (after-midnight logs count
  for the evening before), mostly given in; mobile gaming (pubg, free fire) on weekend afternoons with
  Friends, his strongest cravings; vaping at Work on weekday mornings STOPPED VAPE_STOP days ago.
- martina    America/Argentina/Buenos_Aires (southern, -3), 560 days: wine (malbec, fernet) in the evening
  at Home with Family; peak her winter (Jun-Aug), the latest winter x2.5 against x1.3 the one before;
  started therapy THERAPY days ago: about a third of the rate since, far more resisted; facturas / medialunas
  on weekday mornings at Work with Coworkers, Hungry, most on Mondays; online shopping (mercado libre) late
  at night now and then.
- oskar      Europe/Stockholm, 480 days: snus on weekdays at Work, rising over the year, most on Mondays;
  nicotine gum GUM days ago: far fewer since, more resisted; gaming (cs2, faceit) on Friday/Saturday nights
  at Home with Friends, the strongest cravings, nearly always given in; a GAP-day gaming gap ending GAP_END
  days ago.
- priya      Australia/Adelaide (southern, +10:30 in December), 400 days: cannabis edibles (gummies) in the
  evening at Home, Alone, Anxious, most on Fridays; cigarillos NEW since CIGAR_START days ago (evenings
  Outside with Friends, "brother visiting"); late-night online shopping (asos, the iconic, afterpay), peak
  her winter (Jun-Aug).
- marguerite Europe/Paris, 560 days: pastries (croissant, pain au chocolat) on weekday mornings Outside
  (the boulangerie) Alone, Hungry; wine (rosé, apéro) in the evening, Social with Friends, most on Thursdays,
  summer peak (latest summer x2.2 against x1.2); started running RUN days ago: far less wine since.
- tyler      America/Chicago (-6), 420 days: sports betting (draftkings, fanduel, parlays) on Sunday
  afternoons in football season (Sep-Nov, fewer games Dec-Jan) at Home with Friends, nearly always given in; autumn peak; soda
  (mountain dew, dr pepper) on afternoons at Work, Tired; far more soda on betting days (association).
- amara      Africa/Lagos, 6 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261206
GYM = 80  # thandi joined the gym
VAPE_STOP = 70  # bikash
THERAPY = 50  # martina started therapy
GUM = 21  # oskar got nicotine gum
GAP_END = 120  # oskar: a gaming gap (a trip)
GAP = 30
CIGAR_START = 20  # priya
RUN = 66  # marguerite started running


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("thandi", "Africa/Johannesburg", 520, southern=True, facts={"gym": GYM}),
    Person("bikash", "Asia/Kathmandu", 430, facts={"vape_stop": VAPE_STOP}),
    Person("martina", "America/Argentina/Buenos_Aires", 560, southern=True, facts={"therapy": THERAPY}),
    Person("oskar", "Europe/Stockholm", 480, facts={"gum": GUM, "gap_end": GAP_END, "gap": GAP}),
    Person("priya", "Australia/Adelaide", 400, southern=True, facts={"cigar_start": CIGAR_START}),
    Person("marguerite", "Europe/Paris", 560, facts={"run": RUN}),
    Person("tyler", "America/Chicago", 420),
    Person("amara", "Africa/Lagos", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "3pm slump": ["slump", "3pm", "3 pm", "afternoon", "tired", "energy dip", "crash"],
    "sunday blues": ["sunday blues", "sunday", "blues", "domingo"],
    "black friday deals": ["black friday", "deals", "sales", "sale"],
    "studying late": ["studying", "study", "studies", "exam", "exams", "late"],
    "squad online": ["squad", "online", "friends"],
    "morning meeting": ["meeting", "meetings", "stand-up", "standup"],
    "dinner": ["dinner", "cena", "comida", "meal"],
    "coffee break": ["coffee", "break", "café", "merienda", "desayuno"],
    "deadline stress": ["deadline", "deadlines", "stress", "stressed", "pressure", "work"],
    "faceit night": ["faceit", "cs2", "match", "friends", "squad"],
    "end of the week": ["end of the week", "week", "friday", "weekend"],
    "brother visiting": ["brother", "visit", "visiting", "family"],
    "cant sleep": ["sleep", "insomnia", "can't sleep", "cant sleep", "awake"],
    "boulangerie on the way": ["boulangerie", "bakery", "on the way", "commute", "way to work"],
    "apéro": ["apéro", "apero", "aperitif", "drinks", "afterwork", "after-work"],
    "game day": ["game day", "game", "games", "football", "nfl", "sunday"],
    "long shift": ["shift", "work", "long day"],
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


def gen_thandi(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        gym = ago < GYM
        summer = 2.6 if d.month in (12, 1, 2) else 1.0  # her summer
        rate = (1.3 if wd <= 5 else 0.25) * summer * (0.4 if gym else 1.0)
        for _ in range(count_for(r, rate)):
            work = wd <= 5
            b.add(
                d,
                pick(r, {14: 3, 15: 4, 16: 2}),
                "soda",
                pick(
                    r,
                    {
                        "need an ice cold coke": 3,
                        "craving a stoney ginger beer": 2,
                        "fanta grape from the tuckshop": 1,
                        "want a coke zero... the real one tho": 1,
                    },
                ),
                trigger="3pm slump" if work else "",
                emotions=[pick(r, {"Tired": 4, "Bored": 2})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.7 if gym else 0.3),
                location="Work" if work else "Home",
                people=[pick(r, {"Coworkers": 2, "Alone": 1})] if work else ["Family"],
            )
        black_friday = 0.6 if d.month == 11 else 0.0  # the sales run all November
        for _ in range(count_for(r, (1.3 if wd == 7 else 0.1) + black_friday)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 2}),
                "shopping",
                pick(r, {"takealot cart is full again": 2, "want to order from shein": 3, "superbalist sale urge": 1}),
                trigger="sunday blues" if wd == 7 else "black friday deals" if black_friday else "",
                emotions=[pick(r, {"Bored": 4, "Sad": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Home",
                people=["Alone"],
            )


def gen_bikash(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        for _ in range(count_for(r, 2.6 if wd == 4 else 0.6)):
            b.add(
                d,
                pick(r, {23: 3, 24: 3, 25: 2}),
                "snacks",
                pick(
                    r,
                    {"want wai wai at midnight": 3, "craving momo": 2, "chatpate urge": 1, "instant noodles again": 2},
                ),
                trigger=pick(r, {"studying late": 3, "": 1}),
                emotions=[pick(r, {"Anxious": 4, "Hungry": 2, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Alone"],
            )
        weekend = wd >= 6
        for _ in range(count_for(r, 1.5 if weekend else 0.3)):
            b.add(
                d,
                pick(r, {13: 2, 14: 3, 15: 3, 16: 2}) if weekend else pick(r, {19: 1, 20: 1}),
                "gaming",
                pick(r, {"one more pubg match": 3, "free fire with the boys": 2, "want to push rank": 1}),
                trigger="squad online" if weekend else "",
                emotions=[pick(r, {"Happy": 3, "Bored": 1})],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.12 if weekend else 0.5),
                location="Home",
                people=["Friends"] if weekend else ["Alone"],
            )
        if ago >= VAPE_STOP and wd <= 5:
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {9: 3, 10: 3, 11: 2}),
                    "vaping",
                    pick(r, {"want a hit of my vape": 3, "elf bar craving": 2}),
                    trigger="morning meeting",
                    emotions=[pick(r, {"Tired": 2, "Anxious": 2})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_martina(b: Builder) -> None:
    r = b.rng
    winter = latest(b.today, 6)  # her winter is Jun-Aug
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        therapy = ago < THERAPY
        m = 1.0
        if d.month in (6, 7, 8):
            m = 2.5 if d.year == winter else 1.3
        for _ in range(count_for(r, 0.8 * m * (0.33 if therapy else 1.0))):
            b.add(
                d,
                pick(r, {20: 2, 21: 3}),
                "alcohol",
                pick(r, {"un malbec con la cena": 3, "quiero una copa de vino": 2, "fernet con coca": 1}),
                trigger="dinner",
                emotions=[pick(r, {"Tired": 2, "Happy": 1, "Sad": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.85 if therapy else 0.2),
                location="Home",
                people=["Family"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 2.0 if wd == 1 else 0.6)):
                b.add(
                    d,
                    pick(r, {9: 3, 10: 3, 11: 1}),
                    "sweets",
                    pick(r, {"medialunas de manteca": 3, "antojo de facturas": 2, "un alfajor havanna": 1}),
                    trigger=pick(r, {"coffee break": 3, "": 1}),
                    emotions=[pick(r, {"Hungry": 4, "Bored": 1})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.5),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 0.15)):
            b.add(
                d,
                pick(r, {23: 2, 24: 1}),
                "shopping",
                pick(r, {"carrito de mercado libre": 2, "quiero comprar zapatillas": 1}),
                emotions=["Bored"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.6),
                location="Home",
                people=["Alone"],
            )


def gen_oskar(b: Builder) -> None:
    r = b.rng
    days = b.person.days
    for ago in range(days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5:
            t = (days - ago) / days
            gum = ago < GUM
            rate = (0.7 + 1.3 * t) * (2.2 if wd == 1 else 1.0) * (0.35 if gum else 1.0)
            for _ in range(count_for(r, rate)):
                b.add(
                    d,
                    pick(r, {8: 2, 9: 3, 10: 3, 14: 2}),
                    "nicotine",
                    pick(r, {"need a prilla": 3, "craving general white": 2, "snus urge before standup": 1}),
                    trigger=pick(r, {"deadline stress": 2, "": 2}),
                    emotions=[pick(r, {"Anxious": 3, "Tired": 2})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.7 if gum else 0.2),
                    location="Work",
                    people=[pick(r, {"Coworkers": 3, "Alone": 1})],
                )
        if GAP_END <= ago < GAP_END + GAP:
            continue
        for _ in range(count_for(r, {5: 1.1, 6: 2.0}.get(wd, 0.0))):
            b.add(
                d,
                pick(r, {22: 3, 23: 3, 24: 2, 25: 1}),
                "gaming",
                pick(r, {"one more faceit match": 3, "cs2 with the squad": 2, "want to grind premier": 1}),
                trigger="faceit night",
                emotions=["Happy"],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.08),
                location="Home",
                people=["Friends"],
            )


def gen_priya(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        for _ in range(count_for(r, 1.8 if wd == 5 else 0.35)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 2}),
                "cannabis",
                pick(r, {"want a gummy": 3, "craving an edible to unwind": 2, "thinking about the choc edibles": 1}),
                trigger=pick(r, {"end of the week": 2, "": 1}) if wd == 5 else "",
                emotions=[pick(r, {"Anxious": 4, "Tired": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        if ago <= CIGAR_START:
            for _ in range(max(count_for(r, 0.8), 1 if ago == CIGAR_START else 0)):
                b.add(
                    d,
                    pick(r, {18: 2, 19: 3}),
                    "cigars",
                    pick(r, {"want a cigarillo": 3, "swisher sweet craving": 2, "one of brother's cohibas": 1}),
                    trigger="brother visiting",
                    emotions=["Happy"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.35),
                    location="Outside",
                    people=["Friends"],
                )
        m = 3.0 if d.month in (6, 7, 8) else 1.0  # her winter
        for _ in range(count_for(r, 0.3 * m)):
            b.add(
                d,
                pick(r, {22: 2, 23: 3}),
                "shopping",
                pick(r, {"asos basket again": 2, "the iconic sale": 2, "afterpay is too easy": 1}),
                trigger="cant sleep",
                emotions=[pick(r, {"Bored": 3, "Lonely": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.5),
                location="Home",
                people=["Alone"],
            )


def gen_marguerite(b: Builder) -> None:
    r = b.rng
    summer = latest(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5:
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {7: 3, 8: 4, 9: 1}),
                    "sweets",
                    pick(r, {"un pain au chocolat": 3, "croissant au beurre": 2, "envie d'un éclair": 1}),
                    trigger=pick(r, {"boulangerie on the way": 3, "": 1}),
                    emotions=[pick(r, {"Hungry": 4, "Tired": 1})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.35),
                    location="Outside",
                    people=["Alone"],
                )
        m = 1.0
        if d.month in (6, 7, 8):
            m = 2.2 if d.year == summer else 1.2
        run = 0.35 if ago < RUN else 1.0
        for _ in range(count_for(r, {4: 1.5, 5: 0.9}.get(wd, 0.15) * m * run)):
            b.add(
                d,
                pick(r, {19: 3, 20: 3, 21: 1}),
                "alcohol",
                pick(r, {"un verre de rosé": 3, "apéro en terrasse": 2, "un verre de rouge": 2}),
                trigger="apéro",
                emotions=[pick(r, {"Happy": 3, "Tired": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.8 if ago < RUN else 0.2),
                location="Social",
                people=["Friends"],
            )


def gen_tyler(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        season = 2.0 if d.month in (9, 10, 11) else 1.0 if d.month in (12, 1) else 0.3  # playoffs: fewer games
        bets = 0
        for _ in range(count_for(r, season if wd == 7 else 0.1)):
            bets += 1
            sunday = wd == 7
            b.add(
                d,
                pick(r, {12: 2, 13: 2, 15: 3, 16: 2}) if sunday else pick(r, {21: 1, 22: 1}),
                "gambling",
                pick(r, {"want to throw a parlay on draftkings": 3, "fanduel same game parlay": 2, "one more bet": 1}),
                trigger="game day" if sunday else "",
                emotions=[pick(r, {"Happy": 2, "Anxious": 2})],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.1),
                location="Home",
                people=["Friends"] if sunday else ["Alone"],
            )
        rate = 1.1 if wd <= 5 else 0.3
        for _ in range(count_for(r, rate + (2.0 if bets else 0))):  # a betting day is a soda day
            work = wd <= 5
            b.add(
                d,
                pick(r, {13: 2, 14: 3, 15: 2}),
                "soda",
                pick(r, {"need a mountain dew": 3, "dr pepper craving": 2, "big gulp from the gas station": 1}),
                trigger="long shift" if work else "",
                emotions=[pick(r, {"Tired": 4, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.35),
                location="Work" if work else "Home",
                people=["Coworkers"] if work else ["Friends"],
            )


def gen_amara(b: Builder) -> None:
    spec = [
        (52, 20, "sweets", "want puff puff", "Home", ["Family"], "Hungry", 5, 4),
        (40, 15, "soda", "craving a cold malta", "Work", ["Coworkers"], "Tired", 4, 8),
        (27, 22, "phone", "scrolling twitter in bed", "Home", ["Alone"], "Bored", 5, 3),
        (16, 19, "alcohol", "want a star beer", "Social", ["Friends"], "Happy", 6, 5),
        (8, 13, "sweets", "chin chin urge", "Work", ["Coworkers"], "Bored", 3, 9),
        (2, 21, "soda", "could do with a fanta", "Home", ["Family"], "Tired", 4, 6),
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
            minute=15,
        )


GENERATORS = {
    "thandi": gen_thandi,
    "bikash": gen_bikash,
    "martina": gen_martina,
    "oskar": gen_oskar,
    "priya": gen_priya,
    "marguerite": gen_marguerite,
    "tyler": gen_tyler,
    "amara": gen_amara,
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
