"""Seven generated people for the eleventh blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (the northern and southern winters and summers, December, the northern
autumn), everything else (a quit on a named date with slips after it, a cut-down "6 weeks ago", a new habit, a
stopped habit, a gap, a rising and a falling trend, cravings growing stronger or weaker, a bad day, a bad week) on
days before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- pasang   Asia/Kathmandu (+5:45, a quarter-hour offset), 500 days: tea (chiya) in the morning at home with family,
  winter the peak season; chewing tobacco (khaini, surti) on weekday afternoons at work with coworkers, "after
  lunch", QUIT on a named date KHAINI_QUIT days ago with slips (KHAINI_SLIPS days ago); short-video scrolling late
  at night at home alone, NEW since PHONE_NEW days ago.
- mihaela  Europe/Bucharest (+2), 480 days: vaping on weekday breaks at work with coworkers, "smoke break",
  CUT DOWN since VAPE_CUT days ago ("6 weeks ago"), resisting far more since; pastries (covrigi, plăcintă) on
  weekday mornings outside alone on the way to work, RISING to double over the last quarter; online shopping late
  at night at home alone, Sunday the peak, the cravings far STRONGER over the last MIHAELA_HARD days.
- kwame    Africa/Accra (+0), 500 days: shisha on Friday and Saturday nights at the lounge with friends, December
  by far the worst month; cannabis in the evening at home alone, "can't sleep", far more on shisha days; nail
  biting on weekdays at work (mostly given in) and in the evening at home (mostly resisted); NOTHING logged from
  KWAME_GAP.
- bronwyn  Australia/Perth (southern, +8), 560 days: ice cream in the evening at home with family, summer (Dec-Feb)
  the peak season; nicotine pouches on weekday mornings at the mine site with coworkers, STOPPED POUCH_STOP days
  ago; snacks in the evening at home alone, "netflix", THIS winter about double last winter, one bad day SNACK_BAD
  days ago.
- minh     Asia/Ho_Chi_Minh (+7), 500 days: bubble tea on weekday afternoons at work with coworkers and weekend
  afternoons outside with friends, FALLING to under half over the last quarter; heated tobacco (iqos) in the
  evening out with friends (mostly given in) and in the morning at home alone (mostly resisted), mostly at weekends,
  one Monday-to-Sunday week (holding MINH_WEEK days ago) about three times his usual.
- greta    Europe/Zurich (+1), 470 days: cheese in the evening at home with family, mostly at weekends, winter the
  peak season; cigars on Friday and Saturday nights at the bar with friends, THIS autumn about half of last autumn,
  the cravings far WEAKER over the last GRETA_SOFT days.
- hemi     Pacific/Chatham (+12:45 / +13:45, a quarter-hour offset, southern), 8 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261211
KHAINI_QUIT = 50  # pasang stopped chewing tobacco (the question names the date)
KHAINI_SLIPS = (43, 29, 11)  # his given-in cravings after the quit
PHONE_NEW = 19  # pasang's first late-night scrolling craving
VAPE_CUT = 42  # mihaela began cutting down on vaping ("6 weeks ago")
TREND = 90  # mihaela's pastries rise and minh's bubble tea falls over the last TREND days
MIHAELA_HARD = 60  # mihaela's shopping cravings are far stronger over the last MIHAELA_HARD days
KWAME_GAP = (200, 171)  # kwame logged nothing from 200 to 171 days ago
POUCH_STOP = 70  # bronwyn's last nicotine pouch craving
SNACK_BAD = 16  # bronwyn's worst day of snacks
MINH_WEEK = 30  # the Mon-Sun week holding this day is minh's worst week for heated tobacco
GRETA_SOFT = 60  # greta's cigar cravings are far weaker over the last GRETA_SOFT days


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("pasang", "Asia/Kathmandu", 500, facts={"quit": KHAINI_QUIT, "slips": KHAINI_SLIPS, "new": PHONE_NEW}),
    Person("mihaela", "Europe/Bucharest", 480, facts={"cut": VAPE_CUT, "trend": TREND, "hard": MIHAELA_HARD}),
    Person("kwame", "Africa/Accra", 500, facts={"gap": KWAME_GAP}),
    Person("bronwyn", "Australia/Perth", 560, southern=True, facts={"stop": POUCH_STOP, "bad": SNACK_BAD}),
    Person("minh", "Asia/Ho_Chi_Minh", 500, facts={"trend": TREND, "week": MINH_WEEK}),
    Person("greta", "Europe/Zurich", 470, facts={"soft": GRETA_SOFT}),
    Person("hemi", "Pacific/Chatham", 60, southern=True),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "cold morning": [
        "cold",
        "the cold",
        "cold morning",
        "cold mornings",
        "chilly",
        "freezing",
        "winter",
        "waking up",
        "wake up",
        "first thing",
        "frío",
        "froid",
        "kalt",
        "kälte",
        "frio",
        "freddo",
        "koud",
    ],
    "after lunch": [
        "after lunch",
        "lunch",
        "after eating",
        "after a meal",
        "after meals",
        "dal bhat",
        "lunch break",
        "después de comer",
        "nach dem essen",
        "après le déjeuner",
        "depois do almoço",
        "dopo pranzo",
    ],
    "can't sleep": [
        "can't sleep",
        "cannot sleep",
        "sleep",
        "sleeping",
        "insomnia",
        "sleepless",
        "bedtime",
        "bed",
        "falling asleep",
        "restless",
        "no puedo dormir",
        "dormir",
        "schlafen",
        "sommeil",
        "dormire",
        "slapen",
    ],
    "smoke break": [
        "smoke break",
        "smoke breaks",
        "break",
        "breaks",
        "the break",
        "pause",
        "coffee break",
        "pausa",
        "pausen",
        "raucherpause",
        "descanso",
    ],
    "on the way to work": [
        "way to work",
        "commute",
        "commuting",
        "metro",
        "the bus",
        "walking to work",
        "going to work",
        "on the way",
        "camino al trabajo",
        "arbeitsweg",
        "trajet",
    ],
    "sunday night": [
        "sunday",
        "sundays",
        "sunday night",
        "sunday nights",
        "weekend",
        "domingo",
        "sonntag",
        "dimanche",
        "domenica",
        "zondag",
    ],
    "the lounge": [
        "lounge",
        "the lounge",
        "osu",
        "going out",
        "out with the boys",
        "the boys",
        "friends",
        "club",
        "bar",
        "night out",
        "nights out",
    ],
    "meetings": [
        "meeting",
        "meetings",
        "work stress",
        "stress at work",
        "deadlines",
        "deadline",
        "the boss",
        "presentations",
        "reuniones",
        "besprechungen",
        "réunions",
        "riunioni",
        "vergaderingen",
    ],
    "hot night": [
        "hot",
        "heat",
        "the heat",
        "hot night",
        "hot nights",
        "hot weather",
        "warm",
        "summer",
        "heatwave",
        "calor",
        "hitze",
        "chaleur",
        "caldo",
        "hitte",
    ],
    "pre-start": [
        "pre-start",
        "prestart",
        "start of shift",
        "shift",
        "shifts",
        "site",
        "mine site",
        "the bus to site",
        "early start",
        "early starts",
        "work",
    ],
    "netflix": ["netflix", "tv", "telly", "watching", "a show", "shows", "series", "streaming", "the couch"],
    "afternoon slump": [
        "slump",
        "afternoon slump",
        "energy dip",
        "tired",
        "tiredness",
        "sleepy",
        "low energy",
        "3pm",
        "3 pm",
        "cansancio",
        "müdigkeit",
        "fatigue",
        "stanchezza",
    ],
    "after dinner with the team": [
        "after dinner",
        "dinner",
        "the team",
        "colleagues",
        "coworkers",
        "drinks",
        "quán nhậu",
        "nhau",
        "going out",
        "friends",
    ],
    "jazz bar": ["jazz", "jazz bar", "the bar", "bar", "jazz club", "going out", "friends"],
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


def gen_pasang(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        winter = 2.6 if d.month in (12, 1, 2) else 1.0
        for _ in range(count_for(r, 1.5 * winter)):
            b.add(
                d,
                pick(r, {6: 3, 7: 3, 8: 1}),
                "tea",
                pick(
                    r,
                    {
                        "dudh chiya with aama": 3,
                        "one more cup of dudh chiya": 2,
                        "masala chiya, so cold today": 2,
                        "wanted a hot chiya before anything": 1,
                    },
                ),
                trigger=pick(r, {"cold morning": 3, "": 1}),
                emotions=["Tired"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.1),
                location="Home",
                people=["Family"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.3)):
                b.add(
                    d,
                    16,
                    "tea",
                    pick(r, {"chiya from the canteen": 2, "office tea, too sweet": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.1),
                    location="Work",
                    people=["Coworkers"],
                )
        quit_ = ago < KHAINI_QUIT
        if ago != KHAINI_QUIT:
            rate = (1.4 if wd <= 5 else 0.3) * (0.3 if quit_ else 1.0)
            for _ in range(count_for(r, rate)):
                b.add(
                    d,
                    pick(r, {13: 4, 14: 3, 17: 1}),
                    "khaini",
                    pick(
                        r,
                        {
                            "rubbed some khaini after dal bhat": 3,
                            "surti with the guys at the office": 2,
                            "a pinch of tobacco and lime": 2,
                            "chewed khaini, the usual": 1,
                        },
                    )
                    if not quit_
                    else pick(
                        r,
                        {
                            "wanted a pinch of khaini, said no": 3,
                            "the guys offered surti, no thanks": 2,
                            "smelled the tobacco, held off": 2,
                        },
                    ),
                    trigger=pick(r, {"after lunch": 3, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=r.randint(8, 10) if quit_ else resist_value(r, 0.15),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago in KHAINI_SLIPS:
            b.add(
                d,
                13,
                "khaini",
                pick(r, {"slipped, one pinch of khaini after lunch": 2, "gave in, surti again": 1}),
                trigger="after lunch",
                emotions=["Bored"],
                intensity=r.randint(6, 8),
                resistance=r.randint(2, 4),
                location="Work",
                people=["Coworkers"],
            )
        if ago <= PHONE_NEW:
            for _ in range(count_for(r, 1.2) if ago < PHONE_NEW else 1):
                b.add(
                    d,
                    pick(r, {23: 3, 24: 2}),
                    "phone",
                    pick(r, {"tiktok before sleep": 3, "reels till 1am again": 2, "youtube shorts in bed": 2}),
                    emotions=["Lonely"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )


def gen_mihaela(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < VAPE_CUT
        if wd <= 5:
            for _ in range(count_for(r, 2.0 * (0.3 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {10: 3, 11: 1, 15: 2, 16: 1}),
                    "vaping",
                    pick(
                        r,
                        {
                            "elf bar hit on the break": 3,
                            "vape with andreea outside the office": 2,
                            "lost mary, watermelon ice": 2,
                            "wanted to puff, left the vape at home": 1,
                        },
                    ),
                    trigger=pick(r, {"smoke break": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.8 if cut else 0.15),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.5 * (0.3 if cut else 1.0))):
                b.add(
                    d,
                    21,
                    "vaping",
                    pick(r, {"vape at the terrace bar": 2, "puffing with the girls": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.8 if cut else 0.15),
                    location="Social",
                    people=["Friends"],
                )
        if wd <= 5:
            rise = 2.0 if ago < TREND else 1.0
            for _ in range(count_for(r, 0.5 * rise)):
                b.add(
                    d,
                    pick(r, {7: 2, 8: 3}),
                    "pastries",
                    pick(
                        r,
                        {
                            "covrigi from the metro stand": 3,
                            "a plăcintă cu brânză": 2,
                            "a warm covrig from luca": 2,
                            "merdenea, couldn't walk past": 1,
                        },
                    ),
                    trigger=pick(r, {"on the way to work": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Alone"],
                )
        hard = ago < MIHAELA_HARD
        for _ in range(count_for(r, 1.0 if wd == 7 else 0.25)):
            b.add(
                d,
                pick(r, {22: 2, 23: 3}),
                "shopping",
                pick(
                    r,
                    {
                        "emag cart again": 3,
                        "shein wishlist at midnight": 2,
                        "temu, so many tabs": 2,
                        "wanted to order boots online": 1,
                    },
                ),
                trigger=pick(r, {"sunday night": 3, "": 1}) if wd == 7 else "",
                emotions=["Bored"],
                intensity=r.randint(7, 9) if hard else r.randint(2, 5),
                resistance=resist_value(r, 0.5),
                location="Home",
                people=["Alone"],
            )


def gen_kwame(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        dec = 3.0 if d.month == 12 else 1.0
        shisha = 0
        for _ in range(count_for(r, {5: 1.0, 6: 1.5}.get(wd, 0.05) * dec)):
            shisha += 1
            b.add(
                d,
                pick(r, {22: 3, 23: 2}),
                "hookah",
                pick(
                    r,
                    {
                        "shisha at the lounge in osu": 3,
                        "double apple shisha": 2,
                        "pipe with the boys": 2,
                        "hookah night, mint and grape": 1,
                    },
                ),
                trigger=pick(r, {"the lounge": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        for _ in range(count_for(r, 1.3 if shisha else 0.25)):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "cannabis",
                pick(r, {"wee before bed": 3, "rolled a j": 2, "ganja to calm down": 2, "small smoke of weed": 1}),
                trigger=pick(r, {"can't sleep": 3, "": 1}),
                emotions=["Anxious"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.4),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.9)):
                b.add(
                    d,
                    pick(r, {10: 2, 11: 2, 14: 2}),
                    "nail_biting",
                    pick(
                        r,
                        {
                            "biting my nails in the meeting": 3,
                            "chewed my thumbnail raw": 2,
                            "nails again during the call": 1,
                        },
                    ),
                    trigger=pick(r, {"meetings": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, 0.3)):
            b.add(
                d,
                20,
                "nail_biting",
                pick(r, {"wanted to bite my nails watching tv": 2, "hands busy, no nails": 1}),
                emotions=["Bored"],
                intensity=r.randint(2, 5),
                resistance=resist_value(r, 0.85),
                location="Home",
                people=["Family"],
            )


def gen_bronwyn(b: Builder) -> None:
    r = b.rng
    this_winter = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = 2.5 if d.month in (12, 1, 2) else 1.0
        for _ in range(count_for(r, 0.5 * summer)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 1}),
                "ice_cream",
                pick(
                    r,
                    {
                        "golden gaytime from the freezer": 3,
                        "a magnum, just one": 2,
                        "gelato in freo": 1,
                        "bowl of vanilla ice cream with the kids": 2,
                    },
                ),
                trigger=pick(r, {"hot night": 3, "": 1}) if d.month in (12, 1, 2) else "",
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )
        if wd <= 5 and ago > POUCH_STOP:
            for _ in range(count_for(r, 1.5)):
                b.add(
                    d,
                    pick(r, {5: 3, 6: 3, 7: 1}),
                    "nicotine",
                    pick(r, {"zyn on the bus to site": 3, "velo pouch before pre-start": 2, "popped a pouch": 2}),
                    trigger=pick(r, {"pre-start": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago == POUCH_STOP:
            b.add(
                d,
                6,
                "nicotine",
                "last zyn, binned the tin",
                trigger="pre-start",
                emotions=["Tired"],
                intensity=6,
                resistance=3,
                location="Work",
                people=["Coworkers"],
            )
        winter = (2.0 if d.year == this_winter else 1.0) if d.month in (6, 7, 8) else 0.6
        n = count_for(r, 0.6 * winter) + (8 if ago == SNACK_BAD else 0)
        for _ in range(n):
            b.add(
                d,
                pick(r, {20: 2, 21: 3, 22: 1}),
                "snacks",
                pick(
                    r,
                    {
                        "twisties on the couch": 3,
                        "shapes, the whole box": 2,
                        "packet of smith's": 2,
                        "wanted something crunchy": 1,
                    },
                ),
                trigger=pick(r, {"netflix": 3, "": 1}),
                emotions=["Bored"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_minh(b: Builder) -> None:
    r = b.rng
    week_start = b.day(MINH_WEEK) - timedelta(days=b.day(MINH_WEEK).weekday())
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        fall = 0.4 if ago < TREND else 1.0
        if wd <= 5:
            for _ in range(count_for(r, 1.0 * fall)):
                b.add(
                    d,
                    pick(r, {14: 1, 15: 3, 16: 2}),
                    "bubble_tea",
                    pick(
                        r,
                        {
                            "trà sữa trân châu đường đen": 3,
                            "gong cha run with the team": 2,
                            "boba, less sugar this time": 2,
                            "wanted a milk tea so bad": 1,
                        },
                    ),
                    trigger=pick(r, {"afternoon slump": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.7 * fall)):
                b.add(
                    d,
                    15,
                    "bubble_tea",
                    pick(r, {"phúc long with the girls": 2, "boba at the mall": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Outside",
                    people=["Friends"],
                )
        bad = 3.0 if week_start <= d <= week_start + timedelta(days=6) else 1.0
        for _ in range(count_for(r, (2.0 if wd >= 6 else 0.25) * bad)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3, 21: 2}),
                "heated_tobacco",
                pick(r, {"iqos after the quán nhậu": 3, "heets with the team": 2, "a terea stick, just one": 2}),
                trigger=pick(r, {"after dinner with the team": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(7, 9),
                resistance=resist_value(r, 0.15),
                location="Social",
                people=["Friends"],
            )
        for _ in range(count_for(r, 0.3 * bad)):
            b.add(
                d,
                7,
                "heated_tobacco",
                pick(r, {"wanted to heat one up with coffee": 2, "iqos on the balcony?": 1}),
                emotions=["Tired"],
                intensity=r.randint(3, 5),
                resistance=resist_value(r, 0.85),
                location="Home",
                people=["Alone"],
            )


def gen_greta(b: Builder) -> None:
    r = b.rng
    this_autumn = latest_season_year(b.today, 9)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        winter = 2.6 if d.month in (12, 1, 2) else 1.0
        for _ in range(count_for(r, (1.0 if wd >= 6 else 0.3) * winter)):
            b.add(
                d,
                pick(r, {18: 2, 19: 3, 20: 1}),
                "cheese",
                pick(
                    r,
                    {
                        "raclette night": 2,
                        "fondue moitié-moitié": 2,
                        "a chunk of gruyère": 3,
                        "appenzeller on bread, again": 1,
                    },
                ),
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Family"],
            )
        autumn = (0.5 if d.year == this_autumn else 1.6) if d.month in (9, 10, 11) else 1.0
        soft = ago < GRETA_SOFT
        for _ in range(count_for(r, {5: 0.6, 6: 1.1}.get(wd, 0.08) * autumn)):
            b.add(
                d,
                pick(r, {21: 3, 22: 2}),
                "cigars",
                pick(r, {"cigarillo at the jazz bar": 3, "davidoff after dinner": 2, "a stumpen with the guys": 2}),
                trigger=pick(r, {"jazz bar": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(2, 4) if soft else r.randint(6, 9),
                resistance=resist_value(r, 0.3),
                location="Social",
                people=["Friends"],
            )


def gen_hemi(b: Builder) -> None:
    spec = [
        (55, 17, "alcohol", "a cold one at the pub in waitangi", "Social", ["Friends"], "Happy", 5, 4),
        (47, 9, "cigarettes", "rollie on the wharf", "Outside", ["Alone"], "Bored", 4, 6),
        (40, 20, "sweets", "pineapple lumps from the shop", "Home", ["Family"], "Happy", 3, 7),
        (31, 13, "cigarettes", "smoke at smoko", "Work", ["Coworkers"], "Tired", 6, 3),
        (24, 21, "phone", "scrolling till late, wifi good for once", "Home", ["Alone"], "Lonely", 4, 6),
        (17, 18, "alcohol", "beer after unloading the boat", "Outside", ["Coworkers"], "Tired", 5, 5),
        (9, 7, "coffee", "instant coffee before the crayfish run", "Work", ["Coworkers"], "Tired", 3, 9),
        (3, 15, "cigarettes", "wanted a rollie after the call", "Home", ["Alone"], "Anxious", 6, 8),
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
    "pasang": gen_pasang,
    "mihaela": gen_mihaela,
    "kwame": gen_kwame,
    "bronwyn": gen_bronwyn,
    "minh": gen_minh,
    "greta": gen_greta,
    "hemi": gen_hemi,
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
