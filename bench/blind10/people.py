"""Nine generated people for the tenth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (December, June, Ramadan, the southern summer and winter, the
northern autumn), everything else (a quit on a named date with slips after it, a cut-down "5 weeks ago", a new
habit, a gap, a rising and a falling trend, cravings growing weaker or stronger, a bad day, a bad week) on days
before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- thiha     Asia/Yangon (+6:30, a half-hour offset), 500 days: betel quid (kun-ya) on weekday mornings at work
  with the other bus drivers, bored, "waiting at the terminal"; QUIT on a named date BETEL_QUIT days ago: few
  cravings since, all resisted but for three slips (BETEL_SLIPS days ago); energy drinks (shark, m-150) in the
  afternoon on the road, alone, tired, far MORE since the quit; football betting (1xbet, accas) on Saturday and
  Sunday nights at home with friends, "premier league", almost none in June and July. Fewer betel on betting days.
- agustina  America/Montevideo (southern, -3), 560 days: mate on weekday mornings at work with coworkers and on
  weekend afternoons on the rambla with friends, winter (Jun-Aug) the peak season and THIS winter well BELOW last
  winter; tortas fritas on rainy afternoons at home with family, "rainy day"; dating apps (tinder, bumble) late
  at night, mostly resisted at home alone but given in when out with friends, Sunday the peak night, the cravings
  far WEAKER over the last AGUS_SOFT days, her best-resisted craving.
- jiwoo     Asia/Seoul (+9), 520 days: soju on Thursday and Friday evenings out with coworkers, "hoesik",
  December by far the worst month; fried chicken (chimaek) late at night at home with friends, far more on soju
  days; gacha pulls (genshin, star rail) NEW since GACHA_NEW days ago, late evening at home alone.
- eleni     Europe/Athens (+2), 500 days: coffee (freddo espresso, frappé) on weekday mornings at work, FALLING
  to under half over the last quarter; cigarettes in the evening at home alone, "marking papers", the cravings
  far STRONGER over the last ELENI_HARD days; skin picking in the evening at home (mostly given in) and at work
  (mostly resisted), June (exam season) the worst month, one bad day SKIN_BAD days ago with nine.
- rodrigo   America/Lima (southern, -5), 560 days: inca kola on weekday afternoons at work, summer (Dec-Feb) the
  peak season; salchipapas late at night outside with friends after the pichanga, Thursday the peak night,
  RISING to double over the last quarter; dota late at night at home alone; NOTHING logged from RODRIGO_GAP.
- emre      Europe/Istanbul (+3), 480 days: sunflower seeds (çekirdek) on match nights at home with family,
  Sunday the peak; rakı on Friday evenings at the meyhane with friends, THIS autumn about double last autumn;
  cigarettes on weekdays at work, anxious, "the boss", and many more on rakı days (association "yes"); every
  cigarette craving resisted since EMRE_HOLD days ago (a run of resisted ones).
- darnell   America/Chicago (-6/-5), 470 days: dip (grizzly, copenhagen) on weekday mornings at work with
  coworkers and at weekends outside with friends; cutting down since DIP_CUT days ago ("5 weeks ago"): far
  fewer, mostly resisted; late-night delivery food (doordash, taco bell) at home alone, mostly at weekends, the
  strongest cravings; mountain dew on weekday afternoons at work.
- yassine   Africa/Casablanca (+1, +0 in Ramadan), 500 days: cigarettes in the evening at the café with friends
  (mostly given in) and in the morning outside alone (mostly resisted), one week (the Mon-Sun week holding
  YASSINE_WEEK days ago) about three times his usual; sweets (chebakia, sellou) after iftar in Ramadan at home
  with family, March the peak month.
- teiki     Pacific/Marquesas (-9:30, a half-hour offset), 8 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261210
BETEL_QUIT = 40  # thiha stopped chewing betel (the question names the date)
BETEL_SLIPS = (33, 21, 9)  # his given-in betel cravings after the quit
AGUS_SOFT = 60  # agustina's dating-app cravings are far weaker over the last AGUS_SOFT days
GACHA_NEW = 22  # jiwoo's first gacha craving
TREND = 90  # eleni's coffee falls and rodrigo's salchipapas rise over the last TREND days
ELENI_HARD = 60  # eleni's cigarette cravings are far stronger over the last ELENI_HARD days
SKIN_BAD = 27  # eleni's worst day of skin picking
RODRIGO_GAP = (150, 119)  # rodrigo logged nothing from 150 to 119 days ago
EMRE_HOLD = 12  # every cigarette craving of emre's resisted since this day (one given in on it)
DIP_CUT = 35  # darnell began cutting down on dip ("5 weeks ago")
YASSINE_WEEK = 45  # the Mon-Sun week holding this day is yassine's worst week for cigarettes
RAMADAN = ((date(2025, 3, 1), date(2025, 3, 30)), (date(2026, 2, 18), date(2026, 3, 19)))


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("thiha", "Asia/Yangon", 500, facts={"quit": BETEL_QUIT, "slips": BETEL_SLIPS}),
    Person("agustina", "America/Montevideo", 560, southern=True, facts={"soft": AGUS_SOFT}),
    Person("jiwoo", "Asia/Seoul", 520, facts={"new": GACHA_NEW}),
    Person("eleni", "Europe/Athens", 500, facts={"trend": TREND, "hard": ELENI_HARD, "bad": SKIN_BAD}),
    Person("rodrigo", "America/Lima", 560, southern=True, facts={"trend": TREND, "gap": RODRIGO_GAP}),
    Person("emre", "Europe/Istanbul", 480, facts={"hold": EMRE_HOLD}),
    Person("darnell", "America/Chicago", 470, facts={"cut": DIP_CUT}),
    Person("yassine", "Africa/Casablanca", 500, facts={"week": YASSINE_WEEK}),
    Person("teiki", "Pacific/Marquesas", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "waiting at the terminal": [
        "terminal",
        "the terminal",
        "bus terminal",
        "bus stand",
        "waiting",
        "waiting around",
        "waiting for passengers",
        "between runs",
        "the other drivers",
        "drivers",
        "boredom",
        "bored",
    ],
    "long shift": [
        "long shift",
        "long shifts",
        "shift",
        "shifts",
        "long day",
        "long days",
        "driving",
        "on the road",
        "stay awake",
        "staying awake",
        "tired",
        "tiredness",
        "fatigue",
    ],
    "premier league": [
        "premier league",
        "football",
        "the football",
        "match",
        "matches",
        "the match",
        "games",
        "the game",
        "epl",
        "arsenal",
        "man city",
        "soccer",
    ],
    "first thing at work": [
        "first thing",
        "start of the day",
        "start of your day",
        "starting the day",
        "arriving at work",
        "getting to work",
        "morning at work",
        "at work",
        "the office",
        "arrancar",
        "empezar el día",
        "al llegar",
    ],
    "rainy day": [
        "rain",
        "rainy",
        "rainy day",
        "rainy days",
        "raining",
        "the rain",
        "lluvia",
        "llueve",
        "lluvioso",
        "días de lluvia",
        "bad weather",
        "weather",
        "pluie",
        "regen",
        "chuva",
        "pioggia",
    ],
    "sunday night": ["sunday", "sundays", "sunday night", "sunday nights", "domingo", "domingos", "weekend"],
    "hoesik": [
        "hoesik",
        "work dinner",
        "work dinners",
        "company dinner",
        "company dinners",
        "team dinner",
        "team dinners",
        "after-work dinner",
        "work drinks",
        "drinks with the team",
        "with your team",
        "coworkers",
        "colleagues",
        "songnyeonhoe",
        "year-end party",
        "year-end parties",
    ],
    "new banner": ["banner", "banners", "new banner", "new character", "new characters", "update", "limited"],
    "before first period": [
        "first period",
        "first class",
        "before class",
        "before classes",
        "before school",
        "class",
        "classes",
        "lessons",
        "teaching",
        "school",
        "start of the day",
        "first thing",
    ],
    "marking papers": [
        "marking",
        "grading",
        "marking papers",
        "grading papers",
        "papers",
        "tests",
        "exams",
        "homework",
        "schoolwork",
        "work",
        "corrections",
    ],
    "mirror": ["mirror", "the mirror", "bathroom mirror", "looking in the mirror", "bathroom", "spiegel", "espejo"],
    "exams": ["exam", "exams", "exam season", "panellinies", "marking", "grading", "tests", "invigilating"],
    "the heat": ["heat", "hot", "the heat", "calor", "hot days", "hot afternoons", "summer", "warm", "weather"],
    "after pichanga": [
        "pichanga",
        "pichangas",
        "after pichanga",
        "football",
        "soccer",
        "after the game",
        "after football",
        "after playing",
        "fulbito",
        "the match",
        "match",
        "partido",
        "after the match",
    ],
    "the match": [
        "match",
        "matches",
        "the match",
        "football",
        "the football",
        "game",
        "games",
        "the game",
        "maç",
        "derbi",
        "derby",
        "soccer",
        "fenerbahçe",
        "galatasaray",
        "beşiktaş",
    ],
    "friday meyhane": ["meyhane", "friday", "fridays", "friday night", "friday nights", "end of the week", "weekend"],
    "the boss": [
        "boss",
        "the boss",
        "your boss",
        "manager",
        "your manager",
        "stress",
        "work stress",
        "pressure",
        "şef",
    ],
    "warehouse break": [
        "break",
        "breaks",
        "warehouse",
        "the warehouse",
        "shift",
        "on shift",
        "work",
        "boredom",
        "bored",
        "the forklift",
    ],
    "up late": [
        "late",
        "up late",
        "late night",
        "late nights",
        "staying up",
        "can't sleep",
        "cant sleep",
        "insomnia",
        "night",
        "midnight",
        "after midnight",
        "munchies",
        "hungry",
    ],
    "iftar": [
        "iftar",
        "ftour",
        "ramadan",
        "ramadán",
        "ramadhan",
        "after iftar",
        "breaking the fast",
        "breaking your fast",
        "fast",
        "fasting",
        "harira",
        "the fast",
    ],
    "café with the guys": [
        "café",
        "cafe",
        "the café",
        "the cafe",
        "coffee",
        "café noir",
        "with the guys",
        "the guys",
        "friends",
        "your friends",
        "the terrace",
        "terrace",
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


def latest_season_year(today: date, first_month: int) -> int:
    """The year in which the most recent season starting in `first_month` began."""
    return today.year if today.month >= first_month else today.year - 1


def gen_thiha(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        quit_ = ago < BETEL_QUIT
        if ago != BETEL_QUIT:  # the day he quit: nothing logged
            rate = (1.6 if wd <= 5 else 0.6) * (0.3 if quit_ else 1.0)
            for _ in range(count_for(r, rate)):
                b.add(
                    d,
                    pick(r, {7: 2, 8: 4, 9: 2, 15: 1}),
                    "betel",
                    pick(
                        r,
                        {
                            "kun-ya with the other drivers": 3,
                            "one quid, extra lime and a bit of tobacco": 2,
                            "bought 3 kwun ya at the stall": 2,
                            "red mouth again lol": 1,
                        }
                        if not quit_
                        else {
                            "wanted kun-ya so bad, didn't": 3,
                            "smelled betel at the terminal, held off": 2,
                            "the guys chewing kwun ya, I said no": 2,
                        },
                    ),
                    trigger=pick(r, {"waiting at the terminal": 3, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=r.randint(8, 10) if quit_ else resist_value(r, 0.15),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago in BETEL_SLIPS:
            b.add(
                d,
                8,
                "betel",
                pick(r, {"slipped, one kun-ya with the guys": 2, "gave in, chewed a quid at the stall": 1}),
                trigger="waiting at the terminal",
                emotions=["Bored"],
                intensity=r.randint(6, 8),
                resistance=r.randint(2, 4),
                location="Work",
                people=["Coworkers"],
            )
        for _ in range(count_for(r, 1.3 if quit_ else 0.45)):
            b.add(
                d,
                pick(r, {14: 3, 15: 2, 16: 1}),
                "energy",
                pick(
                    r,
                    {
                        "shark can from the petrol station": 3,
                        "m-150, need to stay awake": 2,
                        "a sponsor, cold": 1,
                        "two cans of shark today": 1,
                    },
                ),
                trigger=pick(r, {"long shift": 2, "": 1}),
                emotions=["Tired"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.25),
                location="Outside",
                people=["Alone"],
            )
        season = 0.1 if d.month in (6, 7) else 1.0
        for _ in range(count_for(r, {6: 1.5, 7: 0.8}.get(wd, 0.08) * season)):
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 2}),
                "gambling",
                pick(
                    r,
                    {
                        "1xbet on arsenal": 2,
                        "acca with ko zaw": 2,
                        "man city -1.5, lost again": 1,
                        "bet on the late match": 2,
                    },
                ),
                trigger=pick(r, {"premier league": 3, "": 1}),
                emotions=[pick(r, {"Anxious": 2, "Happy": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Friends"],
            )


def gen_agustina(b: Builder) -> None:
    r = b.rng
    this_winter = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        winter = (1.1 if d.year == this_winter else 2.2) if d.month in (6, 7, 8) else 1.0
        weekday = wd <= 5
        for _ in range(count_for(r, (1.3 if weekday else 0.9) * winter)):
            b.add(
                d,
                pick(r, {8: 3, 9: 2, 10: 1}) if weekday else pick(r, {15: 2, 16: 2}),
                "mate",
                pick(r, {"un mate amargo en la oficina": 3, "termo y mate, arrancando": 2, "mate con bizcochos": 1})
                if weekday
                else pick(r, {"mate en la rambla con las chiquilinas": 3, "termo bajo el brazo, mate al sol": 2}),
                trigger=pick(r, {"first thing at work": 3, "": 1}) if weekday else "",
                emotions=["Tired"] if weekday else ["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.1),
                location="Work" if weekday else "Outside",
                people=["Coworkers"] if weekday else ["Friends"],
            )
        rainy = r.random() < (0.2 if d.month in (5, 6, 7, 8, 9) else 0.1)
        for _ in range(count_for(r, 1.6 if rainy else 0.05)):
            b.add(
                d,
                pick(r, {16: 2, 17: 3, 18: 2}),
                "fried_dough",
                pick(
                    r,
                    {
                        "llueve = tortas fritas": 3,
                        "tortas fritas con la abuela": 2,
                        "rainy afternoon, wanted torta frita": 2,
                        "día gris, ganas de tortas fritas": 1,
                    },
                ),
                trigger=pick(r, {"rainy day": 4, "": 1}) if rainy else "",
                emotions=[pick(r, {"Hungry": 2, "Happy": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Family"],
            )
        soft = ago < AGUS_SOFT
        for _ in range(count_for(r, 1.2 if wd == 7 else 0.4)):
            b.add(
                d,
                pick(r, {22: 1, 23: 3, 24: 2}),
                "dating_apps",
                pick(r, {"abrí tinder otra vez": 3, "swiping on bumble in bed": 2, "wanted to redownload hinge": 1}),
                trigger=pick(r, {"sunday night": 3, "": 1}) if wd == 7 else "",
                emotions=["Lonely"],
                intensity=r.randint(2, 4) if soft else r.randint(5, 8),
                resistance=resist_value(r, 0.9),
                location="Home",
                people=["Alone"],
            )
        if wd in (5, 6):
            for _ in range(count_for(r, 0.5)):
                b.add(
                    d,
                    pick(r, {23: 1, 25: 2}),
                    "dating_apps",
                    pick(r, {"tinder en el boliche": 2, "swiping at the bar w the girls": 2}),
                    emotions=["Happy"],
                    intensity=r.randint(2, 4) if soft else r.randint(5, 8),
                    resistance=resist_value(r, 0.1),
                    location="Social",
                    people=["Friends"],
                )


def gen_jiwoo(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        december = 3.5 if d.month == 12 else 1.0
        soju = count_for(r, {4: 0.9, 5: 1.5, 6: 0.3, 7: 0.2}.get(wd, 0.15) * december)
        for _ in range(soju):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 2}),
                "alcohol",
                pick(
                    r,
                    {
                        "hoesik again, soju with the team lead": 3 if wd <= 5 else 0,
                        "so-maek bombs": 2,
                        "a bottle of chamisul": 2,
                        "songnyeonhoe soju, so many rounds": 3 if d.month == 12 else 0,
                    },
                ),
                trigger=pick(r, {"hoesik": 3, "": 1}) if wd <= 5 else "",
                emotions=[pick(r, {"Tired": 1, "Happy": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Coworkers"] if wd <= 5 else ["Friends"],
            )
        for _ in range(count_for(r, 1.1 if soju else 0.12)):
            b.add(
                d,
                pick(r, {23: 3, 24: 2}),
                "fried_chicken",
                pick(
                    r,
                    {
                        "chimaek at home, bbq olive chicken": 2,
                        "ordered kyochon on baemin": 2,
                        "fried chicken after 2cha": 1,
                        "yangnyeom chicken craving": 2,
                    },
                ),
                emotions=["Hungry"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Friends"],
            )
        if ago <= GACHA_NEW:
            for _ in range(max(count_for(r, 0.9), 1 if ago == GACHA_NEW else 0)):
                b.add(
                    d,
                    pick(r, {21: 1, 22: 2, 23: 2}),
                    "gacha",
                    pick(
                        r,
                        {
                            "genshin pulls on the new banner": 3,
                            "10-pull, no 5 star": 2,
                            "wanted to top up for star rail": 2,
                        },
                    ),
                    trigger=pick(r, {"new banner": 2, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.4),
                    location="Home",
                    people=["Alone"],
                )


def gen_eleni(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        falling = 0.4 if ago < TREND else 1.0
        weekday = wd <= 5
        for _ in range(count_for(r, (1.6 if weekday else 0.8) * falling)):
            b.add(
                d,
                pick(r, {8: 3, 9: 3, 11: 1}) if weekday else pick(r, {11: 2, 12: 1}),
                "coffee",
                pick(
                    r,
                    {
                        "freddo espresso sketo": 3,
                        "frappé glykó from the kantina": 2,
                        "ena freddo cappuccino before class": 2,
                        "third coffee, again": 1,
                    },
                ),
                trigger=pick(r, {"before first period": 3, "": 1}) if weekday else "",
                emotions=["Tired"] if weekday else ["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Work" if weekday else "Social",
                people=["Coworkers"] if weekday else ["Friends"],
            )
        hard = ago < ELENI_HARD
        for _ in range(count_for(r, 0.9)):
            b.add(
                d,
                pick(r, {20: 2, 21: 3}),
                "cigarettes",
                pick(
                    r,
                    {
                        "ena tsigaro sto balkoni": 3,
                        "karelia slims on the balcony": 2,
                        "one cigarette after marking": 2,
                        "bummed one from the neighbour": 1,
                    },
                ),
                trigger=pick(r, {"marking papers": 2, "": 1}),
                emotions=["Anxious"],
                intensity=r.randint(7, 10) if hard else r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        june = 4.0 if d.month == 6 else 1.0
        for _ in range(count_for(r, 0.5 * june)):
            b.add(
                d,
                pick(r, {21: 2, 22: 2, 23: 1}),
                "skin_picking",
                pick(r, {"picking at my cuticles on the sofa": 2, "skin picking in front of the mirror": 3}),
                trigger=pick(r, {"mirror": 2, "": 1}),
                emotions=["Anxious"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.1),
                location="Home",
                people=["Alone"],
            )
        if weekday:
            for _ in range(count_for(r, 0.45 * june)):
                b.add(
                    d,
                    pick(r, {10: 1, 12: 2, 13: 1}),
                    "skin_picking",
                    pick(r, {"picking my thumb in the staff room": 2, "cuticles again during invigilation": 2}),
                    trigger=pick(r, {"exams": 2, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.75),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago == SKIN_BAD:  # report cards due: picking all evening
            for hour in (17, 18, 19, 19, 20, 21, 21, 22, 23):
                b.add(
                    d,
                    hour,
                    "skin_picking",
                    "report cards due, picked my fingers raw",
                    trigger="mirror",
                    emotions=["Anxious"],
                    intensity=r.randint(6, 9),
                    resistance=r.randint(2, 6),
                    location="Home",
                    people=["Alone"],
                )


def gen_rodrigo(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = d.month in (12, 1, 2)
        if wd <= 5:
            for _ in range(count_for(r, 1.5 if summer else 0.45)):
                b.add(
                    d,
                    pick(r, {15: 4, 14: 1, 16: 1}),
                    "soda",
                    pick(
                        r,
                        {
                            "inca kola helada": 3,
                            "una inka de gordita con el menú": 2,
                            "wanted an inka so bad": 2,
                            "coca cola y inca kola, las dos": 1,
                        },
                    ),
                    trigger=pick(r, {"the heat": 3 if summer else 1, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.25),
                    location="Work",
                    people=["Coworkers"],
                )
        rising = 2.0 if ago < TREND else 1.0
        for _ in range(count_for(r, {4: 1.2, 2: 0.6}.get(wd, 0.1) * rising)):
            b.add(
                d,
                pick(r, {22: 2, 23: 3, 24: 1}),
                "street_food",
                pick(
                    r,
                    {
                        "salchipapa de la carretilla": 3,
                        "salchipapas after the pichanga": 2,
                        "una salchi con todas las cremas": 2,
                        "anticuchos y salchipapa": 1,
                    },
                ),
                trigger=pick(r, {"after pichanga": 3, "": 1}) if wd in (2, 4) else "",
                emotions=["Hungry"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Outside",
                people=["Friends"],
            )
        for _ in range(count_for(r, 1.4 if wd >= 6 else 0.35)):
            b.add(
                d,
                pick(r, {23: 2, 24: 2, 25: 1}),
                "gaming",
                pick(
                    r,
                    {
                        "una partida de dota nomás": 3,
                        "ranked dota till 3am": 2,
                        "wanted to queue dota again": 2,
                        "dota with the team, tilted": 1,
                    },
                ),
                emotions=[pick(r, {"Bored": 2, "Angry": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_emre(b: Builder) -> None:
    r = b.rng
    this_autumn = latest_season_year(b.today, 9)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        off = 0.3 if d.month in (6, 7) else 1.0
        for _ in range(count_for(r, {7: 1.4, 6: 0.8, 3: 0.6}.get(wd, 0.12) * off)):
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 1}),
                "seeds",
                pick(
                    r,
                    {
                        "çekirdek in front of the derbi": 2,
                        "a whole bag of tuzlu çekirdek": 3,
                        "sunflower seeds during the game": 2,
                        "çiğdem, couldn't stop": 1,
                    },
                ),
                trigger=pick(r, {"the match": 3, "": 1}) if wd in (3, 6, 7) else "",
                emotions=[pick(r, {"Happy": 2, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Family"],
            )
        autumn = (2.2 if d.year == this_autumn else 1.0) if d.month in (9, 10, 11) else 1.0
        raki = count_for(r, {5: 1.2, 6: 0.4}.get(wd, 0.04) * autumn)
        for _ in range(raki):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "alcohol",
                pick(
                    r,
                    {
                        "rakı balık with the guys": 3,
                        "bir duble rakı": 2,
                        "yeni rakı at the meyhane": 2,
                        "wanted a rakı after work": 1,
                    },
                ),
                trigger=pick(r, {"friday meyhane": 3, "": 1}) if wd == 5 else "",
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        hold = ago < EMRE_HOLD

        def resist(p: float, hold: bool = hold) -> int:
            return r.randint(8, 10) if hold else resist_value(r, p)

        if wd <= 5:
            for _ in range(count_for(r, 1.1)):
                b.add(
                    d,
                    pick(r, {10: 2, 11: 1, 15: 2}),
                    "cigarettes",
                    pick(
                        r, {"bir dal marlboro touch": 3, "sigara molası with the team": 2, "one cig, boss yelling": 2}
                    ),
                    trigger=pick(r, {"the boss": 2, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist(0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        if raki:
            for _ in range(count_for(r, 1.6)):
                b.add(
                    d,
                    pick(r, {21: 2, 22: 2, 23: 1}),
                    "cigarettes",
                    pick(r, {"a few cigs with the rakı": 3, "sigara at the meyhane table": 2}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist(0.1),
                    location="Social",
                    people=["Friends"],
                )
        if ago == EMRE_HOLD:  # the last one he gave in to
            b.add(
                d,
                16,
                "cigarettes",
                "one cig, boss yelling",
                trigger="the boss",
                emotions=["Anxious"],
                intensity=7,
                resistance=3,
                location="Work",
                people=["Coworkers"],
            )


def gen_darnell(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < DIP_CUT
        weekday = wd <= 5
        for _ in range(count_for(r, (1.7 if weekday else 0.8) * (0.35 if cut else 1.0))):
            b.add(
                d,
                pick(r, {7: 3, 8: 2, 10: 1}) if weekday else pick(r, {11: 1, 15: 1}),
                "dip",
                pick(
                    r,
                    {
                        "threw in a lip of grizzly wintergreen": 3,
                        "cope long cut before shift": 2,
                        "big dip on the forklift": 1,
                        "wanted a dip so bad": 1 if cut else 0,
                    },
                )
                if weekday
                else pick(r, {"a pinch of skoal on the boat": 2, "dip while doing yard work w the boys": 2}),
                trigger=pick(r, {"warehouse break": 3, "": 1}) if weekday else "",
                emotions=["Bored"] if weekday else ["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.8 if cut else 0.15),
                location="Work" if weekday else "Outside",
                people=["Coworkers"] if weekday else ["Friends"],
            )
        for _ in range(count_for(r, {5: 1.0, 6: 1.8, 7: 1.3}.get(wd, 0.25))):
            b.add(
                d,
                pick(r, {22: 2, 23: 3, 24: 1}),
                "fast_food",
                pick(
                    r,
                    {
                        "doordash wingstop at midnight": 3,
                        "taco bell run": 2,
                        "culver's butterburger": 1,
                        "door dashed mcdonalds again": 2,
                    },
                ),
                trigger=pick(r, {"up late": 2, "": 1}),
                emotions=[pick(r, {"Tired": 1, "Hungry": 2})],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        if weekday:
            for _ in range(count_for(r, 0.8)):
                b.add(
                    d,
                    pick(r, {14: 3, 15: 2}),
                    "soda",
                    pick(r, {"baja blast from the vending machine": 2, "a mtn dew": 3, "code red dew": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_yassine(b: Builder) -> None:
    r = b.rng
    worst = b.day(YASSINE_WEEK)
    monday = worst - timedelta(days=worst.weekday())
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        ramadan = any(a <= d <= z for a, z in RAMADAN)
        boost = 3.0 if monday <= d <= monday + timedelta(days=6) else 1.0
        for _ in range(count_for(r, 1.2 * boost)):
            b.add(
                d,
                pick(r, {21: 2, 22: 2}) if ramadan else pick(r, {18: 2, 19: 3, 20: 1}),
                "cigarettes",
                pick(
                    r,
                    {
                        "garro m3a l café noir": 3,
                        "une marlboro avec les potes": 2,
                        "cigarette on the terrace with the guys": 2,
                    },
                ),
                trigger=pick(r, {"café with the guys": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        if not ramadan:
            for _ in range(count_for(r, 0.7 * boost)):
                b.add(
                    d,
                    pick(r, {8: 3, 9: 1}),
                    "cigarettes",
                    pick(r, {"wanted a single from the hanout": 3, "envie d'une clope en allant au taf": 2}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.7),
                    location="Outside",
                    people=["Alone"],
                )
        for _ in range(count_for(r, 2.4 if ramadan else 0.2)):
            b.add(
                d,
                pick(r, {20: 2, 21: 2}) if ramadan else pick(r, {16: 1, 21: 1}),
                "sweets",
                pick(r, {"chebakia with the harira": 3, "sellou, two spoons": 2, "chebakia w atay": 2})
                if ramadan
                else pick(r, {"a kinder bueno": 1, "wanted cornes de gazelle": 1}),
                trigger=pick(r, {"iftar": 3, "": 1}) if ramadan else "",
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Family"],
            )


def gen_teiki(b: Builder) -> None:
    spec = [
        (52, 16, "kava", "kava at the fare with the uncles", "Social", ["Friends"], "Happy", 4, 5),
        (44, 20, "alcohol", "a cold hinano after fishing", "Outside", ["Friends"], "Happy", 5, 3),
        (38, 10, "sweets", "coconut candy from the store", "Outside", ["Alone"], "Bored", 3, 7),
        (29, 21, "cigarettes", "rolled a smoke on the wharf", "Outside", ["Friends"], "Anxious", 6, 4),
        (23, 7, "coffee", "instant coffee before the boat", "Work", ["Coworkers"], "Tired", 3, 8),
        (15, 22, "phone", "scrolling fb, wifi finally works", "Home", ["Alone"], "Bored", 4, 6),
        (8, 18, "alcohol", "hinano at the snack", "Social", ["Friends"], "Happy", 5, 6),
        (2, 12, "cigarettes", "one smoke at lunch at the copra shed", "Work", ["Coworkers"], "Anxious", 6, 9),
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
    "thiha": gen_thiha,
    "agustina": gen_agustina,
    "jiwoo": gen_jiwoo,
    "eleni": gen_eleni,
    "rodrigo": gen_rodrigo,
    "emre": gen_emre,
    "darnell": gen_darnell,
    "yassine": gen_yassine,
    "teiki": gen_teiki,
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
