"""Eight generated people for the eighth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (April, February, January, the winter and summer months), everything
else (a quit, a stop, a cut-down, a new habit, a gap, a falling trend) on days before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- rosa     Europe/Madrid (+1), 480 days: soda (coca-cola, coke zero, fanta) on weekday afternoons (14:00) at work
  with coworkers, tired, "with lunch"; QUIT soda on a named date QUIT_SODA days ago: a few slips since, mostly
  resisted; drinks (gin tonic, cubatas, chupitos) late on Friday / Saturday nights out with friends, happy,
  "night out"; fast food (burger king, kebab, telepizza) late at night on the nights she drinks (association
  "yes"); no link between soda days and fast food ("no").
- callum   America/St_Johns (-3:30, a half-hour offset), 550 days: beer on the deck with friends in summer
  evenings (summer the peak season) but this summer well under last summer; gaming (xbox, call of duty,
  fortnite) craved most on weekday afternoons at work and mostly resisted there, but given in late at night at
  home alone; NOTHING logged from CALLUM_GAP days ago (his longest gap). No link between beer days and gaming.
- ingrid   Europe/Oslo (+1), 520 days: sweets (smågodt, freia, kvikk lunsj) on Saturday afternoons at home with
  family, happy, "saturday candy", April (Easter) by far the worst month; snus on weekday mornings at work,
  STOPPED SNUS_STOP days ago; coffee on weekday mornings and after lunch at work.
- tahlia   Australia/Adelaide (southern, +9:30/+10:30), 500 days: wine (shiraz, a glass of red) in the evening at
  home with her partner, tired, "kids in bed", mostly Friday / Saturday, winter (Jun-Aug) the peak season;
  iced coffee (farmers union) on weekday mornings at work at smoko; betting (sportsbet multis, pokies) NEW since
  BET_NEW days ago at the pub with friends. No link between wine days and coffee.
- lucas    America/Sao_Paulo (southern, -3), 460 days: beer (cerveja, chopp) on Friday / Saturday evenings at the
  bar with friends, happy, "happy hour", February (Carnaval) the worst month; cigarettes on weekday smoke breaks
  outside alone and far more on beer days (association "yes"); cutting down since CUT_SMOKE days ago ("8 weeks
  ago"): fewer, mostly resisted; cafezinho on weekday mornings at work (no link with beer days).
- nadia    America/Los_Angeles (-8), 420 days: vaping (elf bar, geek bar) on weekday mornings (08:00) and in the
  late afternoon in the car, alone, anxious, "traffic", falling to half over the last quarter; one day with nine
  vape logs BUSY days ago; weed (edibles, dab pen) late at night at home alone, "to fall asleep", her strongest;
  snacks (hot cheetos, takis) on weed nights (association "yes").
- sanne    Europe/Amsterdam (+1), 480 days: her phone (instagram, tiktok, scrollen) first thing in the morning in
  bed, alone, tired, "waking up"; deleted tiktok on a named date TIKTOK days ago: under half the rate since,
  resisted more; online shopping (zalando, vinted, bol.com) on weekday lunch breaks at work, bored, January
  (sales) the peak month; energy drinks (red bull, monster) on weekday afternoons at work (no link with phone days).
- pema     Asia/Kathmandu (+5:45), 7 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261208
QUIT_SODA = 38  # rosa quit soda (the question names the date)
CALLUM_GAP = (250, 214)  # callum logged nothing from 250 to 214 days ago
SNUS_STOP = 75  # ingrid's last snus was just before this
BET_NEW = 19  # tahlia's first bet craving
CUT_SMOKE = 56  # lucas began cutting down on cigarettes ("8 weeks ago")
TREND = 90  # nadia: vaping falls over the last TREND days
BUSY = 9  # nadia's day of nine vape logs
TIKTOK = 27  # sanne deleted tiktok (the question names the date)


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("rosa", "Europe/Madrid", 480, facts={"quit": QUIT_SODA}),
    Person("callum", "America/St_Johns", 550, facts={"gap": CALLUM_GAP}),
    Person("ingrid", "Europe/Oslo", 520, facts={"stop": SNUS_STOP}),
    Person("tahlia", "Australia/Adelaide", 500, southern=True, facts={"new": BET_NEW}),
    Person("lucas", "America/Sao_Paulo", 460, southern=True, facts={"cut": CUT_SMOKE}),
    Person("nadia", "America/Los_Angeles", 420, facts={"trend": TREND, "busy": BUSY}),
    Person("sanne", "Europe/Amsterdam", 480, facts={"quit": TIKTOK}),
    Person("pema", "Asia/Kathmandu", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "with lunch": [
        "lunch",
        "lunchtime",
        "with lunch",
        "la comida",
        "comida",
        "almuerzo",
        "comer",
        "mittagessen",
        "déjeuner",
        "pranzo",
        "almoço",
        "meal",
        "meals",
    ],
    "night out": [
        "night out",
        "nights out",
        "going out",
        "out partying",
        "partying",
        "party",
        "clubbing",
        "club",
        "de fiesta",
        "fiesta",
        "salir",
        "la noche",
        "drinks",
        "drinking",
    ],
    "patio weather": ["patio", "deck", "weather", "nice weather", "sunny", "sunshine", "warm", "hot day", "summer"],
    "bored at work": ["bored at work", "boredom", "bored", "slow day", "nothing to do", "dull", "meetings"],
    "saturday candy": [
        "saturday candy",
        "saturday sweets",
        "saturday treat",
        "lørdagsgodt",
        "lördagsgodis",
        "candy day",
        "weekend treat",
        "treat day",
        "saturday",
        "saturdays",
    ],
    "before meetings": ["meeting", "meetings", "before meetings", "standup", "stand-up", "møte"],
    "kids in bed": [
        "kids in bed",
        "kids are in bed",
        "kids asleep",
        "kids are asleep",
        "kids",
        "put the kids down",
        "bedtime",
        "after bedtime",
    ],
    "smoko": ["smoko", "morning tea", "break", "breaks", "coffee break", "smoko break"],
    "footy": ["footy", "afl", "the game", "football", "cricket", "big bash", "the match"],
    "happy hour": ["happy hour", "happy-hour", "after work", "sextou", "saideira", "end of the week", "drinks"],
    "smoke break": ["smoke break", "smoke breaks", "break", "breaks", "pausa", "intervalo", "stress", "work stress"],
    "traffic": [
        "traffic",
        "commute",
        "commuting",
        "driving",
        "drive",
        "in the car",
        "the car",
        "freeway",
        "stuck in traffic",
        "the 405",
    ],
    "to fall asleep": ["sleep", "fall asleep", "to sleep", "can't sleep", "insomnia", "wind down", "bedtime", "in bed"],
    "munchies": ["munchies", "the munchies", "high", "after weed", "after smoking", "stoned", "edible", "hungry"],
    "waking up": [
        "waking up",
        "wake up",
        "you wake",
        "woke up",
        "first thing",
        "alarm",
        "wakker worden",
        "opstaan",
        "still in bed",
        "in bed",
        "risveglio",
        "appena sveglia",
        "al despertar",
        "despertar",
        "ao acordar",
        "acordar",
        "au réveil",
        "réveil",
        "aufwachen",
        "beim aufwachen",
        "wakker",
    ],
    "lunch break": ["lunch break", "lunch", "lunchtime", "lunchpauze", "pauze", "midday break"],
    "sales": ["sale", "sales", "uitverkoop", "korting", "discount", "discounts", "deals", "promo", "january sales"],
    "afternoon dip": [
        "dip",
        "middagdip",
        "slump",
        "afternoon dip",
        "afternoon slump",
        "energy dip",
        "tired",
        "3 pm",
        "3pm",
    ],
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
        gap = self.person.facts.get("gap")
        if gap and gap[1] <= (self.today - local.date()).days <= gap[0]:
            return  # a stretch with nothing logged at all
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


def latest_summer_year(today: date) -> int:
    """The year of the most recent northern summer that has begun."""
    return today.year if today.month >= 6 else today.year - 1


def gen_rosa(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        quit_ = ago < QUIT_SODA
        weekday = wd <= 5
        for _ in range(count_for(r, (1.3 if weekday else 0.4) * (0.15 if quit_ else 1.0))):
            b.add(
                d,
                pick(r, {14: 4, 15: 2, 11: 1}) if weekday else pick(r, {14: 1, 15: 1}),
                "soda",
                pick(
                    r,
                    {
                        "una coca-cola con la comida": 3,
                        "coke zero from the machine": 2,
                        "a cold fanta": 1,
                        "cocacola bien fría": 2,
                    },
                ),
                trigger=pick(r, {"with lunch": 3, "": 1}),
                emotions=["Tired"] if weekday else ["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.85 if quit_ else 0.2),
                location="Work" if weekday else "Home",
                people=["Coworkers"] if weekday else ["Family"],
            )
        drinks = count_for(r, {5: 0.7, 6: 1.3}.get(wd, 0.06))
        for _ in range(drinks):
            b.add(
                d,
                pick(r, {22: 2, 23: 2, 21: 1}),
                "alcohol",
                pick(r, {"un gin tonic": 3, "cubatas con las chicas": 2, "chupitos": 1, "una copa más": 2}),
                trigger=pick(r, {"night out": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        for _ in range(count_for(r, 0.04 + (1.3 if drinks else 0.0))):
            b.add(
                d,
                pick(r, {22: 1, 23: 3}),
                "fast_food",
                pick(
                    r,
                    {
                        "burger king after the club": 3,
                        "un kebab de camino a casa": 2,
                        "telepizza con las chicas": 1,
                        "mcdonald's, no judgement": 2,
                    },
                ),
                trigger=pick(r, {"night out": 3, "": 1}) if drinks else "",
                emotions=["Happy"] if drinks else ["Bored"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.2),
                location="Social" if drinks else "Home",
                people=["Friends"] if drinks else ["Alone"],
            )


def gen_callum(b: Builder) -> None:
    r = b.rng
    summer_year = latest_summer_year(b.today)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = d.month in (6, 7, 8)
        rate = (1.6 * (0.45 if d.year == summer_year else 1.0)) if summer else 0.3
        beers = count_for(r, rate)
        for _ in range(beers):
            b.add(
                d,
                pick(r, {18: 1, 19: 3, 20: 2, 21: 1}),
                "alcohol",
                pick(r, {"a cold one on the deck": 3, "quidi vidi with the boys": 2, "couple of beers": 2})
                if summer
                else pick(r, {"pint at the pub": 2, "a beer after work": 2, "screech night": 1}),
                trigger="patio weather" if summer else "",
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Outside" if summer else "Social",
                people=["Friends"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.1)):
                b.add(
                    d,
                    pick(r, {14: 2, 15: 3, 16: 2}),
                    "gaming",
                    pick(
                        r, {"want to hop on cod": 3, "thinking about ranked": 2, "could really go for some fortnite": 1}
                    ),
                    trigger=pick(r, {"bored at work": 3, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.85),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 0.15 if beers else 0.55)):  # a night out with the boys: little gaming after
            b.add(
                d,
                pick(r, {23: 3, 24: 2}),
                "gaming",
                pick(r, {"xbox till 2 again": 3, "one more ranked game": 2, "call of duty, just one match": 2}),
                emotions=[pick(r, {"Bored": 1, "Lonely": 2})],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.12),
                location="Home",
                people=["Alone"],
            )


def gen_ingrid(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        easter = 4.5 if d.month == 4 else 1.0
        sat = wd == 6
        for _ in range(count_for(r, (2.0 if sat else 0.15) * easter)):
            b.add(
                d,
                pick(r, {14: 1, 15: 2, 16: 2}) if sat else pick(r, {20: 2, 21: 1}),
                "sweets",
                pick(
                    r,
                    {
                        "smågodt from the bag": 3,
                        "a kvikk lunsj": 2,
                        "freia melkesjokolade": 2,
                        "påskegodt": 3 if d.month == 4 else 0,
                    },
                ),
                trigger="saturday candy" if sat else "",
                emotions=["Happy"] if sat else ["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"] if sat else ["Alone"],
            )
        if ago >= SNUS_STOP:
            for _ in range(count_for(r, 2.0 if wd <= 5 else 0.4)):
                b.add(
                    d,
                    pick(r, {8: 2, 9: 3, 10: 2}) if wd <= 5 else pick(r, {12: 1, 13: 1}),
                    "nicotine",
                    pick(r, {"a snus before the meeting": 3, "snus under the lip": 2, "want a pris": 1}),
                    trigger=pick(r, {"before meetings": 2, "": 1}) if wd <= 5 else "",
                    emotions=[pick(r, {"Anxious": 3, "Tired": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work" if wd <= 5 else "Home",
                    people=["Coworkers"] if wd <= 5 else ["Family"],
                )
        if wd <= 5:
            for _ in range(count_for(r, 1.4)):
                b.add(
                    d,
                    pick(r, {9: 3, 10: 1, 13: 1}),
                    "coffee",
                    pick(r, {"another kaffe": 3, "coffee from the office machine": 2, "a cappuccino": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.15),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_tahlia(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        winter = 2.5 if d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, {5: 1.0, 6: 1.0}.get(wd, 0.3) * winter)):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "alcohol",
                pick(r, {"a glass of shiraz": 3, "glass of red on the couch": 2, "the rest of the bottle": 1}),
                trigger=pick(r, {"kids in bed": 3, "": 1}),
                emotions=[pick(r, {"Tired": 3, "Sad": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.1)):
                b.add(
                    d,
                    pick(r, {10: 4, 11: 1}),
                    "coffee",
                    pick(r, {"farmers union iced coffee": 3, "a big iced coffee": 2, "flat white at smoko": 1}),
                    trigger=pick(r, {"smoko": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago <= BET_NEW:
            for _ in range(max(count_for(r, {5: 1.5, 6: 1.5}.get(wd, 0.3)), 1 if ago == BET_NEW else 0)):
                b.add(
                    d,
                    pick(r, {19: 1, 20: 2, 21: 1}),
                    "gambling",
                    pick(r, {"sportsbet multi": 3, "the pokies at the pub": 2, "a cheeky multi on the cricket": 2}),
                    trigger=pick(r, {"footy": 2, "": 1}),
                    emotions=[pick(r, {"Happy": 2, "Anxious": 1})],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.3),
                    location="Social",
                    people=["Friends"],
                )


def gen_lucas(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CUT_SMOKE
        carnaval = 4.0 if d.month == 2 else 1.0
        beers = count_for(r, {5: 1.5, 6: 0.9}.get(wd, 0.15) * carnaval)
        for _ in range(beers):
            b.add(
                d,
                pick(r, {18: 2, 19: 3, 20: 2}),
                "alcohol",
                pick(r, {"uma gelada no boteco": 3, "chopp com a galera": 2, "a cold brahma": 2, "mais uma skol": 1}),
                trigger=pick(r, {"happy hour": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.3 * (0.4 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {10: 2, 15: 2, 16: 1}),
                    "cigarettes",
                    pick(r, {"um cigarro no intervalo": 3, "a smoke outside the office": 2, "one marlboro": 1}),
                    trigger=pick(r, {"smoke break": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.7 if cut else 0.2),
                    location="Outside",
                    people=["Alone"],
                )
        if beers:
            for _ in range(count_for(r, 2.8 * (0.4 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {19: 2, 20: 2, 21: 2}),
                    "cigarettes",
                    pick(r, {"cigarro com a cerveja": 3, "bummed a smoke at the bar": 2}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.7 if cut else 0.1),
                    location="Social",
                    people=["Friends"],
                )
        if wd <= 5:
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {8: 3, 9: 1}),
                    "coffee",
                    pick(r, {"um cafezinho": 3, "espresso from the machine": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.15),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_nadia(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        falling = 0.5 if ago < TREND else 1.0
        weekday = wd <= 5
        for _ in range(count_for(r, (2.2 if weekday else 1.0) * falling)):
            b.add(
                d,
                pick(r, {8: 4, 17: 2, 18: 1}) if weekday else pick(r, {13: 1, 15: 1}),
                "vaping",
                pick(r, {"hitting the elf bar in traffic": 3, "geek bar on the 405": 2, "need my nic": 2})
                if weekday
                else pick(r, {"vape on the balcony": 1, "a few hits": 1}),
                trigger=pick(r, {"traffic": 3, "": 1}) if weekday else "",
                emotions=["Anxious"] if weekday else ["Bored"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Outside" if weekday else "Home",
                people=["Alone"],
            )
        if ago == BUSY:  # one awful day: her busiest of the last weeks
            for hour in (7, 8, 9, 11, 13, 15, 17, 18, 20):
                b.add(
                    d,
                    hour,
                    "vaping",
                    "vaping nonstop, worst day",
                    emotions=["Anxious"],
                    intensity=r.randint(6, 8),
                    resistance=resist_value(r, 0.05),
                    location="Outside",
                    people=["Alone"],
                )
        weed = count_for(r, 0.6)
        for _ in range(weed):
            b.add(
                d,
                pick(r, {22: 2, 23: 2}),
                "cannabis",
                pick(r, {"an edible to sleep": 3, "dab pen before bed": 2, "a bowl on the couch": 1}),
                trigger=pick(r, {"to fall asleep": 3, "": 1}),
                emotions=[pick(r, {"Anxious": 2, "Bored": 1})],
                intensity=r.randint(7, 10),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Alone"],
            )
        for _ in range(count_for(r, 0.08 + (1.2 if weed else 0.0))):
            b.add(
                d,
                23,
                "snacks",
                pick(r, {"hot cheetos": 3, "a bag of takis": 2, "chips and salsa": 1}),
                trigger="munchies" if weed else "",
                emotions=["Hungry"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.1),
                location="Home",
                people=["Alone"],
            )


def gen_sanne(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        deleted = ago < TIKTOK
        for _ in range(count_for(r, 1.5 * (0.4 if deleted else 1.0))):
            b.add(
                d,
                pick(r, {7: 4, 8: 2, 22: 1}) if wd <= 5 else pick(r, {9: 3, 10: 2}),
                "phone",
                pick(r, {"instagram before getting up": 3, "tiktok in bed": 0 if deleted else 3, "scrollen": 2}),
                trigger=pick(r, {"waking up": 3, "": 1}),
                emotions=["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.6 if deleted else 0.2),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            sales = 4.0 if d.month == 1 else 1.0
            for _ in range(count_for(r, 0.5 * sales)):
                b.add(
                    d,
                    pick(r, {12: 3, 13: 1}),
                    "shopping",
                    pick(r, {"zalando cart": 3, "vinted, just looking": 2, "bol.com deals": 1}),
                    trigger=pick(r, {"lunch break": 2, "sales": 2 if d.month == 1 else 0, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=["Alone"],
                )
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {15: 3, 16: 2}),
                    "energy",
                    pick(r, {"red bull at my desk": 3, "a monster from the AH": 2}),
                    trigger=pick(r, {"afternoon dip": 2, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_pema(b: Builder) -> None:
    spec = [
        (51, 9, "coffee", "second cup of black coffee", "Work", ["Coworkers"], "Tired", 4, 6),
        (40, 19, "cigarettes", "one surya with the boys", "Social", ["Friends"], "Happy", 6, 3),
        (33, 22, "phone", "scrolling tiktok in bed", "Home", ["Alone"], "Bored", 4, 5),
        (24, 16, "sweets", "jeri from the shop", "Outside", ["Friends"], "Happy", 5, 8),
        (17, 13, "cigarettes", "a smoke after lunch", "Work", ["Coworkers"], "Anxious", 6, 7),
        (10, 20, "alcohol", "a tongba at the party", "Social", ["Friends"], "Happy", 5, 4),
        (4, 8, "coffee", "coffee before class", "Outside", ["Alone"], "Tired", 3, 9),
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
            minute=10,
        )


GENERATORS = {
    "rosa": gen_rosa,
    "callum": gen_callum,
    "ingrid": gen_ingrid,
    "tahlia": gen_tahlia,
    "lucas": gen_lucas,
    "nadia": gen_nadia,
    "sanne": gen_sanne,
    "pema": gen_pema,
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
