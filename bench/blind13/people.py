"""Seven generated people for the thirteenth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (a monsoon July, a November of online sales, the southern summer and winter,
this summer against the summer before), everything else (a cut-down "2 months ago", a deleted app on a named date
with slips after it, a new habit, a stopped habit, a gap, a rising trend, cravings growing stronger or weaker, a
wedding day, a deer-camp week) on days before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- meera    Asia/Kolkata (+5:30, a half-hour offset), 600 days: chai on weekday afternoons (16:00) at work with
  coworkers, "long meetings", July (the monsoon) by far the worst month; instagram reels late at night at home
  alone, "can't sleep", DELETED the app on a named date REELS_QUIT days ago, mostly resisted since, with slips
  (REELS_SLIPS days ago); sweets (mithai) now and then, a cousin's wedding WEDDING days ago the biggest day.
- joaquin  America/Santiago (southern, -3 / -4), 540 days: cigarettes in the morning (8:00) at home alone with the
  first coffee (resisted about half the time) and late at night at the bar with friends on drinking nights (almost
  never resisted), CUTTING DOWN since CIG_CUT days ago ("2 months ago"), resisting far more since; alcohol
  (piscola, beer) on Friday and far more on Saturday evenings with friends, the southern summer (Dec-Feb) the peak
  season; far more cigarettes on drinking days.
- brodie   Australia/Adelaide (+9:30 / +10:30, a half-hour offset, southern), 480 days: vaping on weekdays at work
  with coworkers at smoko (10:00), a weekday thing; cannabis in the evening at home alone after knock-off, the
  southern winter (Jun-Aug) its peak season, STOPPED CONES_STOP days ago; NOTHING logged from BRODIE_GAP.
- liesel   Europe/Vienna (+1 / +2), 620 days: online shopping in the evening at home alone, bored, "sale emails",
  Sunday the peak day, November by far the worst month, the cravings far STRONGER over the last SHOP_HARD days;
  pastries (krapfen, punschkrapfen) at the café at 15:00 with friends, NEVER on a Monday (the café's day off),
  THIS summer about half of the summer before.
- nkechi   Africa/Lagos (+1), 480 days: nail biting on weekday evenings (18:00) in traffic alone, anxious, the
  cravings far WEAKER over the last BITE_SOFT days; snacks (chin chin, puff puff) on weekday lunchtimes at work
  with coworkers, "skipped lunch"; shisha NEW since SHISHA_NEW days ago (Friday and Saturday nights at a lounge
  with friends).
- wade     America/Chicago (-6 / -5), 600 days: dip (grizzly, copenhagen) on weekday mornings at work alone
  (driving the truck), RISING to about double over the last quarter, one Monday-to-Sunday week (holding WADE_WEEK
  days ago, deer camp) about three times his usual; ice cream in the evening at home with family, THIS summer about
  double the summer before, summer its peak season.
- pita     Pacific/Chatham (+12:45 / +13:45, a 45-minute offset, southern), 7 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261213
REELS_QUIT = 40  # meera deleted instagram (the question names the date)
REELS_SLIPS = (31, 9)  # her given-in reel cravings after that
WEDDING = 26  # meera's cousin's wedding: the most sweets in one day
CIG_CUT = 60  # joaquin began cutting down on cigarettes ("2 months ago")
CONES_STOP = 70  # brodie's last cannabis craving
BRODIE_GAP = (150, 128)  # brodie logged nothing from 150 to 128 days ago
SHOP_HARD = 60  # liesel's shopping cravings are far stronger over the last SHOP_HARD days
BITE_SOFT = 60  # nkechi's nail-biting urges are far weaker over the last BITE_SOFT days
SHISHA_NEW = 18  # nkechi's first shisha craving
DIP_TREND = 90  # wade's dip rises over the last DIP_TREND days
WADE_WEEK = 23  # the Mon-Sun week holding this day is wade's worst week for dip (deer camp)


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("meera", "Asia/Kolkata", 600, facts={"quit": REELS_QUIT, "slips": REELS_SLIPS, "wedding": WEDDING}),
    Person("joaquin", "America/Santiago", 540, southern=True, facts={"cut": CIG_CUT}),
    Person("brodie", "Australia/Adelaide", 480, southern=True, facts={"stop": CONES_STOP, "gap": BRODIE_GAP}),
    Person("liesel", "Europe/Vienna", 620, facts={"hard": SHOP_HARD}),
    Person("nkechi", "Africa/Lagos", 480, facts={"soft": BITE_SOFT, "new": SHISHA_NEW}),
    Person("wade", "America/Chicago", 600, facts={"trend": DIP_TREND, "week": WADE_WEEK}),
    Person("pita", "Pacific/Chatham", 60, southern=True),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "long meetings": [
        "meeting",
        "meetings",
        "long meetings",
        "calls",
        "standup",
        "stand-up",
        "reuniones",
        "reunión",
        "besprechungen",
        "meetings",
        "réunions",
        "réunion",
        "reuniões",
        "reunião",
        "riunioni",
        "riunione",
        "vergaderingen",
        "vergadering",
    ],
    "can't sleep": [
        "can't sleep",
        "cannot sleep",
        "couldn't sleep",
        "can not sleep",
        "sleepless",
        "insomnia",
        "not sleeping",
        "trouble sleeping",
        "unable to sleep",
        "no puedo dormir",
        "sin dormir",
        "insomnio",
        "schlaflos",
        "nicht schlafen",
        "schlaflosigkeit",
        "insomnie",
        "pas dormir",
        "sem sono",
        "insônia",
        "insonia",
        "insonnia",
        "niet slapen",
        "slapeloos",
    ],
    "wedding": [
        "wedding",
        "the wedding",
        "shaadi",
        "marriage function",
        "boda",
        "hochzeit",
        "mariage",
        "casamento",
        "matrimonio",
        "bruiloft",
    ],
    "morning coffee": [
        "coffee",
        "morning coffee",
        "first coffee",
        "with coffee",
        "café",
        "cafecito",
        "kaffee",
        "caffè",
        "koffie",
        "breakfast",
        "desayuno",
        "waking up",
        "wake up",
        "first thing",
    ],
    "out drinking": [
        "drinking",
        "out drinking",
        "drinks",
        "drink",
        "the bar",
        "bar",
        "pub",
        "carrete",
        "partying",
        "piscola",
        "piscolas",
        "beer",
        "beers",
        "alcohol",
        "copete",
        "copetes",
        "bebiendo",
        "trinken",
        "boire",
        "bebendo",
        "bere",
        "drinken",
    ],
    "asado": ["asado", "asados", "barbecue", "bbq", "grill", "parrilla", "carrete"],
    "smoko": [
        "smoko",
        "smokos",
        "smoke break",
        "smoke breaks",
        "break",
        "breaks",
        "morning break",
        "tea break",
        "on the tools",
        "descanso",
        "pause",
        "pausa",
        "pauze",
    ],
    "knock-off": [
        "knock-off",
        "knock off",
        "knocking off",
        "after knock-off",
        "after work",
        "finishing work",
        "end of the day",
        "end of the work day",
        "home from work",
        "getting home",
        "después del trabajo",
        "nach der arbeit",
        "feierabend",
        "après le travail",
        "depois do trabalho",
        "dopo il lavoro",
        "na het werk",
        "na werk",
    ],
    "sale emails": [
        "sale",
        "sales",
        "sale emails",
        "emails",
        "email",
        "newsletters",
        "newsletter",
        "discount",
        "discounts",
        "promo",
        "promos",
        "rabatt",
        "rabatte",
        "angebote",
        "ofertas",
        "rebajas",
        "soldes",
        "promos",
        "promoções",
        "saldi",
        "sconti",
        "kortingen",
        "korting",
        "uitverkoop",
    ],
    "afternoon slump": [
        "slump",
        "afternoon slump",
        "afternoon dip",
        "energy dip",
        "tired",
        "tiredness",
        "low energy",
        "nachmittagstief",
        "bajón",
        "coup de barre",
        "coup de fatigue",
        "cansaço",
        "calo",
        "middagdip",
    ],
    "traffic": [
        "traffic",
        "go-slow",
        "go slow",
        "gridlock",
        "stuck in traffic",
        "third mainland",
        "commute",
        "commuting",
        "danfo",
        "tráfico",
        "tráfego",
        "trânsito",
        "stau",
        "verkehr",
        "embouteillages",
        "bouchons",
        "embouteillage",
        "traffico",
        "verkeer",
    ],
    "skipped lunch": [
        "skipped lunch",
        "skipping lunch",
        "no lunch",
        "missed lunch",
        "without lunch",
        "hungry",
        "hunger",
        "didn't eat",
        "sin almorzar",
        "sin comer",
        "kein mittagessen",
        "mittagessen",
        "sans déjeuner",
        "déjeuner",
        "sem almoço",
        "almoço",
        "senza pranzo",
        "pranzo",
        "geen lunch",
        "lunch",
    ],
    "lounge night": ["lounge", "lounges", "night out", "going out", "friday night", "hangout", "the lounge"],
    "driving": [
        "driving",
        "the drive",
        "long drive",
        "long drives",
        "on the road",
        "the road",
        "behind the wheel",
        "in the truck",
        "truck",
        "hauls",
        "long hauls",
        "route",
        "conduciendo",
        "manejando",
        "fahren",
        "autofahren",
        "conduire",
        "au volant",
        "dirigindo",
        "guidando",
        "guida",
        "rijden",
    ],
    "deer camp": ["deer camp", "hunting", "deer season", "camp", "the cabin", "cabin"],
    "hot day": [
        "hot day",
        "hot days",
        "heat",
        "the heat",
        "hot",
        "hot weather",
        "heatwave",
        "warm",
        "calor",
        "hitze",
        "chaleur",
        "caldo",
        "hitte",
        "warm weer",
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


def gen_meera(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        monsoon = 3.0 if d.month == 7 else 1.0
        if wd <= 5:
            for _ in range(count_for(r, 0.9 * monsoon)):
                b.add(
                    d,
                    pick(r, {15: 1, 16: 5, 17: 1}),
                    "tea",
                    pick(
                        r,
                        {
                            "cutting chai from the office canteen": 3,
                            "adrak chai after the standup": 2,
                            "need a chai, this call won't end": 2,
                            "elaichi chai with the team": 1,
                        },
                    ),
                    trigger=pick(r, {"long meetings": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.25 * monsoon)):
                b.add(
                    d,
                    pick(r, {10: 1, 11: 1}),
                    "tea",
                    "masala chai with amma",
                    emotions=["Happy"],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Family"],
                )
        quit_ = ago < REELS_QUIT
        if ago != REELS_QUIT:
            for _ in range(count_for(r, 1.1 * (0.25 if quit_ else 1.0))):
                b.add(
                    d,
                    pick(r, {23: 3, 24: 2, 25: 1}) if ago != REELS_QUIT + 1 else 22,
                    "phone",
                    pick(
                        r,
                        {
                            "instagram reels in bed, again": 3,
                            "one more reel...": 2,
                            "wanted to open insta": 2,
                            "doomscrolling till 1": 1,
                        },
                    )
                    if not quit_
                    else pick(r, {"reached for insta, it's not there": 2, "wanted to reinstall instagram": 1}),
                    trigger=pick(r, {"can't sleep": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 8),
                    resistance=r.randint(8, 10) if quit_ else resist_value(r, 0.25),
                    location="Home",
                    people=["Alone"],
                )
        if ago in REELS_SLIPS:
            b.add(
                d,
                23,
                "phone",
                "reinstalled insta for an hour, deleted it again",
                trigger="can't sleep",
                emotions=["Anxious"],
                intensity=r.randint(6, 8),
                resistance=r.randint(2, 4),
                location="Home",
                people=["Alone"],
                minute=20,
            )
        for _ in range(count_for(r, 0.12)):
            b.add(
                d,
                pick(r, {20: 1, 21: 1}),
                "sweets",
                pick(r, {"kaju katli from the box": 2, "gulab jamun after dinner": 1, "wanted mithai": 1}),
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Family"],
            )
        if ago == WEDDING:
            for hour in (12, 13, 15, 16, 18, 19, 20, 21):
                b.add(
                    d,
                    hour,
                    "sweets",
                    pick(r, {"jalebi at the wedding": 2, "rasmalai counter at the shaadi": 1, "another laddoo": 1}),
                    trigger="wedding",
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.1),
                    location="Social",
                    people=["Family"],
                )


def gen_joaquin(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < CIG_CUT
        summer = 3.0 if d.month in (12, 1, 2) else 1.0  # the southern summer
        drinks = 0
        for _ in range(count_for(r, {5: 1.0, 6: 1.8}.get(wd, 0.08) * summer)):
            drinks += 1
            b.add(
                d,
                pick(r, {20: 2, 21: 3}),
                "alcohol",
                pick(
                    r,
                    {
                        "piscolas con los cabros": 3,
                        "una chela bien helada": 2,
                        "terremoto at the fonda": 1,
                        "wanted a piscola so bad": 2,
                    },
                ),
                trigger=pick(r, {"asado": 2, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
        for _ in range(count_for(r, 1.1 * (0.35 if cut else 1.0))):
            b.add(
                d,
                pick(r, {8: 3, 9: 2}),
                "cigarettes",
                pick(
                    r,
                    {
                        "el pucho con el café": 3,
                        "first cigarette on the balcony": 2,
                        "un cigarro antes de la pega": 2,
                        "wanted a smoke with breakfast": 1,
                    },
                ),
                trigger=pick(r, {"morning coffee": 3, "": 1}),
                emotions=["Tired"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.85 if cut else 0.5),
                location="Home",
                people=["Alone"],
            )
        if drinks:
            for _ in range(count_for(r, 1.4 * (0.35 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {23: 2, 24: 2, 25: 1}),
                    "cigarettes",
                    pick(
                        r, {"puchos outside the bar": 3, "bummed a cigarette from pancho": 2, "smoking w/ the boys": 1}
                    ),
                    trigger=pick(r, {"out drinking": 3, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.6 if cut else 0.08),
                    location="Social",
                    people=["Friends"],
                )


def gen_brodie(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd <= 5:
            for _ in range(count_for(r, 1.5)):
                b.add(
                    d,
                    pick(r, {10: 4, 15: 1}),
                    "vaping",
                    pick(
                        r,
                        {
                            "hit of the vape at smoko": 3,
                            "iget at smoko with the boys": 2,
                            "grape ice vape on the tools": 2,
                            "gagging for the vape on site": 1,
                        },
                    ),
                    trigger=pick(r, {"smoko": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.5)):
                b.add(
                    d,
                    pick(r, {14: 1, 16: 1}),
                    "vaping",
                    "vape on the couch, footy on",
                    emotions=["Bored"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        if ago > CONES_STOP:
            winter = 3.0 if d.month in (6, 7, 8) else 1.0  # the southern winter
            for _ in range(count_for(r, 0.7 * winter)):
                b.add(
                    d,
                    pick(r, {18: 1, 19: 3, 20: 2}),
                    "cannabis",
                    pick(
                        r,
                        {
                            "wanted a cone after work": 3,
                            "bong on the back deck": 2,
                            "a joint to wind down": 2,
                        },
                    ),
                    trigger=pick(r, {"knock-off": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        if ago == CONES_STOP:
            b.add(
                d,
                19,
                "cannabis",
                "binned the bong, done with cones",
                trigger="knock-off",
                emotions=["Anxious"],
                intensity=4,
                resistance=9,
                location="Home",
                people=["Alone"],
            )


def gen_liesel(b: Builder) -> None:
    r = b.rng
    this_summer = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        hard = ago < SHOP_HARD
        month = 3.0 if d.month == 11 else 1.0
        for _ in range(count_for(r, (1.2 if wd == 7 else 0.4) * month)):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "shopping",
                pick(
                    r,
                    {
                        "zalando cart full again": 3,
                        "shein haul, just browsing": 2,
                        "wanted the boots from about you": 2,
                        "online shoppen, nur schauen": 1,
                    },
                ),
                trigger=pick(r, {"sale emails": 2, "": 1}),
                emotions=["Bored"],
                intensity=r.randint(7, 9) if hard else r.randint(3, 5),
                resistance=resist_value(r, 0.4),
                location="Home",
                people=["Alone"],
            )
        if wd != 1:  # the café's day off is Monday
            summer = (0.45 if d.year == this_summer else 1.0) if d.month in (6, 7, 8) else 1.0
            for _ in range(count_for(r, 0.7 * summer)):
                b.add(
                    d,
                    pick(r, {14: 1, 15: 4, 16: 1}),
                    "pastries",
                    pick(
                        r,
                        {
                            "a krapfen at café sperl": 3,
                            "punschkrapfen with the girls": 2,
                            "topfenstrudel and a melange": 2,
                            "wanted a nussbeugel": 1,
                        },
                    ),
                    trigger=pick(r, {"afternoon slump": 2, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.25),
                    location="Social",
                    people=["Friends"],
                )


def gen_nkechi(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        soft = ago < BITE_SOFT
        if wd <= 5:
            for _ in range(count_for(r, 1.2)):
                b.add(
                    d,
                    pick(r, {17: 1, 18: 4, 19: 2}),
                    "nail_biting",
                    pick(
                        r,
                        {
                            "biting my nails on third mainland": 3,
                            "chewed my thumbnail in the go-slow": 2,
                            "nails again, traffic no dey move": 2,
                            "bit my nails to the quick": 1,
                        },
                    ),
                    trigger=pick(r, {"traffic": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(2, 4) if soft else r.randint(6, 9),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Alone"],
                )
            for _ in range(count_for(r, 0.6)):
                b.add(
                    d,
                    pick(r, {13: 3, 14: 2}),
                    "snacks",
                    pick(
                        r,
                        {
                            "chin chin from the office drawer": 3,
                            "puff puff from the mama outside": 2,
                            "plantain chips, whole pack": 2,
                            "gala and la casera": 1,
                        },
                    ),
                    trigger=pick(r, {"skipped lunch": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 5),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.3)):
                b.add(
                    d,
                    pick(r, {20: 1, 21: 1}),
                    "nail_biting",
                    "biting my nails watching nollywood",
                    emotions=["Bored"],
                    intensity=r.randint(2, 4) if soft else r.randint(5, 8),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        if ago <= SHISHA_NEW:
            n = 1 if ago == SHISHA_NEW else count_for(r, {5: 1.5, 6: 1.5}.get(wd, 0.25))
            for _ in range(n):
                b.add(
                    d,
                    pick(r, {22: 2, 23: 3}),
                    "hookah",
                    pick(
                        r,
                        {
                            "shisha at the lounge in lekki": 3,
                            "double apple shisha with the girls": 2,
                            "wanted shisha so bad tonight": 1,
                        },
                    ),
                    trigger=pick(r, {"lounge night": 2, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Social",
                    people=["Friends"],
                )


def gen_wade(b: Builder) -> None:
    r = b.rng
    this_summer = latest_season_year(b.today, 6)
    week_start = b.day(WADE_WEEK) - timedelta(days=b.day(WADE_WEEK).weekday())
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        rise = 2.0 if ago < DIP_TREND else 1.0
        if week_start <= d <= week_start + timedelta(days=6):
            for _ in range(count_for(r, 4.5)):
                b.add(
                    d,
                    pick(r, {7: 1, 9: 1, 13: 1, 16: 1}),
                    "dip",
                    pick(
                        r, {"dip in the deer stand": 2, "grizzly wintergreen at camp": 2, "a fat lip at deer camp": 1}
                    ),
                    trigger="deer camp",
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.1),
                    location="Outside",
                    people=["Friends"],
                )
        elif wd <= 5:
            for _ in range(count_for(r, 1.0 * rise)):
                b.add(
                    d,
                    pick(r, {6: 2, 7: 3, 9: 2, 14: 1}),
                    "dip",
                    pick(
                        r,
                        {
                            "packed a lip of grizzly in the truck": 3,
                            "copenhagen on the I-55 run": 2,
                            "wanted a dip so bad on the route": 2,
                            "out of cope, craving a can": 1,
                        },
                    ),
                    trigger=pick(r, {"driving": 3, "": 1}),
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Alone"],
                )
        else:
            for _ in range(count_for(r, 0.3 * rise)):
                b.add(
                    d,
                    pick(r, {11: 1, 15: 1}),
                    "dip",
                    "dip while mowing",
                    emotions=["Bored"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        summer = (3.0 if d.year == this_summer else 1.5) if d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, 0.35 * summer)):
            b.add(
                d,
                pick(r, {19: 2, 20: 3}),
                "ice_cream",
                pick(
                    r,
                    {
                        "blizzard run to dairy queen w/ the kids": 3,
                        "blue bell straight from the tub": 2,
                        "wanted a drumstick": 1,
                        "moose tracks after supper": 2,
                    },
                ),
                trigger=pick(r, {"hot day": 2, "": 1}) if d.month in (6, 7, 8) else "",
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Family"],
            )


def gen_pita(b: Builder) -> None:
    spec = [
        (49, 17, "alcohol", "a cold one at the hotel after the boats came in", "Social", ["Friends"], "Happy", 4, 6),
        (41, 20, "cigarettes", "a rollie on the wharf", "Outside", ["Alone"], "Bored", 5, 3),
        (33, 7, "coffee", "wanted a coffee before heading out on the boat", "Work", ["Coworkers"], "Tired", 4, 8),
        (25, 13, "cigarettes", "smoke with the crew", "Work", ["Coworkers"], "Tired", 6, 2),
        (17, 21, "alcohol", "beer at home, said no", "Home", ["Family"], "Bored", 3, 9),
        (10, 16, "sweets", "pineapple lumps from the store", "Outside", ["Family"], "Happy", 3, 5),
        (3, 8, "coffee", "coffee on the wharf", "Outside", ["Alone"], "Tired", 4, 9),
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
    "meera": gen_meera,
    "joaquin": gen_joaquin,
    "brodie": gen_brodie,
    "liesel": gen_liesel,
    "nkechi": gen_nkechi,
    "wade": gen_wade,
    "pita": gen_pita,
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
