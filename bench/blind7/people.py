"""Eight generated people for the seventh blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (December, July, November...), everything else (a start, a stop, a
cut-down, a gap) on days before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- megan    America/Chicago (-6), 600 days: sugar (chocolate, ice cream, oreos, candy) in the evening (20:00) at
  home with family, tired, "after dinner", most on Sundays, three times the rate in December; cutting
  down on sugar since CUT_SUGAR days ago ("6 weeks ago"): a fifth of the rate and mostly resisted since; wine
  on Friday/Saturday evenings out with friends, happy, "girls' night", twice the rate in the latest summer
  (this summer vs last summer: more); a little wine on weeknights at home alone, sad, resisted more often;
  a Target / Amazon habit now and then (her least frequent). No link between wine days and sugar.
- dev      Asia/Kolkata (+5:30, a half-hour offset), 420 days: cigarettes (sutta, ciggy) on weekday afternoons
  (16:00) at work with coworkers, anxious, "chai break"; weekend smokes out with friends; cutting down
  since CUT_SMOKE days ago ("5 weeks ago"): under half the rate, mostly resisted; his phone (reels, shorts,
  scrolling) late at night in bed, alone, bored, "can't sleep", mostly at weekends, 1.9 times the rate over the
  last quarter.
  No link between phone days and cigarettes.
- chloe    Australia/Sydney (southern, +10/+11), 500 days: vaping on weekday afternoons (15:00) at work with
  coworkers, anxious, "work stress"; quit on a named date QUIT_VAPE days ago: a few slips since, mostly
  resisted; beer (schooners, tinnies) on Friday evenings at the pub with friends, happy, "knock-off drinks",
  three times the rate in her summer (Dec-Feb); beer at home with family on other days resisted far more
  often; on beer days she vapes far more (association "yes").
- mateo    America/Argentina/Buenos_Aires (southern, -3), 450 days: weed (porro, faso) late at night at home,
  alone, bored, "antes de dormir", most on Thursdays, STARTED CANN_START days ago, July the peak month
  (his winter); beer and wine at the Sunday asado (Social, with family, happy, "asado") around 14:00;
  alfajores and medialunas at work at "merienda" (18:00), hungry; NOTHING logged from MATEO_GAP days ago
  (a trip: his longest gap).
- jordan   America/New_York (-5), 380 days: energy drinks (monster, red bull, celsius) on weekday mornings
  (07:00) at work with coworkers, tired, "early shift"; sports betting (draftkings, fanduel, parlays) on
  Sunday afternoons at home with friends, "nfl sunday", in football season (autumn; November the peak),
  his strongest; nicotine pouches (zyn) NEW since ZYN_NEW days ago, at work. No link between energy drinks
  and betting days.
- emma     Europe/London (+0), 520 days: her phone (tiktok, instagram, doomscrolling) late at night (23:00) in
  bed, alone, lonely, "in bed", most on Sundays; chocolate on weekday afternoons (15:00) at work with
  coworkers, tired, "3pm slump"; coffee on weekday mornings on the way in (Outside), STOPPED COFFEE_STOP
  days ago; NOTHING logged from EMMA_GAP days ago (a holiday: her longest gap).
- marco    Europe/Rome (+1), 400 days: snacks (crisps, patatine, pringles) late in the evening on the sofa,
  alone, bored, "netflix", 2.2 times the rate since a new job began JOB days ago (the question names the
  date); online shopping (zalando, amazon, shein) on Sunday evenings at home, alone, November the peak (black
  friday, autumn); on shopping days he snacks far more (association "yes"); seven snack logs on one evening
  BINGE days ago (his busiest day of the last weeks).
- hana     Pacific/Auckland (southern, +13), 7 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261207
CUT_SUGAR = 42  # megan began cutting down on sugar ("6 weeks ago")
CUT_SMOKE = 35  # dev began cutting down on cigarettes ("5 weeks ago")
QUIT_VAPE = 49  # chloe quit vaping (the question names the date)
CANN_START = 330  # mateo's first weed log
MATEO_GAP = (110, 88)  # mateo logged nothing from 110 to 88 days ago
ZYN_NEW = 16  # jordan's nicotine pouches began
COFFEE_STOP = 80  # emma stopped coffee
EMMA_GAP = (140, 118)  # emma logged nothing from 140 to 118 days ago
JOB = 63  # marco's new job began (the question names the date)
BINGE = 12  # marco's evening of seven snack logs
TREND = 90  # dev: phone rises over the last TREND days


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("megan", "America/Chicago", 600, facts={"cut": CUT_SUGAR}),
    Person("dev", "Asia/Kolkata", 420, facts={"cut": CUT_SMOKE, "trend": TREND}),
    Person("chloe", "Australia/Sydney", 500, southern=True, facts={"quit": QUIT_VAPE}),
    Person("mateo", "America/Argentina/Buenos_Aires", 450, southern=True, facts={"gap": MATEO_GAP}),
    Person("jordan", "America/New_York", 380, facts={"new": ZYN_NEW}),
    Person("emma", "Europe/London", 520, facts={"gap": EMMA_GAP, "stop": COFFEE_STOP}),
    Person("marco", "Europe/Rome", 400, facts={"job": JOB, "binge": BINGE}),
    Person("hana", "Pacific/Auckland", 60, southern=True),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "after dinner": [
        "after dinner",
        "dinner",
        "after supper",
        "supper",
        "dinnertime",
        "después de cenar",
        "cena",
        "nach dem essen",
        "abendessen",
        "après le dîner",
        "dîner",
        "depois do jantar",
        "jantar",
        "dopo cena",
        "na het eten",
        "avondeten",
    ],
    "girls' night": ["girls' night", "girls night", "girls' nights", "girls nights", "night out", "nights out"],
    "chai break": ["chai", "chai break", "tea break", "tea breaks", "chai breaks", "tea", "tapri"],
    "can't sleep": ["can't sleep", "cant sleep", "can not sleep", "cannot sleep", "insomnia", "sleepless", "sleep"],
    "work stress": ["work stress", "stress", "stressed", "stressful", "pressure", "busy shifts", "stress at work"],
    "knock-off drinks": ["knock-off", "knock off", "knockoff", "knock-offs", "after-work drinks", "after work"],
    "antes de dormir": ["antes de dormir", "dormir", "before bed", "bedtime", "sleep", "go to sleep", "going to bed"],
    "asado": ["asado", "asados", "barbecue", "bbq", "sunday lunch", "family lunch"],
    "merienda": ["merienda", "afternoon snack", "snack time", "tea time", "teatime"],
    "early shift": ["early shift", "early shifts", "shift", "shifts", "early start", "early starts"],
    "nfl sunday": ["nfl", "football", "game day", "gameday", "the game", "games", "red zone", "sunday football"],
    "in bed": ["in bed", "bed", "bedtime", "lights out", "before sleep", "going to sleep"],
    "3pm slump": ["slump", "3pm", "3 pm", "afternoon slump", "afternoon dip", "energy dip", "mid-afternoon"],
    "netflix": ["netflix", "tv", "telly", "series", "serie", "show", "shows", "streaming", "watching"],
    "sales": ["sale", "sales", "saldi", "discount", "discounts", "black friday", "promo", "promos", "deals"],
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


def gen_megan(b: Builder) -> None:
    r = b.rng
    summer_year = latest_summer_year(b.today)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CUT_SUGAR
        holiday = {12: 3.0, 11: 1.1}.get(d.month, 1.0)
        for _ in range(count_for(r, (1.5 if wd == 7 else 0.75) * holiday * (0.2 if cut else 1.0))):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "sweets",
                pick(
                    r,
                    {
                        "chocolate after dinner": 3,
                        "ice cream straight from the tub": 2,
                        "a handful of oreos": 2,
                        "something sweet, literally anything": 2,
                        "the kids' halloween candy": 2 if d.month in (10, 11) else 0,
                        "christmas cookies": 3 if d.month == 12 else 0,
                    },
                ),
                trigger=pick(r, {"after dinner": 3, "": 1}),
                emotions=[pick(r, {"Tired": 3, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.7 if cut else 0.2),
                location="Home",
                people=["Family"],
            )
        summer = 2.0 if d.year == summer_year and d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, {5: 1.0, 6: 1.1}.get(wd, 0.15) * summer)):
            out = wd in (5, 6)
            b.add(
                d,
                pick(r, {19: 1, 20: 2, 21: 2}) if out else pick(r, {20: 2, 21: 1}),
                "alcohol",
                pick(r, {"wine with the girls": 3, "a glass of pinot grigio": 2, "rosé, maybe two": 2})
                if out
                else pick(r, {"a glass of wine on the couch": 3, "finish the open bottle": 1}),
                trigger="girls' night" if out else "",
                emotions=["Happy"] if out else [pick(r, {"Sad": 2, "Tired": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2 if out else 0.6),
                location="Social" if out else "Home",
                people=["Friends"] if out else ["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.12)):
                b.add(
                    d,
                    pick(r, {14: 1, 15: 1, 16: 1}),
                    "shopping",
                    pick(r, {"target run, just browsing": 2, "amazon cart again": 2}),
                    emotions=["Bored"],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.4),
                    location="Outside",
                    people=["Alone"],
                )


def gen_dev(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CUT_SMOKE
        weekday = wd <= 5
        for _ in range(count_for(r, (2.0 if weekday else 0.7) * (0.45 if cut else 1.0))):
            b.add(
                d,
                pick(r, {11: 2, 13: 1, 16: 4, 18: 1}) if weekday else pick(r, {20: 1, 21: 1, 22: 1}),
                "cigarettes",
                pick(
                    r,
                    {
                        "sutta break with the team": 3,
                        "one cig after standup": 2,
                        "smoke with my chai": 3,
                        "ciggy near the tapri": 2,
                    },
                )
                if weekday
                else pick(r, {"smoke with the boys": 2, "a cig at the party": 1}),
                trigger=pick(r, {"chai break": 3, "": 1}) if weekday else "",
                emotions=[pick(r, {"Anxious": 3, "Tired": 1})] if weekday else ["Happy"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, (0.65 if cut else 0.15) if weekday else (0.75 if cut else 0.55)),
                location="Work" if weekday else "Social",
                people=["Coworkers"] if weekday else ["Friends"],
            )
        rising = 1.9 if ago < TREND else 1.0
        for _ in range(count_for(r, (1.3 if wd >= 6 else 0.5) * rising)):
            b.add(
                d,
                pick(r, {23: 3, 24: 2, 25: 1}),
                "phone",
                pick(
                    r,
                    {
                        "instagram reels in bed": 3,
                        "youtube shorts till 1": 2,
                        "scrolling twitter again": 2,
                        "one more reel, then sleep": 1,
                    },
                ),
                trigger=pick(r, {"can't sleep": 2, "": 1}),
                emotions=[pick(r, {"Bored": 3, "Lonely": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Alone"],
            )


def gen_chloe(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        quit_ = ago < QUIT_VAPE
        summer = 3.0 if d.month in (12, 1, 2) else 1.0
        beer_n = count_for(r, {5: 1.4, 6: 0.9, 7: 0.3}.get(wd, 0.12) * summer)
        pub_day = beer_n > 0
        for _ in range(beer_n):
            pub = wd in (5, 6)
            b.add(
                d,
                pick(r, {17: 2, 18: 3, 19: 2, 20: 1}),
                "alcohol",
                pick(r, {"a cold schooner at the pub": 3, "beers with the crew": 2, "couple of tinnies": 2})
                if pub
                else pick(r, {"a beer with dinner": 2, "one of dad's stubbies": 1}),
                trigger="knock-off drinks" if wd == 5 else "",
                emotions=["Happy"] if pub else ["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.15 if pub else 0.65),
                location="Social" if pub else "Home",
                people=["Friends"] if pub else ["Family"],
            )
        slip = 0.15 if quit_ else 1.0
        weekday = wd <= 5
        for _ in range(count_for(r, (1.6 if weekday else 0.7) * slip)):
            b.add(
                d,
                pick(r, {10: 1, 13: 2, 15: 3}) if weekday else pick(r, {12: 1, 14: 1}),
                "vaping",
                pick(r, {"vape on my break": 3, "a few puffs of the vape": 2, "borrowed someone's vape": 1}),
                trigger=pick(r, {"work stress": 2, "": 1}) if weekday else "",
                emotions=["Anxious"] if weekday else ["Bored"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.85 if quit_ else 0.2),
                location="Work" if weekday else "Home",
                people=["Coworkers"] if weekday else ["Alone"],
            )
        if pub_day:
            for _ in range(count_for(r, 1.8 * slip)):
                b.add(
                    d,
                    pick(r, {20: 1, 21: 1}),
                    "vaping",
                    pick(r, {"vape out the back of the pub": 2, "everyone's vaping, want one": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.85 if quit_ else 0.2),
                    location="Social",
                    people=["Friends"],
                )


def gen_mateo(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if ago <= CANN_START:
            winter = {6: 1.6, 7: 2.4, 8: 1.6}.get(d.month, 1.0)
            for _ in range(max(count_for(r, (1.6 if wd == 4 else 0.5) * winter), 1 if ago == CANN_START else 0)):
                b.add(
                    d,
                    pick(r, {22: 2, 23: 3, 24: 2}),
                    "cannabis",
                    pick(r, {"un porro antes de dormir": 3, "fumar un faso": 2, "un porrito tranqui": 2}),
                    trigger=pick(r, {"antes de dormir": 2, "": 1}),
                    emotions=[pick(r, {"Bored": 3, "Anxious": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Alone"],
                )
        rate = {7: 1.5, 6: 0.5}.get(wd, 0.05)
        for _ in range(count_for(r, rate)):
            asado = wd == 7
            b.add(
                d,
                pick(r, {13: 1, 14: 4, 15: 1}) if asado else pick(r, {22: 1, 23: 1}) if wd == 6 else 21,
                "alcohol",
                pick(r, {"una birra en el asado": 3, "un vino con la familia": 2, "una quilmes bien fría": 2}),
                trigger="asado" if asado else "",
                emotions=["Happy"] if wd >= 6 else ["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2 if asado else 0.4),
                location="Social" if wd >= 6 else "Home",
                people=["Family"] if asado else ["Friends"] if wd == 6 else ["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.6)):
                b.add(
                    d,
                    pick(r, {17: 2, 18: 3}),
                    "sweets",
                    pick(r, {"un alfajor": 3, "medialunas con el mate": 2, "dulce de leche a cucharadas": 1}),
                    trigger=pick(r, {"merienda": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.4),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_jordan(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        weekday = wd <= 5
        for _ in range(count_for(r, 1.3 if weekday else 0.35)):
            b.add(
                d,
                pick(r, {6: 2, 7: 4, 8: 1}) if weekday else pick(r, {11: 1, 12: 1}),
                "energy",
                pick(r, {"a monster before my shift": 3, "red bull": 2, "celsius from the gas station": 2}),
                trigger=pick(r, {"early shift": 3, "": 1}) if weekday else "",
                emotions=["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25 if weekday else 0.5),
                location="Work" if weekday else "Home",
                people=["Coworkers"] if weekday else ["Alone"],
            )
        season = {9: 1.0, 10: 1.1, 11: 2.5, 12: 0.9, 1: 0.7}.get(d.month, 0.1)
        for _ in range(count_for(r, {7: 2.2, 1: 0.45}.get(wd, 0.08) * season)):
            sunday = wd == 7
            b.add(
                d,
                pick(r, {13: 2, 14: 1, 16: 2}) if sunday else pick(r, {20: 1, 21: 1}),
                "gambling",
                pick(
                    r,
                    {
                        "draftkings parlay": 3,
                        "fanduel same game parlay": 2,
                        "live bet on the 4th quarter": 2,
                        "throw 20 on the jets": 1,
                    },
                ),
                trigger="nfl sunday" if sunday else "",
                emotions=[pick(r, {"Happy": 3, "Anxious": 1})] if sunday else ["Anxious"],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.2 if sunday else 0.35),
                location="Home",
                people=["Friends"] if sunday else ["Alone"],
            )
        if ago <= ZYN_NEW:
            for _ in range(max(count_for(r, 1.2 if weekday else 0.5), 1 if ago == ZYN_NEW else 0)):
                b.add(
                    d,
                    pick(r, {10: 1, 12: 1, 14: 1}),
                    "nicotine",
                    pick(r, {"a zyn at work": 3, "pouch, the guys all use them": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Work" if weekday else "Home",
                    people=["Coworkers"] if weekday else ["Alone"],
                )


def gen_emma(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        for _ in range(count_for(r, 1.9 if wd == 7 else 0.9)):
            b.add(
                d,
                pick(r, {22: 2, 23: 4, 24: 2}),
                "phone",
                pick(
                    r,
                    {
                        "doomscrolling tiktok": 3,
                        "instagram in bed": 2,
                        "checking my phone again": 2,
                        "reddit rabbit hole": 1,
                    },
                ),
                trigger=pick(r, {"in bed": 3, "": 1}),
                emotions=[pick(r, {"Lonely": 3, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.9)):
                b.add(
                    d,
                    pick(r, {14: 1, 15: 4, 16: 1}),
                    "sweets",
                    pick(
                        r,
                        {
                            "chocolate from the vending machine": 3,
                            "a kitkat at my desk": 2,
                            "biscuits in the office kitchen": 2,
                            "galaxy bar": 1,
                        },
                    ),
                    trigger=pick(r, {"3pm slump": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.35),
                    location="Work",
                    people=["Coworkers"],
                )
            if ago >= COFFEE_STOP:
                for _ in range(count_for(r, 1.1)):
                    b.add(
                        d,
                        pick(r, {8: 3, 9: 1}),
                        "coffee",
                        pick(r, {"flat white on the way in": 3, "pret coffee": 2, "a big latte": 1}),
                        emotions=["Tired"],
                        intensity=r.randint(3, 6),
                        resistance=resist_value(r, 0.2),
                        location="Outside",
                        people=["Alone"],
                    )


def gen_marco(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        black_friday = 3.5 if d.month == 11 else 1.0
        shop_n = count_for(r, {7: 1.3, 6: 0.4}.get(wd, 0.2) * black_friday)
        for _ in range(shop_n):
            b.add(
                d,
                pick(r, {18: 1, 19: 2, 20: 2}),
                "shopping",
                pick(r, {"zalando cart": 3, "amazon, just browsing": 2, "shein haul": 2, "new sneakers online": 1}),
                trigger=pick(r, {"sales": 2, "": 1}),
                emotions=[pick(r, {"Bored": 3, "Lonely": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.35),
                location="Home",
                people=["Alone"],
            )
        if ago == BINGE:  # one evening that got out of hand: his busiest day of the last weeks
            for hour in (19, 20, 21, 21, 22, 23, 23):
                b.add(
                    d,
                    hour,
                    "snacks",
                    pick(r, {"pringles, the whole tube": 1, "a bag of crisps": 1, "more patatine": 1}),
                    trigger="netflix",
                    emotions=["Bored"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.1),
                    location="Home",
                    people=["Alone"],
                )
        job = 2.2 if ago < JOB else 1.0
        extra = 1.3 if shop_n else 0.0
        for _ in range(count_for(r, 0.55 * job + extra)):
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 2}),
                "snacks",
                pick(
                    r,
                    {
                        "patatine davanti a netflix": 3,
                        "a bag of crisps": 2,
                        "pringles, the whole tube": 2,
                        "taralli sul divano": 1,
                    },
                ),
                trigger=pick(r, {"netflix": 3, "": 1}),
                emotions=[pick(r, {"Bored": 3, "Tired": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_hana(b: Builder) -> None:
    spec = [
        (48, 15, "sweets", "pineapple lumps", "Work", ["Coworkers"], "Bored", 5, 6),
        (37, 20, "alcohol", "a cheeky glass of sav", "Social", ["Friends"], "Happy", 5, 4),
        (29, 22, "phone", "scrolling insta in bed", "Home", ["Alone"], "Bored", 4, 5),
        (21, 16, "sweets", "a tim tam or three", "Home", ["Family"], "Tired", 6, 8),
        (14, 13, "vaping", "a puff on my mate's vape", "Outside", ["Friends"], "Anxious", 5, 9),
        (8, 21, "alcohol", "wine at book club", "Social", ["Friends"], "Happy", 4, 7),
        (3, 11, "coffee", "second flat white", "Work", ["Coworkers"], "Tired", 3, 8),
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
    "megan": gen_megan,
    "dev": gen_dev,
    "chloe": gen_chloe,
    "mateo": gen_mateo,
    "jordan": gen_jordan,
    "emma": gen_emma,
    "marco": gen_marco,
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
