"""Seven generated people for the twelfth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock). Deterministic: the same seed and the same run day give the same rows.
Seasonal effects sit on calendar months (a northern December, a northern winter, an exam month, this summer against
the summer before, the southern summer and this southern spring against the one before), everything else (a
cut-down "2 months ago", a quit on a named date with slips after it, counselling from a named date, a new habit, a
stopped habit, a gap, a rising trend, cravings growing stronger or weaker, a bad day, a bad week) on days before the
run day.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- tesfaye  Africa/Addis_Ababa (+3), 480 days: khat (chat, bercha) on afternoons Monday to Saturday, never on a
  Sunday, at a friend's place with friends, "study session", CUTTING DOWN since KHAT_CUT days ago ("2 months
  ago"), resisting far more since; FIFA on the PlayStation in the evening at home alone, far more on khat days
  ("the come-down").
- darlene  America/St_Johns (-3:30 / -2:30, a half-hour offset), 600 days: scratch tickets at the gas station in
  the afternoon (Thursday and Friday, payday) and VLTs at the club on Friday and Saturday evenings (mostly given
  in), QUIT on a named date SCRATCH_QUIT days ago with slips (SCRATCH_SLIPS days ago); pop (pepsi) on weekday
  afternoons at work with coworkers, "long shift", THIS summer about double the summer before, the cravings far
  STRONGER over the last POP_HARD days; NOTHING logged from DARLENE_GAP.
- shirin   Asia/Tehran (+3:30, a half-hour offset), 500 days: sunflower seeds (tokhmeh) in the evening at home
  with family, "watching a series", December by far the worst month (Yalda night the biggest day), winter the peak
  season; late-night delivery food (snappfood) at home alone, Friday the peak, RISING to about double over the last
  quarter.
- thais    America/Sao_Paulo (southern, -3), 520 days: açaí on weekday afternoons (16:00) outside alone after the
  gym, the southern summer (Dec-Feb) the peak season, THIS spring (Sep-Nov) about half of the spring before;
  dating apps late at night at home alone, Sunday the peak, STOPPED DATING_STOP days ago.
- jomar    Asia/Manila (+8), 480 days: energy drinks on weekday night shifts at work with coworkers (2 am the
  peak hour), the cravings far WEAKER over the last ENERGY_SOFT days, one Monday-to-Sunday week (holding
  JOMAR_WEEK days ago) about three times his usual; instant noodles (pancit canton) in the morning after the shift
  at home alone, one bad day NOODLE_BAD days ago (a typhoon); crypto charts NEW since TRADE_NEW days ago.
- ruairi   Europe/Dublin (+0 / +1), 600 days: chicken fillet rolls at weekday lunchtime (12:00) outside with
  friends, "between lectures", THIS summer about half of the summer before; skin picking in the evening at home
  alone (mostly given in) and in the library with friends (mostly resisted), "exam stress", May by far the worst
  month, fewer and far more often resisted since counselling began on a named date COUNSEL days ago.
- isla     Australia/Lord_Howe (+10:30 / +11, a half-hour daylight-saving shift, southern), 8 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261212
KHAT_CUT = 60  # tesfaye began cutting down on khat ("2 months ago")
SCRATCH_QUIT = 38  # darlene stopped buying scratch tickets (the question names the date)
SCRATCH_SLIPS = (33, 12)  # her given-in gambling cravings after the quit
POP_HARD = 60  # darlene's pop cravings are far stronger over the last POP_HARD days
DARLENE_GAP = (230, 205)  # darlene logged nothing from 230 to 205 days ago
FOOD_TREND = 90  # shirin's delivery food rises over the last FOOD_TREND days
DATING_STOP = 65  # thais's last dating-app craving
ENERGY_SOFT = 60  # jomar's energy-drink cravings are far weaker over the last ENERGY_SOFT days
JOMAR_WEEK = 45  # the Mon-Sun week holding this day is jomar's worst week for energy drinks
NOODLE_BAD = 20  # jomar's typhoon day of instant noodles
TRADE_NEW = 21  # jomar's first crypto-chart craving
COUNSEL = 75  # ruairi began counselling (the question names the date)


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("tesfaye", "Africa/Addis_Ababa", 480, facts={"cut": KHAT_CUT}),
    Person(
        "darlene",
        "America/St_Johns",
        600,
        facts={"quit": SCRATCH_QUIT, "slips": SCRATCH_SLIPS, "hard": POP_HARD, "gap": DARLENE_GAP},
    ),
    Person("shirin", "Asia/Tehran", 500, facts={"trend": FOOD_TREND}),
    Person("thais", "America/Sao_Paulo", 520, southern=True, facts={"stop": DATING_STOP}),
    Person(
        "jomar",
        "Asia/Manila",
        480,
        facts={"soft": ENERGY_SOFT, "week": JOMAR_WEEK, "bad": NOODLE_BAD, "new": TRADE_NEW},
    ),
    Person("ruairi", "Europe/Dublin", 600, facts={"counsel": COUNSEL}),
    Person("isla", "Australia/Lord_Howe", 60, southern=True),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "study session": [
        "study",
        "studying",
        "study session",
        "study sessions",
        "exams",
        "exam",
        "cramming",
        "revision",
        "revising",
        "homework",
        "estudiar",
        "estudio",
        "lernen",
        "réviser",
        "révisions",
        "studiare",
        "studio",
        "estudar",
        "estudos",
        "studeren",
        "leren",
    ],
    "the come-down": [
        "come-down",
        "comedown",
        "come down",
        "coming down",
        "the crash",
        "crash",
        "chebsi",
        "after chewing",
        "after the khat",
        "after khat",
        "after chat",
        "after chewing khat",
        "después de mascar",
        "nach dem kauen",
        "après avoir mâché",
        "depois de mascar",
        "depois do khat",
        "quando o efeito passa",
        "dopo aver masticato",
        "na het kauwen",
        "khat wearing off",
        "wears off",
        "wearing off",
        "bajón",
        "runterkommen",
        "descente",
        "ressaca do khat",
        "calo",
    ],
    "payday": [
        "payday",
        "pay day",
        "paydays",
        "got paid",
        "get paid",
        "getting paid",
        "paycheque",
        "paycheck",
        "pay cheque",
        "wages",
        "día de pago",
        "cobro",
        "zahltag",
        "gehalt",
        "jour de paie",
        "paie",
        "dia de pagamento",
        "pagamento",
        "giorno di paga",
        "stipendio",
        "betaaldag",
        "salaris",
        "loon",
    ],
    "long shift": [
        "long shift",
        "long shifts",
        "shift",
        "shifts",
        "double shift",
        "double shifts",
        "work",
        "at work",
        "on shift",
        "turno",
        "turnos",
        "schicht",
        "schichten",
        "garde",
        "plantão",
        "dienst",
        "diensten",
    ],
    "watching a series": [
        "series",
        "serial",
        "serials",
        "a show",
        "shows",
        "tv",
        "watching",
        "episode",
        "episodes",
        "filimo",
        "namava",
        "streaming",
        "serie",
        "serien",
        "série",
        "séries",
        "serie tv",
        "fernsehen",
        "televisión",
        "televisão",
        "televisione",
    ],
    "skipped dinner": [
        "skipped dinner",
        "skipping dinner",
        "skip dinner",
        "no dinner",
        "missed dinner",
        "didn't eat",
        "not eating",
        "without dinner",
        "hungry",
        "hunger",
        "empty stomach",
        "sin cenar",
        "kein abendessen",
        "abendessen",
        "sans dîner",
        "dîner",
        "sem jantar",
        "jantar",
        "senza cena",
        "cena",
        "geen avondeten",
        "avondeten",
    ],
    "after the gym": [
        "gym",
        "the gym",
        "after the gym",
        "workout",
        "workouts",
        "training",
        "exercise",
        "treino",
        "pós-treino",
        "pos-treino",
        "academia",
        "gimnasio",
        "entrenar",
        "entrenamiento",
        "fitnessstudio",
        "training",
        "sport",
        "salle de sport",
        "palestra",
        "allenamento",
        "sportschool",
    ],
    "bored in bed": [
        "in bed",
        "bed",
        "bedtime",
        "before sleep",
        "before sleeping",
        "lying in bed",
        "bored",
        "boredom",
        "can't sleep",
        "na cama",
        "cama",
        "en la cama",
        "im bett",
        "bett",
        "au lit",
        "lit",
        "a letto",
        "letto",
        "in bed",
    ],
    "night shift": [
        "night shift",
        "night shifts",
        "shift",
        "shifts",
        "graveyard",
        "graveyard shift",
        "on shift",
        "the floor",
        "calls",
        "work",
        "at work",
        "turno de noche",
        "turno nocturno",
        "nachtschicht",
        "de nuit",
        "travail de nuit",
        "turno da noite",
        "plantão",
        "turno di notte",
        "nachtdienst",
        "turno",
        "trabaho",
    ],
    "after shift": [
        "after shift",
        "after your shift",
        "after the shift",
        "after work",
        "post-shift",
        "getting home",
        "get home",
        "coming home",
        "home from work",
        "end of shift",
        "end of your shift",
        "after your night shift",
        "after the night shift",
        "after night shift",
        "shift",
        "después del turno",
        "nach der schicht",
        "après le travail",
        "après ton service",
        "depois do turno",
        "dopo il turno",
        "na je dienst",
        "na het werk",
    ],
    "between lectures": [
        "lectures",
        "lecture",
        "between lectures",
        "between classes",
        "classes",
        "class",
        "college",
        "campus",
        "uni",
        "university",
        "ucd",
        "clases",
        "universidad",
        "vorlesung",
        "vorlesungen",
        "uni",
        "cours",
        "fac",
        "aulas",
        "faculdade",
        "lezioni",
        "università",
        "colleges",
        "college",
    ],
    "exam stress": [
        "exam",
        "exams",
        "exam stress",
        "stress",
        "stressed",
        "studying",
        "study",
        "revision",
        "assignments",
        "deadlines",
        "deadline",
        "exámenes",
        "examen",
        "prüfungen",
        "prüfung",
        "prüfungsstress",
        "examens",
        "provas",
        "exames",
        "esami",
        "tentamens",
        "tentamen",
    ],
    "hungover": ["hungover", "hangover", "hanging", "the morning after", "after a night out", "resaca", "kater"],
    "typhoon": ["typhoon", "bagyo", "storm", "stuck at home"],
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


def gen_tesfaye(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        cut = ago < KHAT_CUT
        chewed = 0
        if wd != 7:  # never on a Sunday (church, then family)
            for _ in range(count_for(r, (1.6 if wd == 6 else 1.2) * (0.35 if cut else 1.0))):
                chewed += 1
                b.add(
                    d,
                    pick(r, {14: 2, 15: 4, 16: 1}),
                    "khat",
                    pick(
                        r,
                        {
                            "bercha at dawit's, fresh awaday chat": 3,
                            "qam with the boys, gelemso leaves": 2,
                            "ጫት ከጓደኞቼ ጋር": 2,
                            "chewed for the exam, mirqana kicked in": 1,
                        },
                    )
                    if not cut
                    else pick(
                        r,
                        {
                            "the boys called me for bercha": 3,
                            "wanted a bundle from awaday": 2,
                            "ጫት ፈለግሁ, trying to cut down": 2,
                        },
                    ),
                    trigger=pick(r, {"study session": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(5, 8),
                    resistance=resist_value(r, 0.75 if cut else 0.12),
                    location="Social",
                    people=["Friends"],
                )
        for _ in range(count_for(r, 0.9 if chewed else 0.2)):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "gaming",
                pick(
                    r,
                    {
                        "fifa on the ps4, one more match": 3,
                        "wanted to grind ultimate team": 2,
                        "pes till late again": 1,
                        "ፊፋ መጫወት ፈለግሁ": 1,
                    },
                ),
                trigger=pick(r, {"the come-down": 3, "": 1}) if chewed else "",
                emotions=["Sad"],
                intensity=r.randint(2, 5),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_darlene(b: Builder) -> None:
    r = b.rng
    this_summer = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        quit_ = ago < SCRATCH_QUIT
        if ago != SCRATCH_QUIT:
            store = {4: 1.2, 5: 1.2}.get(wd, 0.3 if wd <= 5 else 0.15) * (0.3 if quit_ else 1.0)
            for _ in range(count_for(r, store)):
                b.add(
                    d,
                    pick(r, {15: 2, 16: 3}),
                    "gambling",
                    pick(
                        r,
                        {
                            "scratchers at the irving": 3,
                            "a $5 crossword ticket": 2,
                            "breakopens at the corner store b'y": 2,
                            "lotto max, the jackpot's huge": 1,
                        },
                    )
                    if not quit_
                    else pick(r, {"stood at the irving counter, no ticket": 2, "wanted a scratcher, kept walking": 1}),
                    trigger=pick(r, {"payday": 3, "": 1}) if wd in (4, 5) else "",
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=r.randint(8, 10) if quit_ else resist_value(r, 0.75),
                    location="Outside",
                    people=["Alone"],
                )
            club = {5: 0.8, 6: 1.0}.get(wd, 0.0) * (0.3 if quit_ else 1.0)
            for _ in range(count_for(r, club)):
                b.add(
                    d,
                    pick(r, {20: 2, 21: 3}),
                    "gambling",
                    pick(r, {"vlts at the legion": 3, "the machines at the club again": 2, "put 20 in the vlt": 1})
                    if not quit_
                    else pick(r, {"the vlts were right there, sat at the bar instead": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(5, 8),
                    resistance=r.randint(8, 10) if quit_ else resist_value(r, 0.1),
                    location="Social",
                    people=["Friends"],
                )
        if ago in SCRATCH_SLIPS:
            b.add(
                d,
                16,
                "gambling",
                pick(r, {"caved, bought 3 scratchers": 2, "slipped, a $10 ticket": 1}),
                trigger="payday",
                emotions=["Anxious"],
                intensity=r.randint(6, 8),
                resistance=r.randint(2, 4),
                location="Outside",
                people=["Alone"],
            )
        summer = (2.0 if d.year == this_summer else 1.0) if d.month in (6, 7, 8) else 1.0
        hard = ago < POP_HARD
        if wd <= 5:
            for _ in range(count_for(r, 1.0 * summer)):
                b.add(
                    d,
                    pick(r, {13: 2, 14: 3, 15: 1}),
                    "soda",
                    pick(
                        r,
                        {
                            "diet pepsi from the machine": 3,
                            "a cold pepsi on break": 2,
                            "pineapple crush w/ lunch": 1,
                            "wanted pop so bad": 2,
                        },
                    ),
                    trigger=pick(r, {"long shift": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(7, 9) if hard else r.randint(3, 5),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.4 * summer)):
                b.add(
                    d,
                    pick(r, {15: 1, 16: 1}),
                    "soda",
                    pick(r, {"2L of pepsi in the fridge": 2, "pop with the grandkids": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(7, 9) if hard else r.randint(3, 5),
                    resistance=resist_value(r, 0.3),
                    location="Home",
                    people=["Family"],
                )


def gen_shirin(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        winter = {12: 3.0, 1: 2.5, 2: 2.5}.get(d.month, 1.0)
        yalda = 7 if (d.month, d.day) == (12, 20) and ago > 200 else 0  # the first Yalda night logged
        for _ in range(count_for(r, 0.8 * winter) + yalda):
            b.add(
                d,
                pick(r, {20: 3, 21: 3, 22: 1}),
                "seeds",
                "shab-e yalda, ajil and tokhmeh all night"
                if yalda
                else pick(
                    r,
                    {
                        "tokhmeh aftabgardoon with the family": 3,
                        "cracking tokhmeh during the serial": 2,
                        "تخمه, can't stop": 2,
                        "tokhmeh hendooneh from the shop": 1,
                    },
                ),
                trigger=pick(r, {"watching a series": 3, "": 1}),
                emotions=["Bored"],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.25),
                location="Home",
                people=["Family"],
            )
        rise = 2.2 if ago < FOOD_TREND else 1.0
        for _ in range(count_for(r, {5: 1.0, 4: 0.5}.get(wd, 0.12) * rise)):
            b.add(
                d,
                pick(r, {23: 3, 24: 2}),
                "fast_food",
                pick(
                    r,
                    {
                        "snappfood pizza at midnight": 3,
                        "ordered a sandwich olvieh": 2,
                        "wanted a burger delivered": 2,
                        "پیتزا again": 1,
                    },
                ),
                trigger=pick(r, {"skipped dinner": 2, "": 1}),
                emotions=[pick(r, {"Lonely": 2, "Hungry": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )


def gen_thais(b: Builder) -> None:
    r = b.rng
    this_spring = latest_season_year(b.today, 9)  # the southern spring is September to November
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        season = 2.5 if d.month in (12, 1, 2) else 1.0
        if d.month in (9, 10, 11):
            season = 0.5 if d.year == this_spring else 1.2
        if wd <= 5:
            for _ in range(count_for(r, 0.6 * season)):
                b.add(
                    d,
                    pick(r, {15: 1, 16: 4}),
                    "acai",
                    pick(
                        r,
                        {
                            "açaí 500ml com granola e leite ninho": 3,
                            "açaí na tigela pós-treino": 2,
                            "oakberry depois da academia": 2,
                            "queria um açaí com paçoca": 1,
                        },
                    ),
                    trigger=pick(r, {"after the gym": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.25),
                    location="Outside",
                    people=["Alone"],
                )
        else:
            for _ in range(count_for(r, 0.4 * season)):
                b.add(
                    d,
                    pick(r, {13: 1, 14: 1}),
                    "acai",
                    pick(r, {"acai bowl at the beach": 1, "açaí com as meninas no shopping": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.25),
                    location="Outside",
                    people=["Friends"],
                )
        if ago > DATING_STOP:
            for _ in range(count_for(r, 1.5 if wd == 7 else 0.7)):
                b.add(
                    d,
                    pick(r, {23: 3, 24: 2}),
                    "dating_apps",
                    pick(
                        r,
                        {
                            "swiping on tinder in bed": 3,
                            "bumble till 1am": 2,
                            "happn again, ugh": 1,
                            "queria abrir o tinder": 2,
                        },
                    ),
                    trigger=pick(r, {"bored in bed": 3, "": 1}),
                    emotions=["Lonely"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.35),
                    location="Home",
                    people=["Alone"],
                )
        if ago == DATING_STOP:
            b.add(
                d,
                22,
                "dating_apps",
                "deleted tinder for good, met someone",
                trigger="bored in bed",
                emotions=["Happy"],
                intensity=3,
                resistance=9,
                location="Home",
                people=["Alone"],
            )


def gen_jomar(b: Builder) -> None:
    r = b.rng
    week_start = b.day(JOMAR_WEEK) - timedelta(days=b.day(JOMAR_WEEK).weekday())
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        soft = ago < ENERGY_SOFT
        bad = 3.0 if week_start <= d <= week_start + timedelta(days=6) else 1.0
        if wd <= 5:  # a night shift that begins this evening
            for _ in range(count_for(r, 1.6 * bad)):
                b.add(
                    d,
                    pick(r, {23: 1, 25: 2, 26: 4, 27: 2}),
                    "energy",
                    pick(
                        r,
                        {
                            "cobra on the production floor": 3,
                            "sting from the vending": 2,
                            "monster before the 3am calls": 2,
                            "red bull, pang-2 ko na ngayon": 1,
                        },
                    ),
                    trigger=pick(r, {"night shift": 3, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(2, 4) if soft else r.randint(6, 9),
                    resistance=resist_value(r, 0.2),
                    location="Work",
                    people=["Coworkers"],
                )
        else:
            for _ in range(count_for(r, 0.15)):
                b.add(
                    d,
                    15,
                    "energy",
                    "sting from the sari-sari store",
                    emotions=["Tired"],
                    intensity=r.randint(2, 4) if soft else r.randint(5, 8),
                    resistance=resist_value(r, 0.4),
                    location="Outside",
                    people=["Alone"],
                )
        if 2 <= wd <= 6:  # the morning after a shift
            for _ in range(count_for(r, 0.6)):
                b.add(
                    d,
                    pick(r, {7: 3, 8: 2}),
                    "noodles",
                    pick(
                        r,
                        {
                            "lucky me pancit canton after shift": 3,
                            "pancit canton extra hot + egg": 2,
                            "nissin cup noodles, sarap": 1,
                        },
                    ),
                    trigger=pick(r, {"after shift": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.25),
                    location="Home",
                    people=["Alone"],
                )
        elif wd in (7, 1):
            for _ in range(count_for(r, 0.4)):
                b.add(
                    d,
                    pick(r, {21: 1, 22: 1}),
                    "noodles",
                    pick(r, {"instant mami with my tita": 1, "pancit canton movie night": 1}),
                    emotions=["Happy"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.25),
                    location="Home",
                    people=["Family"],
                )
        if ago == NOODLE_BAD:
            for hour in (10, 11, 12, 13, 14, 15, 17, 18, 19):
                b.add(
                    d,
                    hour,
                    "noodles",
                    pick(r, {"bagyo, stuck at home, pancit canton again": 2, "typhoon day, another cup noodles": 1}),
                    trigger="typhoon",
                    emotions=["Bored"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Alone"],
                )
        if ago <= TRADE_NEW:
            for _ in range(count_for(r, 1.3) if ago < TRADE_NEW else 1):
                b.add(
                    d,
                    pick(r, {15: 2, 16: 3, 17: 1}),
                    "trading",
                    pick(
                        r,
                        {
                            "checking binance charts before shift": 3,
                            "shib pumping, wanted to ape in": 2,
                            "coins.ph app open again": 2,
                        },
                    ),
                    emotions=["Anxious"],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.4),
                    location="Home",
                    people=["Alone"],
                )


def gen_ruairi(b: Builder) -> None:
    r = b.rng
    this_summer = latest_season_year(b.today, 6)
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = (0.4 if d.year == this_summer else 1.0) if d.month in (6, 7, 8) else 1.0
        if wd <= 5:
            for _ in range(count_for(r, 0.8 * summer)):
                b.add(
                    d,
                    pick(r, {12: 3, 13: 2}),
                    "fried_chicken",
                    pick(
                        r,
                        {
                            "chicken fillet roll from the centra": 3,
                            "spicy chicken fillet roll w/ taco mayo": 2,
                            "breaded fillet roll, the lads went too": 2,
                            "chicken roll, starving": 1,
                        },
                    ),
                    trigger=pick(r, {"between lectures": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.15),
                    location="Outside",
                    people=["Friends"],
                )
        else:
            for _ in range(count_for(r, 0.35 * summer)):
                b.add(
                    d,
                    pick(r, {11: 1, 12: 1}),
                    "fried_chicken",
                    pick(r, {"dying for a chicken roll, hungover": 2, "spice bag or a fillet roll?": 1}),
                    trigger=pick(r, {"hungover": 2, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.15),
                    location="Outside",
                    people=["Alone"],
                )
        month = {5: 3.5, 4: 1.6, 12: 1.5}.get(d.month, 1.0)
        counsel = ago < COUNSEL
        for _ in range(count_for(r, 0.5 * month * (0.45 if counsel else 1.0))):
            b.add(
                d,
                pick(r, {21: 3, 22: 2}),
                "skin_picking",
                pick(
                    r,
                    {
                        "picking at my cuticles again": 3,
                        "picked my thumb till it bled": 2,
                        "scratching at the spots on my jaw": 1,
                        "wanted to pick, sat on my hands": 1,
                    },
                ),
                trigger=pick(r, {"exam stress": 2, "": 1}),
                emotions=["Anxious"],
                intensity=r.randint(6, 9),
                resistance=resist_value(r, 0.6 if counsel else 0.2),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.2 * month * (0.45 if counsel else 1.0))):
                b.add(
                    d,
                    pick(r, {14: 1, 15: 1}),
                    "skin_picking",
                    pick(r, {"library, picking at my nail beds": 2, "study group, caught myself picking": 1}),
                    trigger=pick(r, {"exam stress": 2, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(6, 9),
                    resistance=resist_value(r, 0.8),
                    location="Work",
                    people=["Friends"],
                )


def gen_isla(b: Builder) -> None:
    spec = [
        (52, 18, "soda", "a cold coke at the settlement shop", "Outside", ["Alone"], "Tired", 4, 6),
        (44, 19, "fast_food", "fish and chips at the bowlo", "Social", ["Friends"], "Happy", 5, 3),
        (37, 6, "energy", "energy drink before the boat went out", "Work", ["Coworkers"], "Tired", 5, 4),
        (30, 14, "gambling", "wanted a punt on the cup", "Social", ["Friends"], "Happy", 4, 8),
        (22, 21, "soda", "lemon squash, the last bottle", "Home", ["Family"], "Bored", 3, 9),
        (15, 12, "fast_food", "burger from the cafe by the lagoon", "Outside", ["Friends"], "Hungry", 6, 2),
        (8, 7, "energy", "wanted a v before the dive tour", "Work", ["Coworkers"], "Tired", 4, 7),
        (2, 16, "gambling", "keno at the club, said no", "Social", ["Family"], "Bored", 3, 9),
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
    "tesfaye": gen_tesfaye,
    "darlene": gen_darlene,
    "shirin": gen_shirin,
    "thais": gen_thais,
    "jomar": gen_jomar,
    "ruairi": gen_ruairi,
    "isla": gen_isla,
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
