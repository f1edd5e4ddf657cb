"""Nine generated people for the ninth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (October, March, the summer and winter months), everything else (a
quit, a stop, a cut-down, a new habit, a gap, a rising and a falling trend, cravings growing weaker) on days
before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- farid     Asia/Tehran (+3:30, a half-hour offset), 560 days: shisha (ghalyoon, double apple) on Thursday
  evenings at a cafe with friends, happy, "thursday night", summer its peak season and THIS summer well above
  last summer; chips (cheetoz, pofak) late at night at home with family during football; cigarettes (bahman,
  winston) on weekday mornings at work with his tea, anxious, STOPPED SMOKE_STOP days ago; NOTHING logged from
  FARID_GAP days ago (his longest gap). No link between shisha days and chips.
- aditi     Asia/Kolkata (+5:30), 480 days: shopping apps (myntra, flipkart, nykaa) late at night in bed alone,
  bored, October (festive sales) by far the worst month, mostly RESISTED (her best-resisted craving); chai on
  weekday afternoons (16:00) at work with coworkers, tired, "chai break", the cravings much WEAKER over the last
  CHAI_SOFT days; street food (pani puri, chaat) in the evening outside with friends, mostly at weekends.
- tiago     Europe/Lisbon (+0), 430 days: online poker (pokerstars, sit & go) late at night at home alone,
  Sunday its peak night, his strongest craving; deleted the poker app on a named date POKER_QUIT days ago:
  few cravings since, all resisted until one slip POKER_SLIP days ago; pastries (pastel de nata, bola de
  berlim) on weekday mornings (10:00) with coworkers, "coffee break"; porn late at night in bed, lonely,
  "can't sleep", LESS on poker nights (association "no").
- kirra     Australia/Sydney (southern, +10/+11), 560 days: soda (pepsi max, coke, solo) on weekday afternoons
  (15:00) at work, "hot arvo", summer (Dec-Feb) the peak season; cheese (cheese and crackers, a block of tasty)
  in the evening at home with her partner, Friday its peak night, THIS winter (Jun-Aug) double last winter;
  bubble tea (chatime, gong cha) NEW since BOBA_NEW days ago at lunchtime with workmates.
- matthias  Europe/Berlin (+1), 490 days: whisky (laphroaig, talisker) on Friday / Saturday evenings at home
  alone, tired, "end of the week"; cutting down since WHISKY_CUT days ago ("6 weeks ago"): far fewer, mostly
  resisted; cigars on his whisky evenings (association "yes"); chips (chipsfrisch) on Sunday evenings at
  20:00 with his partner during the Tatort (no link with whisky days).
- josefina  America/Santiago (southern, -3/-4), 560 days: cigarettes (puchos) on weekday breaks outside with
  coworkers, "work stress", RISING to double over the last quarter, resisted far more at home than at work or
  out; piscola on Friday / Saturday nights out with friends, "carrete", and many more cigarettes on those
  nights (association "yes"); sweets (sahne-nuss, super 8) in the evening at home with family, winter
  (Jun-Aug) the peak season.
- declan    Europe/Dublin (+0), 540 days: betting (paddy power accas, the horses) on Saturday afternoons at home
  alone, "the racing", March (Cheltenham) the worst month, one day with BET_BINGE_N bets BET_BINGE days ago
  (his busiest day ever); pints (guinness) on Friday evenings at the pub with friends; nicotine pouches (zyn,
  velo) on weekday mornings at work and far more on pint nights (association "yes"); no link between betting
  and pint days ("no").
- freja     Europe/Copenhagen (+1), 470 days: pastries (kanelsnegl, wienerbrod) on weekday mornings (08:00) on
  the way to work, hungry, "passing the bakery", FALLING to under half over the last quarter; liquorice
  (lakrids, piratos) in the evening at home with her boyfriend; nail-biting at work (mostly resisted) and in
  the evening at home in front of the tv (mostly given in); one deadline day NAILS_BAD days ago with eight.
- ngaio     Pacific/Chatham (southern, +12:45/+13:45, a 45-minute offset), 8 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261207
FARID_GAP = (240, 206)  # farid logged nothing from 240 to 206 days ago
SMOKE_STOP = 64  # farid's last cigarette was just before this
CHAI_SOFT = 60  # aditi's chai cravings are far weaker over the last CHAI_SOFT days
POKER_QUIT = 31  # tiago deleted the poker app (the question names the date)
POKER_SLIP = 19  # tiago's first given-in poker craving after the quit
BOBA_NEW = 20  # kirra's first bubble tea
WHISKY_CUT = 42  # matthias began cutting down on whisky ("6 weeks ago")
TREND = 90  # josefina's cigarettes rise and freja's pastries fall over the last TREND days
BET_BINGE = 47  # declan's busiest day of betting
BET_BINGE_N = 14
NAILS_BAD = 12  # freja's worst day of nail-biting: a deadline at work


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("farid", "Asia/Tehran", 560, facts={"gap": FARID_GAP, "stop": SMOKE_STOP}),
    Person("aditi", "Asia/Kolkata", 480, facts={"soft": CHAI_SOFT}),
    Person("tiago", "Europe/Lisbon", 430, facts={"quit": POKER_QUIT, "slip": POKER_SLIP}),
    Person("kirra", "Australia/Sydney", 560, southern=True, facts={"new": BOBA_NEW}),
    Person("matthias", "Europe/Berlin", 490, facts={"cut": WHISKY_CUT}),
    Person("josefina", "America/Santiago", 560, southern=True, facts={"trend": TREND}),
    Person("declan", "Europe/Dublin", 540, facts={"busy": BET_BINGE}),
    Person("freja", "Europe/Copenhagen", 470, facts={"trend": TREND, "bad": NAILS_BAD}),
    Person("ngaio", "Pacific/Chatham", 60, southern=True),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "thursday night": [
        "thursday",
        "thursdays",
        "thursday night",
        "thursday nights",
        "shab-e jomeh",
        "shabe jomeh",
        "end of the week",
        "weekend",
        "the weekend",
    ],
    "football": [
        "football",
        "the football",
        "the game",
        "games",
        "match",
        "matches",
        "the match",
        "soccer",
        "persepolis",
        "esteghlal",
        "watching the game",
    ],
    "tea break": ["tea", "tea break", "chai", "your tea", "with tea", "break", "breaks", "tea breaks"],
    "sale": [
        "sale",
        "sales",
        "big billion days",
        "festive sale",
        "festive sales",
        "deals",
        "deal",
        "discount",
        "discounts",
        "offers",
        "offer",
        "diwali",
        "soldes",
        "promos",
        "promo",
        "promotions",
        "offres",
        "rebajas",
        "ofertas",
        "promoções",
        "saldi",
        "offerte",
        "uitverkoop",
        "aanbiedingen",
        "korting",
        "angebote",
        "rabatte",
        "schnäppchen",
    ],
    "chai break": ["chai break", "chai breaks", "chai", "tea break", "tea", "break", "breaks", "4 pm", "4pm"],
    "passing the stall": [
        "stall",
        "stalls",
        "the stall",
        "street stall",
        "walking past",
        "passing",
        "the smell",
        "smell",
        "thela",
    ],
    "can't sleep": [
        "can't sleep",
        "cant sleep",
        "couldn't sleep",
        "not sleeping",
        "insomnia",
        "sleep",
        "sleepless",
        "trouble sleeping",
        "bedtime",
        "before bed",
        "não consigo dormir",
        "sem sono",
        "dormir",
    ],
    "coffee break": [
        "coffee break",
        "coffee breaks",
        "coffee",
        "pausa",
        "pausa do café",
        "break",
        "breaks",
        "bica",
        "café",
    ],
    "sunday tournament": [
        "sunday",
        "sundays",
        "tournament",
        "tournaments",
        "torneio",
        "torneios",
        "sunday million",
        "domingo",
    ],
    "hot arvo": [
        "hot",
        "heat",
        "hot arvo",
        "hot arvos",
        "hot day",
        "hot days",
        "warm",
        "the heat",
        "weather",
        "heatwave",
    ],
    "friday night": ["friday", "fridays", "friday night", "friday nights", "end of the week", "weekend"],
    "new shop": [
        "new shop",
        "new store",
        "opened",
        "the new place",
        "new place",
        "just opened",
        "new boba",
        "near work",
    ],
    "end of the week": [
        "end of the week",
        "end of a week",
        "the week",
        "long week",
        "friday",
        "fridays",
        "weekend",
        "the weekend",
        "feierabend",
        "wochenende",
        "wochenende",
        "unwind",
        "unwinding",
        "winding down",
    ],
    "tatort": ["tatort", "krimi", "sonntagskrimi", "tv", "telly", "television", "crime show", "the show"],
    "work stress": [
        "stress",
        "stressed",
        "work stress",
        "stress at work",
        "estrés",
        "estres",
        "estresada",
        "pega",
        "the job",
        "new job",
        "deadline",
        "deadlines",
        "boss",
        "jefe",
        "jefa",
        "pressure",
    ],
    "carrete": [
        "carrete",
        "carretes",
        "carretear",
        "party",
        "parties",
        "partying",
        "going out",
        "night out",
        "nights out",
        "fiesta",
        "salir",
    ],
    "after dinner": [
        "after dinner",
        "dinner",
        "after eating",
        "después de comer",
        "después de cenar",
        "cena",
        "postre",
        "dessert",
    ],
    "the racing": [
        "racing",
        "the racing",
        "horses",
        "the horses",
        "horse racing",
        "race",
        "races",
        "cheltenham",
        "the gee-gees",
        "the match",
        "matches",
        "sport",
        "sports",
    ],
    "after work friday": [
        "after work",
        "friday",
        "fridays",
        "friday evening",
        "end of the week",
        "payday",
        "weekend",
    ],
    "passing the bakery": [
        "bakery",
        "the bakery",
        "bakeries",
        "bageri",
        "bageriet",
        "passing",
        "walking past",
        "the smell",
        "smell",
        "on the way",
        "on your way",
        "commute",
    ],
    "deadlines": [
        "deadline",
        "deadlines",
        "work",
        "stress",
        "stressed",
        "pressure",
        "meeting",
        "meetings",
        "calls",
        "zoom",
    ],
    "tv": ["tv", "telly", "television", "netflix", "watching tv", "series", "a show", "shows", "the couch", "sofa"],
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


def gen_farid(b: Builder) -> None:
    r = b.rng
    summer_year = latest_summer_year(b.today)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = d.month in (6, 7, 8)
        boost = (2.6 if d.year == summer_year else 1.3) if summer else 1.0
        shisha = count_for(r, {4: 1.4, 5: 0.5}.get(wd, 0.12) * boost)
        for _ in range(shisha):
            b.add(
                d,
                pick(r, {20: 1, 21: 4, 22: 1}) if wd != 5 else pick(r, {17: 1, 18: 1}),
                "hookah",
                pick(
                    r,
                    {
                        "ghalyoon with the guys": 3,
                        "ye ghalyun do sib": 2,
                        "double apple shisha at the cafe": 2,
                        "qalyan on the rooftop": 2 if summer else 0,
                        "shisha, just one round": 1,
                    },
                ),
                trigger=pick(r, {"thursday night": 3, "": 1}) if wd == 4 else "",
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
        for _ in range(count_for(r, 0.55 * (0.15 if shisha else 1.0))):
            b.add(
                d,
                pick(r, {23: 3, 22: 1, 24: 1}),
                "snacks",
                pick(
                    r,
                    {
                        "a bag of cheetoz": 3,
                        "pofak namaki in front of the game": 2,
                        "chips o mast": 2,
                        "salt and vinegar chips, whole bag": 1,
                    },
                ),
                trigger=pick(r, {"football": 2, "": 1}),
                emotions=[pick(r, {"Hungry": 2, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Family"],
            )
        if ago >= SMOKE_STOP and wd not in (5,):
            for _ in range(count_for(r, 1.4 if wd in (6, 7, 1, 2, 3) else 0.5)):
                b.add(
                    d,
                    pick(r, {10: 3, 11: 2, 9: 1}),
                    "cigarettes",
                    pick(
                        r,
                        {
                            "one bahman with my tea": 3,
                            "winston on the balcony at work": 2,
                            "need a smoke before the meeting": 1,
                            "ye sigar ba chai": 1,
                        },
                    ),
                    trigger=pick(r, {"tea break": 2, "": 1}),
                    emotions=[pick(r, {"Anxious": 3, "Tired": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_aditi(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        festive = 4.0 if d.month == 10 else 1.0
        for _ in range(count_for(r, 0.45 * festive)):
            b.add(
                d,
                pick(r, {23: 3, 22: 2, 24: 1}),
                "shopping",
                pick(
                    r,
                    {
                        "myntra sale again": 2,
                        "flipkart cart, closed the app": 2,
                        "nykaa haul in my cart": 2,
                        "meesho scrolling in bed": 1,
                        "big billion days!!": 3 if d.month == 10 else 0,
                    },
                ),
                trigger=pick(r, {"sale": 3 if d.month == 10 else 1, "": 1}),
                emotions=["Bored"],
                intensity=r.randint(3, 7),
                resistance=resist_value(r, 0.78),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            soft = ago < CHAI_SOFT
            for _ in range(count_for(r, 1.3)):
                b.add(
                    d,
                    pick(r, {16: 5, 11: 1, 17: 1}),
                    "tea",
                    pick(r, {"cutting chai": 3, "chai break with the team": 2, "need chai": 2, "masala chai": 1}),
                    trigger=pick(r, {"chai break": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 4) if soft else r.randint(6, 9),
                    resistance=resist_value(r, 0.15),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 1.1 if wd >= 6 else 0.15)):
            b.add(
                d,
                pick(r, {19: 3, 18: 1, 20: 1}),
                "street_food",
                pick(
                    r,
                    {
                        "pani puri at the corner": 3,
                        "chaat with the girls": 2,
                        "vada pav, so hungry": 1,
                        "golgappe!!": 2,
                    },
                ),
                trigger=pick(r, {"passing the stall": 2, "": 1}),
                emotions=[pick(r, {"Hungry": 2, "Happy": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Outside",
                people=["Friends"],
            )


def gen_tiago(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        quit_ = ago < POKER_QUIT
        poker = count_for(r, {7: 2.0}.get(wd, 0.35) * (0.22 if quit_ else 1.0))
        if ago in (POKER_QUIT - 3, POKER_SLIP):
            poker = max(poker, 1)
        if ago == POKER_QUIT:  # the day he deleted the app: nothing logged, before or after
            poker = 0
        for i in range(poker):
            if quit_:  # after the quit: resisted, but for the slip and a few later ones
                resist = (
                    r.randint(1, 4)
                    if ago == POKER_SLIP and i == 0
                    else resist_value(r, 0.75)
                    if ago < POKER_SLIP
                    else r.randint(8, 10)
                )
            else:
                resist = resist_value(r, 0.15)
            b.add(
                d,
                pick(r, {22: 2, 23: 3}) if wd == 7 or ago == POKER_QUIT + 1 else pick(r, {22: 1, 23: 2, 24: 1}),
                "gambling",
                pick(
                    r,
                    {
                        "pokerstars, só um sit & go": 3,
                        "um torneio rápido antes de dormir": 2,
                        "online poker again": 2,
                        "sunday million qualifier": 2 if wd == 7 else 0,
                        "queria jogar poker": 1 if quit_ else 0,
                    },
                ),
                trigger=pick(r, {"sunday tournament": 3, "": 1}) if wd == 7 else "",
                emotions=[pick(r, {"Anxious": 2, "Bored": 1})],
                intensity=r.randint(7, 10),
                resistance=resist,
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.0)):
                b.add(
                    d,
                    pick(r, {10: 4, 11: 1, 16: 1}),
                    "pastries",
                    pick(
                        r,
                        {
                            "pastel de nata com a bica": 3,
                            "a nata at the café": 2,
                            "bola de berlim": 1,
                            "mais um pastel de nata": 2,
                        },
                    ),
                    trigger=pick(r, {"coffee break": 3, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 0.08 if poker else 0.45)):
            b.add(
                d,
                pick(r, {24: 2, 23: 1, 25: 1}),
                "porn",
                pick(r, {"porn again": 3, "p*rn, couldn't sleep": 2, "nsfw stuff on my phone": 2}),
                trigger=pick(r, {"can't sleep": 3, "": 1}),
                emotions=["Lonely"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_kirra(b: Builder) -> None:
    r = b.rng
    winter_year = latest_summer_year(b.today)  # the southern winter is the northern summer's months
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = d.month in (12, 1, 2)
        if wd <= 5:
            for _ in range(count_for(r, 1.5 if summer else 0.55)):
                b.add(
                    d,
                    pick(r, {15: 4, 14: 1, 16: 1}),
                    "soda",
                    pick(
                        r, {"pepsi max from the servo": 3, "ice cold coke": 2, "a can of solo": 1, "coke no sugar": 2}
                    ),
                    trigger=pick(r, {"hot arvo": 3 if summer else 1, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        winter = d.month in (6, 7, 8)
        boost = (2.2 if d.year == winter_year else 1.0) if winter else 1.0
        for _ in range(count_for(r, {5: 1.2}.get(wd, 0.25) * boost)):
            b.add(
                d,
                pick(r, {20: 3, 21: 2, 19: 1}),
                "cheese",
                pick(
                    r,
                    {
                        "cheese and crackers": 3,
                        "half a block of tasty": 2,
                        "brie on the couch": 2,
                        "cheese board w josh": 2 if wd == 5 else 0,
                    },
                ),
                trigger=pick(r, {"friday night": 3, "": 1}) if wd == 5 else "",
                emotions=[pick(r, {"Happy": 2, "Tired": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Family"],
            )
        if ago <= BOBA_NEW and wd <= 5:
            for _ in range(max(count_for(r, 0.9), 1 if ago == BOBA_NEW else 0)):
                b.add(
                    d,
                    pick(r, {12: 3, 13: 1}),
                    "bubble_tea",
                    pick(r, {"brown sugar boba": 3, "chatime taro, large": 2, "gong cha run w the girls": 2}),
                    trigger=pick(r, {"new shop": 2, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Outside",
                    people=["Coworkers"],
                )


def gen_matthias(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < WHISKY_CUT
        whisky = count_for(r, {5: 1.4, 6: 1.3}.get(wd, 0.1) * (0.4 if cut else 1.0))
        for _ in range(whisky):
            b.add(
                d,
                pick(r, {21: 3, 22: 2, 20: 1}),
                "alcohol",
                pick(
                    r,
                    {
                        "ein glas whisky": 3,
                        "a dram of laphroaig": 2,
                        "talisker, just one": 2,
                        "whisky nach der woche": 2,
                    },
                ),
                trigger=pick(r, {"end of the week": 3, "": 1}),
                emotions=["Tired"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.8 if cut else 0.2),
                location="Home",
                people=["Alone"],
            )
        for _ in range(count_for(r, 1.1 if whisky else 0.03)):
            b.add(
                d,
                pick(r, {23: 3, 22: 1}),
                "cigars",
                pick(r, {"a cigar on the balcony": 3, "eine zigarre": 2, "montecristo no. 4": 1}),
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        for _ in range(count_for(r, 1.3 if wd == 7 else 0.1)):
            b.add(
                d,
                20 if wd == 7 else pick(r, {19: 1, 20: 1, 21: 1}),
                "snacks",
                pick(r, {"tatort und chips": 3, "paprika chips": 2, "chipsfrisch ungarisch": 2, "a bag of crisps": 1}),
                trigger=pick(r, {"tatort": 3, "": 1}) if wd == 7 else "",
                emotions=[pick(r, {"Bored": 1, "Happy": 1})],
                intensity=r.randint(2, 5),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Family"],
            )


def gen_josefina(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        rising = 2.0 if ago < TREND else 1.0
        if wd <= 5:
            for _ in range(count_for(r, 1.1 * rising)):
                b.add(
                    d,
                    pick(r, {11: 2, 15: 3, 16: 1}),
                    "cigarettes",
                    pick(
                        r,
                        {
                            "un pucho en la pega": 3,
                            "me fumé uno con el café": 2,
                            "pucho after lunch": 1,
                            "one cigarette outside the office": 2,
                        },
                    ),
                    trigger=pick(r, {"work stress": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Outside",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.45 * rising)):
                b.add(
                    d,
                    pick(r, {13: 1, 17: 2}),
                    "cigarettes",
                    pick(r, {"un puchito en la casa": 2, "wanted a cigarette, kids around": 1}),
                    emotions=[pick(r, {"Bored": 1, "Tired": 1})],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.75),
                    location="Home",
                    people=["Family"],
                )
        piscola = count_for(r, {5: 0.8, 6: 1.3}.get(wd, 0.05))
        for _ in range(piscola):
            b.add(
                d,
                pick(r, {23: 3, 22: 1, 24: 1}),
                "alcohol",
                pick(r, {"una piscola": 3, "piscolas con los cabros": 2, "un terremoto": 1, "pisco sour": 1}),
                trigger=pick(r, {"carrete": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        if piscola:
            for _ in range(count_for(r, 3.0 * rising)):
                b.add(
                    d,
                    pick(r, {23: 2, 24: 2}),
                    "cigarettes",
                    pick(r, {"puchos en el carrete": 3, "bummed a smoke at the party": 1}),
                    trigger=pick(r, {"carrete": 1, "": 2}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.1),
                    location="Social",
                    people=["Friends"],
                )
        winter = 2.6 if d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, 0.35 * winter)):
            b.add(
                d,
                pick(r, {21: 3, 20: 1}),
                "sweets",
                pick(r, {"un sahne-nuss": 3, "chocolate after dinner": 2, "un super 8": 2, "manjar con galletas": 1}),
                trigger=pick(r, {"after dinner": 2, "": 1}),
                emotions=[pick(r, {"Sad": 1, "Tired": 2})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )


def gen_declan(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        march = 5.0 if d.month == 3 else 1.0
        for _ in range(count_for(r, (2.0 if wd == 6 else 0.2) * march)):
            b.add(
                d,
                pick(r, {15: 4, 14: 2, 16: 2}) if wd == 6 else pick(r, {13: 1, 17: 1, 20: 1}),
                "gambling",
                pick(
                    r,
                    {
                        "paddy power acca": 3,
                        "bet365 on the horses": 2,
                        "a few quid on the racing": 2,
                        "cheltenham!!": 3 if d.month == 3 else 0,
                    },
                ),
                trigger=pick(r, {"the racing": 3, "": 1}),
                emotions=[pick(r, {"Bored": 2, "Happy": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Alone"],
            )
        if ago == BET_BINGE:  # one awful day: the most bets he ever wanted in a day
            for hour in (10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 18, 19, 21):
                b.add(
                    d,
                    hour,
                    "gambling",
                    "chasing losses, bet after bet",
                    emotions=["Anxious"],
                    intensity=r.randint(7, 9),
                    resistance=resist_value(r, 0.05),
                    location="Home",
                    people=["Alone"],
                )
        pints = count_for(r, {5: 1.6, 4: 0.2}.get(wd, 0.0))
        for _ in range(pints):
            b.add(
                d,
                pick(r, {18: 1, 19: 2, 20: 2, 21: 1}),
                "alcohol",
                pick(r, {"pints with the lads": 3, "a few scoops": 2, "creamy guinness": 2, "one more pint": 1}),
                trigger=pick(r, {"after work friday": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        rate = (0.6 if wd <= 5 else 0.1) + (2.2 if pints else 0.0)
        for _ in range(count_for(r, rate)):
            at_pub = bool(pints) and r.random() < 0.8
            b.add(
                d,
                pick(r, {21: 1, 22: 1, 23: 1}) if at_pub else pick(r, {9: 5, 10: 1}),
                "nicotine",
                pick(r, {"zyn at my desk": 2, "a velo": 2, "pouch": 1})
                if not at_pub
                else pick(r, {"zyn with the pints": 2, "another pouch at the pub": 2}),
                emotions=["Happy"] if at_pub else ["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Social" if at_pub else "Work",
                people=["Friends"] if at_pub else ["Coworkers"],
            )


def gen_freja(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        falling = 0.4 if ago < TREND else 1.0
        if wd <= 5:
            for _ in range(count_for(r, 1.3 * falling)):
                b.add(
                    d,
                    pick(r, {8: 5, 9: 1}),
                    "pastries",
                    pick(
                        r,
                        {
                            "kanelsnegl from the bakery": 3,
                            "en wienerbrød on the way in": 2,
                            "tebirkes": 1,
                            "spandauer, couldn't resist": 2,
                            "cinnamon bun at lagkagehuset": 1,
                        },
                    ),
                    trigger=pick(r, {"passing the bakery": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Alone"],
                )
        for _ in range(count_for(r, 0.4)):
            b.add(
                d,
                pick(r, {21: 3, 22: 1}),
                "sweets",
                pick(r, {"lakrids": 3, "salt lakrids from bülow": 2, "a handful of piratos": 2, "haribo matador": 1}),
                emotions=[pick(r, {"Happy": 1, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.7)):
                b.add(
                    d,
                    pick(r, {10: 1, 11: 2, 14: 1}),
                    "nail_biting",
                    pick(r, {"biting my nails in the meeting": 2, "bidt negle igen": 2, "chewed my thumbnail": 1}),
                    trigger=pick(r, {"deadlines": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.75),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago == NAILS_BAD:  # a deadline day: nails all day at work
            for hour in (9, 10, 10, 11, 12, 14, 15, 16):
                b.add(
                    d,
                    hour,
                    "nail_biting",
                    "deadline day, nails bitten to nothing",
                    trigger="deadlines",
                    emotions=["Anxious"],
                    intensity=r.randint(6, 8),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 0.5)):
            b.add(
                d,
                pick(r, {21: 3, 22: 1}),
                "nail_biting",
                pick(r, {"nails again on the sofa": 2, "bidt negle foran tv'et": 2, "biting my nails watching tv": 2}),
                trigger=pick(r, {"tv": 3, "": 1}),
                emotions=[pick(r, {"Anxious": 2, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.12),
                location="Home",
                people=["Alone"],
            )


def gen_ngaio(b: Builder) -> None:
    spec = [
        (55, 10, "coffee", "flat white at the hotel", "Social", ["Friends"], "Tired", 4, 6),
        (47, 21, "alcohol", "a cold one after unloading the boat", "Outside", ["Coworkers"], "Happy", 5, 3),
        (39, 15, "sweets", "chocolate from the shop", "Outside", ["Alone"], "Bored", 4, 7),
        (30, 20, "cigarettes", "rollie on the wharf", "Outside", ["Friends"], "Anxious", 6, 4),
        (22, 9, "coffee", "second coffee before the flight", "Work", ["Coworkers"], "Tired", 3, 8),
        (16, 22, "phone", "scrolling in bed, bad reception", "Home", ["Alone"], "Bored", 4, 5),
        (9, 19, "alcohol", "a beer at the pub", "Social", ["Friends"], "Happy", 5, 6),
        (3, 13, "cigarettes", "one smoke on the lunch break", "Work", ["Coworkers"], "Anxious", 6, 9),
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
    "farid": gen_farid,
    "aditi": gen_aditi,
    "tiago": gen_tiago,
    "kirra": gen_kirra,
    "matthias": gen_matthias,
    "josefina": gen_josefina,
    "declan": gen_declan,
    "freja": gen_freja,
    "ngaio": gen_ngaio,
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
