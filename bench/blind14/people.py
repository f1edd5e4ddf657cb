"""Seven generated people for the fourteenth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (a Christmas cheese board in December, the southern summer of braais, a
lake-and-drive-thru summer against the one before), everything else (a self-exclusion on a named date with slips
after it, a cut-down "about 6 weeks ago", a stopped habit, a new habit, a gap, a rising trend, cravings growing
stronger, a birthday party, a week off sick) on days before the run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- aoife     Europe/Dublin (+0 / +1), 560 days: betting (paddy power, the horses) on Saturday afternoons at the pub
  with friends, "the racing"; SELF-EXCLUDED on a named date BET_BAN days ago, mostly resisted since, with slips
  (BET_SLIPS days ago); the chipper (spice bags, curry chips) late on Friday and far more on Saturday nights on
  the way home with friends, "after the pub", far more on the days she wants to bet.
- sipho     Africa/Johannesburg (+2, southern), 520 days: cigars at the braai on Saturday evenings with friends,
  the southern summer (Dec-Feb) by far the peak season; energy drinks on weekday afternoons at work with
  coworkers, "long shifts", CUT DOWN since ENERGY_CUT days ago ("about 6 weeks ago"), resisting far more since,
  resisting better at home than at work; NOTHING logged from SIPHO_GAP.
- fraser    Europe/London (+0 / +1), 580 days: nicotine pouches (zyn, velo) on weekday mornings at his desk alone,
  anxious, "deadlines", RISING to about double over the last quarter; gaming (ps5, warzone) at home alone on
  Saturday nights and Sunday afternoons, "winding down", a weekend thing, one Monday-to-Sunday week (holding
  FRASER_WEEK days ago, off sick) about four times his usual; pouches not linked to gaming days.
- weiling   Asia/Singapore (+8), 500 days: bubble tea on weekend afternoons at the mall with friends, "walking
  around the mall", resisted far more with coworkers than with friends; a gacha game (star rail) NEW since
  GACHA_NEW days ago, late at night in bed alone, lonely, "new banner"; kopi now and then (few logs).
- mackenzie America/Winnipeg (-6 / -5), 600 days: coffee (timmies double-double) on weekday mornings (7:00) in the
  car alone, tired, "the commute", far STRONGER over the last COFFEE_HARD days; drive-thru food (poutine, a&w) in
  the evening with family, "hockey practice", THIS summer about double the summer before, summer its peak season.
- lotte     Europe/Amsterdam (+1 / +2), 620 days: cheese (oude kaas, tosti) in the evening at home with her
  partner, "watching series", NEVER on a Tuesday (korfbal training), December by far the worst month, a birthday
  party (PARTY days ago, moved off a Tuesday) the busiest day; heated tobacco (iqos) on weekday breaks at work
  with coworkers, STOPPED IQOS_STOP days ago.
- moya      America/St_Johns (-3:30 / -2:30, a half-hour offset), 6 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261214
BET_BAN = 45  # aoife self-excluded from the betting apps (the question names the date)
BET_SLIPS = (33, 12)  # her given-in betting cravings after that
ENERGY_CUT = 42  # sipho began cutting down on energy drinks ("about 6 weeks ago")
SIPHO_GAP = (140, 119)  # sipho logged nothing from 140 to 119 days ago
POUCH_TREND = 90  # fraser's pouches rise over the last POUCH_TREND days
FRASER_WEEK = 30  # the Mon-Sun week holding this day is fraser's worst week for gaming (off sick)
GACHA_NEW = 20  # weiling's first gacha craving
COFFEE_HARD = 60  # mackenzie's coffee cravings are far stronger over the last COFFEE_HARD days
PARTY = 19  # lotte's birthday party: the most cheese in one day (20 if day 19 is a Tuesday)
IQOS_STOP = 80  # lotte's last heated-tobacco craving


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("aoife", "Europe/Dublin", 560, facts={"ban": BET_BAN, "slips": BET_SLIPS}),
    Person("sipho", "Africa/Johannesburg", 520, southern=True, facts={"cut": ENERGY_CUT, "gap": SIPHO_GAP}),
    Person("fraser", "Europe/London", 580, facts={"trend": POUCH_TREND, "week": FRASER_WEEK}),
    Person("weiling", "Asia/Singapore", 500, facts={"new": GACHA_NEW}),
    Person("mackenzie", "America/Winnipeg", 600, facts={"hard": COFFEE_HARD}),
    Person("lotte", "Europe/Amsterdam", 620, facts={"party": PARTY, "stop": IQOS_STOP}),
    Person("moya", "America/St_Johns", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "the racing": [
        "racing",
        "the racing",
        "horse racing",
        "the horses",
        "horses",
        "races",
        "the races",
        "race meetings",
        "cheltenham",
        "leopardstown",
        "carreras",
        "carreras de caballos",
        "pferderennen",
        "rennen",
        "courses",
        "courses hippiques",
        "corridas",
        "corridas de cavalos",
        "corse",
        "corse dei cavalli",
        "paardenrennen",
        "wyścigi",
    ],
    "after the pub": [
        "after the pub",
        "the pub",
        "pub",
        "after drinks",
        "drinks",
        "drinking",
        "a few pints",
        "pints",
        "night out",
        "nights out",
        "on the way home",
        "walking home",
        "después del pub",
        "nach dem pub",
        "kneipe",
        "après le pub",
        "depois do pub",
        "dopo il pub",
        "na de kroeg",
        "kroeg",
    ],
    "braai": [
        "braai",
        "braais",
        "the braai",
        "barbecue",
        "barbecues",
        "bbq",
        "grill",
        "asado",
        "parrilla",
        "grillen",
        "churrasco",
        "grigliata",
        "barbecuen",
    ],
    "long shifts": [
        "long shifts",
        "long shift",
        "shifts",
        "shift",
        "double shift",
        "overtime",
        "long days",
        "long hours",
        "turnos",
        "turno",
        "schichten",
        "schicht",
        "garde",
        "horas extra",
        "diensten",
        "dienst",
    ],
    "deadlines": [
        "deadline",
        "deadlines",
        "due dates",
        "work pressure",
        "pressure at work",
        "workload",
        "plazos",
        "fechas de entrega",
        "abgabetermine",
        "fristen",
        "échéances",
        "délais",
        "prazos",
        "scadenze",
    ],
    "winding down": [
        "winding down",
        "wind down",
        "to wind down",
        "unwinding",
        "unwind",
        "switching off",
        "switch off",
        "relax",
        "relaxing",
        "desconectar",
        "relajarse",
        "abschalten",
        "entspannen",
        "décompresser",
        "se détendre",
        "relaxar",
        "rilassarsi",
        "ontspannen",
    ],
    "off sick": ["off sick", "sick", "ill", "the flu", "flu", "sick week", "illness", "enfermo", "krank", "malade"],
    "walking around the mall": [
        "mall",
        "the mall",
        "malls",
        "shopping mall",
        "walking around the mall",
        "jalan jalan",
        "centro comercial",
        "einkaufszentrum",
        "centre commercial",
        "shopping",
        "centro commerciale",
        "winkelcentrum",
    ],
    "new banner": [
        "banner",
        "banners",
        "new banner",
        "new character",
        "new characters",
        "limited banner",
        "update",
        "new update",
        "patch",
        "event",
        "events",
    ],
    "the commute": [
        "commute",
        "commuting",
        "the commute",
        "the drive",
        "driving",
        "drive to work",
        "drive in",
        "the drive in",
        "on the road",
        "in the car",
        "trajet",
        "trayecto",
        "pendeln",
        "arbeitsweg",
        "trajeto",
        "tragitto",
        "woon-werkverkeer",
        "forens",
    ],
    "hockey practice": [
        "hockey",
        "hockey practice",
        "practice",
        "the rink",
        "rink",
        "the arena",
        "kids' practice",
        "games",
        "tournament",
        "tournaments",
        "entrenamiento",
        "training",
        "entraînement",
        "treino",
        "allenamento",
    ],
    "watching series": [
        "series",
        "a series",
        "watching series",
        "netflix",
        "tv",
        "telly",
        "the tv",
        "a show",
        "shows",
        "binge-watching",
        "bingewatching",
        "movie",
        "movies",
        "film",
        "serie",
        "series kijken",
        "serie kijken",
        "série",
        "séries",
        "serien",
        "fernsehen",
    ],
    "birthday party": [
        "birthday",
        "birthday party",
        "party",
        "verjaardag",
        "verjaardagsfeest",
        "feestje",
        "cumpleaños",
        "geburtstag",
        "anniversaire",
        "aniversário",
        "compleanno",
    ],
    "work breaks": [
        "break",
        "breaks",
        "work breaks",
        "coffee break",
        "pauze",
        "pauzes",
        "pause",
        "pausa",
        "descanso",
        "smoke break",
        "smoke breaks",
    ],
    "payday": ["payday", "pay day", "month-end", "month end", "salary", "got paid"],
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


def gen_aoife(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        banned = ago < BET_BAN
        rate = {6: 1.6, 7: 0.3}.get(wd, 0.15) * (0.5 if banned else 1.0)
        if ago != BET_BAN:
            for _ in range(count_for(r, rate)):
                sat = wd == 6
                b.add(
                    d,
                    pick(r, {14: 2, 15: 3, 16: 2}) if sat else pick(r, {15: 1, 21: 2, 22: 1}),
                    "gambling",
                    pick(
                        r,
                        {
                            "fiver each way on the horses": 3,
                            "wanted to open paddy power": 2,
                            "acca on the racing, go on": 2,
                            "itching for a flutter": 1,
                        },
                    )
                    if not banned
                    else pick(r, {"wanted a bet, self-excluded, grand": 2, "went looking for paddy power": 1}),
                    trigger=pick(r, {"the racing": 3, "": 1}) if sat else "",
                    emotions=["Happy"] if sat else ["Bored"],
                    intensity=r.randint(4, 8),
                    resistance=r.randint(8, 10) if banned else resist_value(r, 0.25),
                    location="Social" if sat else "Home",
                    people=["Friends"] if sat else ["Alone"],
                )
        if ago in BET_SLIPS:
            b.add(
                d,
                15,
                "gambling",
                "caved, tenner on the 3:40 on my mate's phone",
                trigger="the racing",
                emotions=["Happy"],
                intensity=r.randint(6, 8),
                resistance=r.randint(2, 4),
                location="Social",
                people=["Friends"],
                minute=20,
            )
        for _ in range(count_for(r, {5: 0.6, 6: 1.3}.get(wd, 0.04))):
            b.add(
                d,
                pick(r, {23: 1, 24: 3, 25: 1}),
                "fast_food",
                pick(
                    r,
                    {
                        "spice bag on the way home": 3,
                        "curry chips from the chipper": 2,
                        "would murder a 3-in-1": 2,
                        "supermac's after the pub": 1,
                    },
                ),
                trigger=pick(r, {"after the pub": 3, "": 1}),
                emotions=["Hungry"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.15),
                location="Outside",
                people=["Friends"],
            )


def gen_sipho(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < ENERGY_CUT
        summer = 3.0 if d.month in (12, 1, 2) else 1.0  # the southern summer
        for _ in range(count_for(r, {6: 0.9, 7: 0.3}.get(wd, 0.03) * summer)):
            b.add(
                d,
                pick(r, {18: 2, 19: 3, 20: 2}) if wd == 6 else pick(r, {14: 1, 15: 1}),
                "cigars",
                pick(
                    r,
                    {
                        "cigar at the braai with the okes": 3,
                        "wanted a romeo y julieta": 2,
                        "lekker cigar by the fire": 2,
                        "cigarillo while the meat's on": 1,
                    },
                ),
                trigger=pick(r, {"braai": 3, "": 1}),
                emotions=["Happy"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.3 * (0.35 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {11: 1, 14: 2, 15: 3}),
                    "energy",
                    pick(
                        r,
                        {
                            "need a monster to get through this shift": 3,
                            "score energy from the vending machine": 2,
                            "dragon energy, eish": 2,
                            "red bull before the handover": 1,
                        },
                    ),
                    trigger=pick(r, {"long shifts": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.8 if cut else 0.15),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.4 * (0.35 if cut else 1.0))):
                b.add(
                    d,
                    pick(r, {10: 1, 12: 1}),
                    "energy",
                    "monster on the couch, still tired",
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.85 if cut else 0.55),
                    location="Home",
                    people=["Alone"],
                )


def gen_fraser(b: Builder) -> None:
    r = b.rng
    week_start = b.day(FRASER_WEEK) - timedelta(days=b.day(FRASER_WEEK).weekday())
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        rise = 2.0 if ago < POUCH_TREND else 1.0
        sick = week_start <= d <= week_start + timedelta(days=6)
        if wd <= 5 and not sick:
            for _ in range(count_for(r, 1.0 * rise)):
                b.add(
                    d,
                    pick(r, {9: 2, 10: 4, 11: 1, 14: 1}),
                    "nicotine",
                    pick(
                        r,
                        {
                            "zyn in before the standup": 3,
                            "wanted a pouch, inbox is mental": 2,
                            "velo at my desk": 2,
                            "gagging for a pouch": 1,
                        },
                    ),
                    trigger=pick(r, {"deadlines": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.25),
                    location="Work",
                    people=["Alone"],
                )
        elif not sick:
            for _ in range(count_for(r, 0.3 * rise)):
                b.add(
                    d,
                    pick(r, {12: 1, 16: 1}),
                    "nicotine",
                    "pouch on the sofa",
                    emotions=["Bored"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        if sick:
            for _ in range(count_for(r, 4.0)):
                b.add(
                    d,
                    pick(r, {11: 1, 14: 1, 17: 1, 20: 1}),
                    "gaming",
                    pick(r, {"off sick, one more warzone game": 2, "ps5 all day, feel rotten": 1}),
                    trigger="off sick",
                    emotions=["Tired"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.1),
                    location="Home",
                    people=["Alone"],
                )
            continue
        rate = {6: 1.4, 7: 0.9, 5: 0.2}.get(wd, 0.08)
        for _ in range(count_for(r, rate)):
            b.add(
                d,
                pick(r, {22: 2, 23: 3, 24: 1}) if wd in (5, 6) else pick(r, {14: 1, 15: 2, 16: 1}),
                "gaming",
                pick(
                    r,
                    {
                        "a wee game of warzone": 3,
                        "wanted to get on the ps5": 2,
                        "one more match, then bed": 2,
                        "cod with the headset on": 1,
                    },
                ),
                trigger=pick(r, {"winding down": 3, "": 1}),
                emotions=["Bored"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Alone"],
            )


def gen_weiling(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if wd >= 6:
            for _ in range(count_for(r, 1.1)):
                b.add(
                    d,
                    pick(r, {13: 2, 14: 3, 15: 2}),
                    "bubble_tea",
                    pick(
                        r,
                        {
                            "brown sugar boba at the mall": 3,
                            "liho queue so long but still want": 2,
                            "koi milk tea less ice": 2,
                            "gong cha with the girls": 1,
                        },
                    ),
                    trigger=pick(r, {"walking around the mall": 3, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.1),
                    location="Outside",
                    people=["Friends"],
                )
        else:
            for _ in range(count_for(r, 0.25)):
                b.add(
                    d,
                    pick(r, {15: 2, 16: 1}),
                    "bubble_tea",
                    pick(r, {"colleagues ordering bbt on grab": 2, "kaki says bbt run, sian": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.6),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago <= GACHA_NEW:
            for _ in range(1 if ago == GACHA_NEW else count_for(r, 0.9)):
                b.add(
                    d,
                    pick(r, {23: 3, 24: 2, 25: 1}),
                    "gacha",
                    pick(
                        r,
                        {
                            "want to pull on the new star rail banner": 3,
                            "one more 10-pull in bed": 2,
                            "tempted to top up again": 1,
                        },
                    ),
                    trigger=pick(r, {"new banner": 2, "": 1}),
                    emotions=["Lonely"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Alone"],
                )
        for _ in range(count_for(r, 0.03)):
            b.add(
                d,
                pick(r, {8: 1, 9: 1}),
                "coffee",
                pick(r, {"kopi-o kosong from the kopitiam": 1, "kopi peng please": 1}),
                emotions=["Tired"],
                intensity=r.randint(3, 5),
                resistance=resist_value(r, 0.3),
                location="Outside",
                people=["Alone"],
            )


def gen_mackenzie(b: Builder) -> None:
    r = b.rng
    this_summer = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        hard = ago < COFFEE_HARD
        if wd <= 5:
            for _ in range(count_for(r, 1.3)):
                b.add(
                    d,
                    pick(r, {6: 2, 7: 4, 8: 1}),
                    "coffee",
                    pick(
                        r,
                        {
                            "double-double from timmies on the way in": 3,
                            "need a coffee before this drive": 2,
                            "tim's drive-thru line is huge but want": 2,
                            "coffee coffee coffee": 1,
                        },
                    ),
                    trigger=pick(r, {"the commute": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(7, 9) if hard else r.randint(3, 5),
                    resistance=resist_value(r, 0.2),
                    location="Outside",
                    people=["Alone"],
                )
        else:
            for _ in range(count_for(r, 0.5)):
                b.add(
                    d,
                    pick(r, {9: 1, 10: 1}),
                    "coffee",
                    "coffee at home with the kids watching cartoons",
                    emotions=["Happy"],
                    intensity=r.randint(7, 9) if hard else r.randint(3, 5),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Family"],
                )
        summer = (3.0 if d.year == this_summer else 1.5) if d.month in (6, 7, 8) else 1.0
        for _ in range(count_for(r, 0.3 * summer)):
            b.add(
                d,
                pick(r, {18: 3, 19: 2}),
                "fast_food",
                pick(
                    r,
                    {
                        "poutine after the kids' practice": 3,
                        "a&w teen burger craving": 2,
                        "wendy's drive-thru on the way home": 2,
                        "wanted a large fry so bad": 1,
                    },
                ),
                trigger=pick(r, {"hockey practice": 2, "": 1}),
                emotions=["Hungry"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Outside",
                people=["Family"],
            )


def gen_lotte(b: Builder) -> None:
    r = b.rng
    party = PARTY + (b.day(PARTY).isoweekday() == 2)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        if ago == party:
            for hour in (14, 15, 16, 17, 18, 19, 20):
                b.add(
                    d,
                    hour,
                    "cheese",
                    pick(r, {"kaasplankje at the birthday": 2, "more oude kaas on a cracker": 1, "blokjes kaas": 1}),
                    trigger="birthday party",
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.1),
                    location="Social",
                    people=["Friends"],
                )
        elif wd != 2:  # korfbal training on Tuesday evenings
            december = 3.0 if d.month == 12 else 1.0
            for _ in range(count_for(r, 0.6 * december)):
                b.add(
                    d,
                    pick(r, {19: 1, 20: 3, 21: 2}),
                    "cheese",
                    pick(
                        r,
                        {
                            "oude kaas straight from the fridge": 3,
                            "tosti with extra cheese": 2,
                            "a whole wedge of brie with the series": 2,
                            "wanted kaas on crackers": 1,
                        },
                    ),
                    trigger=pick(r, {"watching series": 2, "": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Family"],
                )
        if ago > IQOS_STOP and wd <= 5:
            for _ in range(count_for(r, 1.2)):
                b.add(
                    d,
                    pick(r, {10: 2, 13: 2, 16: 1}),
                    "heated_tobacco",
                    pick(r, {"iqos on the break": 3, "wanted a terea stick": 2, "heets with the girls from work": 1}),
                    trigger=pick(r, {"work breaks": 3, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago == IQOS_STOP:
            b.add(
                d,
                13,
                "heated_tobacco",
                "gave my iqos to my brother, done",
                trigger="work breaks",
                emotions=["Anxious"],
                intensity=5,
                resistance=9,
                location="Work",
                people=["Coworkers"],
            )


def gen_moya(b: Builder) -> None:
    spec = [
        (44, 19, "sweets", "wanted a bag of jelly beans from sobeys", "Home", ["Family"], "Bored", 4, 6),
        (36, 8, "coffee", "coffee before the ferry", "Outside", ["Alone"], "Tired", 5, 8),
        (27, 21, "alcohol", "screech at the kitchen party", "Social", ["Friends"], "Happy", 6, 3),
        (18, 13, "sweets", "peppermint nobs at work", "Work", ["Coworkers"], "Bored", 3, 9),
        (9, 16, "coffee", "coffee on george street", "Social", ["Friends"], "Happy", 4, 5),
        (2, 20, "sweets", "jam jams after supper", "Home", ["Family"], "Tired", 5, 7),
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
    "aoife": gen_aoife,
    "sipho": gen_sipho,
    "fraser": gen_fraser,
    "weiling": gen_weiling,
    "mackenzie": gen_mackenzie,
    "lotte": gen_lotte,
    "moya": gen_moya,
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
