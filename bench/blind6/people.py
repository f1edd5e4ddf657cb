"""Eight generated people for the sixth blind answer set, their logs made RELATIVE TO THE RUN'S CLOCK (the
product answers with the real clock), except aiko's logging gap, which sits on fixed dates. Deterministic: the
same seed and the same run day give the same rows.

Every row carries its true `kind` (what was craved); ground truth never depends on the product's own text
matching. Rows use the app's fields: description (cravingDescription), intensity (cravingStrength),
resistance (confidenceToResist; resisted = above 7, generated 8-10 resisted, 1-7 given in), emotions,
location, people, trigger, and a local timestamp with its UTC offset.

Planted facts (days are local calendar days before the person's local today):
- thabo    Africa/Johannesburg (southern, +2), 480 days: sports betting (betway, hollywoodbets, aviator, a
  multi, a punt) on Saturday afternoons at the tavern with friends, Happy, "kick-off", most on Saturdays;
  Sunday afternoons at home with family, resisted far more often; a few weekday evenings at home, alone,
  anxious; self-excluded SELFEX days ago (the question names the date): far fewer since and far more
  resisted; kota / bunny chow on weekday lunchtimes at work with coworkers, hungry, "lunch break".
- ximena   America/Mexico_City (-6), 460 days: cola (coca, coquita, refresco del oxxo) on weekday afternoons
  at work with coworkers, tired, "bajón de la tarde", peak in the hot months (May the most, so spring),
  rarely resisted; pan dulce (conchas, donas, pan de muerto) in the evening at home with family, happy,
  "cafecito con mi mamá", more in October-November; a vape NEW since VAPE_NEW days ago, at parties on
  weekend nights with friends ("peda").
- jonas    Europe/Berlin, 500 days: gaming (valorant, LoL, ranked, zocken) late at night at home, alone,
  bored, most on Fridays ("Feierabend"; small-hours logs count for the evening before), rising over the
  last quarter; cigarettes (Kippe, eine drehen) on weekday mornings at work with coworkers, anxious,
  "Standup", STOPPED SMOKE_STOP days ago; döner in the small hours after clubbing on Saturday nights, with
  friends, hungry.
- aiko     Asia/Tokyo (+9), 450 days: online shopping (rakuten, mercari, zozotown, amazon) late in the evening
  at home, alone, lonely, "payday", peak November (so autumn); konbini sweets (melon pan, pocky, matcha
  kitkat, purin) on weekday evenings on the way home, outside, alone, tired; NOTHING logged at all from
  2026-04-22 to 2026-06-18 (a gap; all of May empty).
- mateus   America/Sao_Paulo (southern, -3), 400 days: hookah (narguilé, arguile) on weekend nights with
  friends, happy, "resenha", peak his summer with February (carnaval) the top month; coffee (cafezinho,
  expresso) on weekday mornings at work with coworkers, tired, "reunião"; an online slot game (tigrinho,
  fortune tiger) NEW since TIGRE days ago, late at night in bed, alone, anxious, "insônia".
- siobhan  Europe/Dublin, 500 days: wine (a glass of red, pinot, vino) on weekday evenings at home, alone,
  anxious, "work emails", most on Fridays; weekend wine at family dinners resisted far more often; a
  dry spell from DRY days ago (named): far fewer and far more resisted since; chocolate (dairy milk,
  galaxy, twirl, selection box) in the evening at home, alone, sad, with the telly, peak December (so
  winter); vaping (lost mary, elf bar) on weekday afternoons outside with coworkers, STOPPED VAPE_STOP
  days ago.
- lachlan  Australia/Perth (southern, +8), 430 days: nicotine pouches (velo, zyn) on weekday mornings at
  work with coworkers, tired, "smoko", most on Mondays, falling over the last quarter; weekend pouches at
  home with family, resisted far more often; iced coffee (farmers union, big m, masters) in the
  afternoon, outside at the servo, alone, "arvo slump", peak his summer (Dec-Feb).
- wim      Europe/Brussels, 6 logs in all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SEED = 20261206
SELFEX = 50  # thabo self-excluded from the betting sites
VAPE_NEW = 18  # ximena's vape began
SMOKE_STOP = 70  # jonas stopped smoking
TREND = 90  # jonas: gaming rises over the last TREND days; lachlan: pouches fall
GAP = (date(2026, 4, 22), date(2026, 6, 18))  # aiko logged nothing at all (fixed dates)
TIGRE = 20  # mateus's slot game began
DRY = 38  # siobhan's dry spell began
VAPE_STOP = 75  # siobhan stopped vaping


@dataclass(frozen=True)
class Person:
    key: str
    zone: str
    days: int
    southern: bool = False
    facts: dict = field(default_factory=dict)


PEOPLE = (
    Person("thabo", "Africa/Johannesburg", 480, southern=True, facts={"selfex": SELFEX}),
    Person("ximena", "America/Mexico_City", 460, facts={"vape_new": VAPE_NEW}),
    Person("jonas", "Europe/Berlin", 500, facts={"smoke_stop": SMOKE_STOP, "trend": TREND}),
    Person("aiko", "Asia/Tokyo", 450, facts={"gap": GAP}),
    Person("mateus", "America/Sao_Paulo", 400, southern=True, facts={"tigre": TIGRE}),
    Person("siobhan", "Europe/Dublin", 500, facts={"dry": DRY, "vape_stop": VAPE_STOP}),
    Person("lachlan", "Australia/Perth", 430, southern=True, facts={"trend": TREND}),
    Person("wim", "Europe/Brussels", 60),
)
PERSON = {p.key: p for p in PEOPLE}

# Trigger text -> the words a grader accepts when an answer names that trigger.
TRIGGER_KEYS = {
    "kick-off": ["kick-off", "kickoff", "kick off", "football", "soccer", "the game", "match", "matches", "psl"],
    "lunch break": ["lunch", "lunch break", "lunchtime", "break"],
    "bajón de la tarde": ["bajón", "bajon", "slump", "afternoon slump", "tarde", "cansancio", "energy dip"],
    "cafecito con mi mamá": ["cafecito", "café", "coffee", "mamá", "mama", "mom", "mum", "mother", "madre"],
    "peda": ["peda", "pedas", "party", "parties", "fiesta", "fiestas", "going out", "night out"],
    "Feierabend": ["feierabend", "end of the work week", "after work", "weekend", "wochenende", "friday"],
    "Standup": ["standup", "stand-up", "stand up", "meeting", "daily", "besprechung"],
    "nach dem Club": ["club", "clubbing", "going out", "party", "feiern", "night out", "ausgehen"],
    "payday": ["payday", "pay day", "salary", "paycheck", "paycheque", "kyuryobi", "給料日", "wages"],
    "commute home": ["commute", "way home", "on the way home", "train", "station", "konbini"],
    "resenha": ["resenha", "resenhas", "hangout", "get-together", "friends", "amigos", "roda"],
    "insônia": ["insônia", "insonia", "insomnia", "can't sleep", "cant sleep", "sem sono", "sleep", "sono"],
    "reunião": ["reunião", "reuniao", "reuniões", "meeting", "meetings"],
    "work emails": ["work emails", "emails", "email", "e-mails", "inbox", "work"],
    "the telly": ["telly", "tv", "television", "watching tv", "netflix", "the telly"],
    "smoking area": ["smoking area", "smoking shelter", "smoke break"],
    "smoko": ["smoko", "smokos", "smoke break", "break", "breaks", "toolbox"],
    "arvo slump": ["arvo", "slump", "afternoon slump", "servo", "heat", "hot"],
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
        if self.person.key == "aiko" and GAP[0] <= local.date() <= GAP[1]:
            return  # her logging gap
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


def gen_thabo(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        out = ago < SELFEX
        for _ in range(count_for(r, {6: 2.2, 7: 0.55}.get(wd, 0.12) * (0.3 if out else 1.0))):
            desc = pick(
                r,
                {
                    "quick multi on betway": 3,
                    "hollywoodbets punt on chiefs": 2,
                    "aviator just one round": 2,
                    "want to put R50 on the derby": 1,
                },
            )
            if wd == 6:
                where, who, emo, res, hour = "Social", ["Friends"], ["Happy"], 0.15, pick(r, {14: 2, 15: 3, 16: 3})
            elif wd == 7:
                where, who, emo, res, hour = "Home", ["Family"], ["Bored"], 0.65, pick(r, {13: 1, 15: 2, 16: 2})
            else:
                where, who, emo, res, hour = "Home", ["Alone"], ["Anxious"], 0.3, pick(r, {19: 1, 20: 2, 21: 1})
            b.add(
                d,
                hour,
                "gambling",
                desc,
                trigger="kick-off" if wd in (6, 7) else "",
                emotions=emo,
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.8 if out else res),
                location=where,
                people=who,
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.8)):
                b.add(
                    d,
                    pick(r, {12: 3, 13: 2}),
                    "fast_food",
                    pick(
                        r,
                        {
                            "kota from the spaza": 3,
                            "quarter bunny chow": 2,
                            "magwinya and a russian": 2,
                            "streetwise two from kfc": 1,
                        },
                    ),
                    trigger=pick(r, {"lunch break": 3, "": 1}),
                    emotions=["Hungry"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.25),
                    location="Work",
                    people=["Coworkers"],
                )


def gen_ximena(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        heat = {3: 1.8, 4: 2.2, 5: 3.4, 6: 1.4}.get(d.month, 1.0)  # the hot months before the rains
        for _ in range(count_for(r, (1.0 if wd <= 5 else 0.25) * heat)):
            b.add(
                d,
                pick(r, {15: 2, 16: 3, 17: 1}) if wd <= 5 else pick(r, {13: 1, 14: 1}),
                "soda",
                pick(r, {"una coca bien fría": 3, "coquita de vidrio": 2, "un refresco del oxxo": 2, "coca light": 1}),
                trigger=pick(r, {"bajón de la tarde": 3, "": 1}) if wd <= 5 else "",
                emotions=[pick(r, {"Tired": 4, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.12),
                location="Work" if wd <= 5 else "Home",
                people=["Coworkers"] if wd <= 5 else ["Family"],
            )
        muertos = 2.0 if d.month in (10, 11) else 1.0
        for _ in range(count_for(r, 0.55 * muertos)):
            b.add(
                d,
                pick(r, {19: 1, 20: 3, 21: 2}),
                "sweets",
                pick(
                    r,
                    {
                        "una concha con cafecito": 3,
                        "pan de muerto": 3 if muertos > 1 else 0,
                        "unas donas": 1,
                        "un cuernito": 1,
                    },
                ),
                trigger=pick(r, {"cafecito con mi mamá": 2, "": 1}),
                emotions=[pick(r, {"Happy": 3, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.45),
                location="Home",
                people=["Family"],
            )
        if ago <= VAPE_NEW:
            weekend = wd in (5, 6)
            for _ in range(max(count_for(r, 1.6 if weekend else 0.3), 1 if ago == VAPE_NEW else 0)):
                b.add(
                    d,
                    pick(r, {22: 2, 23: 3, 24: 2}),
                    "vaping",
                    pick(r, {"un vape de uva": 3, "el pod de mi amiga": 2, "unas caladas al vaper": 1}),
                    trigger="peda" if weekend else "",
                    emotions=[pick(r, {"Happy": 3, "Anxious": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.3),
                    location="Social",
                    people=["Friends"],
                )


def gen_jonas(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        rising = 1.8 if ago < TREND else 1.0
        for _ in range(count_for(r, {5: 1.7, 6: 0.8}.get(wd, 0.45) * rising)):
            b.add(
                d,
                pick(r, {22: 2, 23: 3, 24: 3, 25: 1}),
                "gaming",
                pick(
                    r,
                    {
                        "noch eine runde valorant": 3,
                        "ranked zocken bis 3": 2,
                        "LoL, nur ein game": 2,
                        "steam sale, neues spiel anfangen": 1,
                    },
                ),
                trigger="Feierabend" if wd == 5 else "",
                emotions=[pick(r, {"Bored": 4, "Lonely": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Home",
                people=["Alone"],
            )
        if ago >= SMOKE_STOP and wd <= 5:
            for _ in range(count_for(r, 1.3)):
                b.add(
                    d,
                    pick(r, {9: 3, 10: 3, 11: 1}),
                    "cigarettes",
                    pick(r, {"eine Kippe vorm Büro": 3, "schnell eine drehen": 2, "Kippe nach dem Standup": 2}),
                    trigger=pick(r, {"Standup": 2, "": 1}),
                    emotions=[pick(r, {"Anxious": 3, "Tired": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.25),
                    location="Work",
                    people=["Coworkers"],
                )
        for _ in range(count_for(r, {6: 0.8, 5: 0.25}.get(wd, 0.0))):
            b.add(
                d,
                pick(r, {25: 2, 26: 3, 27: 2}),
                "fast_food",
                pick(r, {"döner nach dem club": 3, "dürüm mit scharf": 2, "pommes schranke am späti": 1}),
                trigger="nach dem Club",
                emotions=[pick(r, {"Hungry": 3, "Happy": 1})],
                intensity=r.randint(5, 8),
                resistance=resist_value(r, 0.1),
                location="Social",
                people=["Friends"],
            )


def gen_aiko(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        sale = 2.6 if d.month == 11 else 1.0  # 11.11 and black friday
        for _ in range(count_for(r, (1.1 if d.day in (25, 26) else 0.5) * sale)):
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 1}),
                "shopping",
                pick(
                    r,
                    {
                        "rakuten cart again": 3,
                        "mercari, just looking": 2,
                        "zozotown sale tab open": 2,
                        "amazon one-click, hmm": 1,
                    },
                ),
                trigger="payday" if d.day in (25, 26) else "",
                emotions=[pick(r, {"Lonely": 3, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.35),
                location="Home",
                people=["Alone"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 0.75)):
                b.add(
                    d,
                    pick(r, {19: 3, 20: 2}),
                    "sweets",
                    pick(r, {"melon pan from 7-eleven": 3, "pocky": 2, "matcha kitkat": 2, "lawson purin": 1}),
                    trigger=pick(r, {"commute home": 2, "": 1}),
                    emotions=["Tired"],
                    intensity=r.randint(3, 6),
                    resistance=resist_value(r, 0.3),
                    location="Outside",
                    people=["Alone"],
                )


def gen_mateus(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        summer = {2: 4.5, 12: 1.4, 1: 2.0}.get(d.month, 1.0)  # his summer, carnaval in February
        for _ in range(count_for(r, {5: 0.8, 6: 1.3}.get(wd, 0.08) * summer)):
            b.add(
                d,
                pick(r, {21: 2, 22: 3, 23: 2}),
                "hookah",
                pick(r, {"um narguilé com a galera": 3, "arguile de menta": 2, "bora de narga hoje": 2}),
                trigger="resenha" if wd in (5, 6) else "",
                emotions=[pick(r, {"Happy": 4, "Bored": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.2),
                location="Social",
                people=["Friends"],
            )
        if wd <= 5:
            for _ in range(count_for(r, 1.1)):
                b.add(
                    d,
                    pick(r, {8: 2, 9: 3, 10: 2}),
                    "coffee",
                    pick(r, {"um cafezinho": 3, "expresso duplo na copa": 2, "mais um café coado": 1}),
                    trigger=pick(r, {"reunião": 2, "": 1}),
                    emotions=[pick(r, {"Tired": 4, "Anxious": 1})],
                    intensity=r.randint(2, 5),
                    resistance=resist_value(r, 0.3),
                    location="Work",
                    people=["Coworkers"],
                )
        if ago <= TIGRE:
            for _ in range(max(count_for(r, 1.2), 1 if ago == TIGRE else 0)):
                b.add(
                    d,
                    pick(r, {23: 3, 24: 3, 25: 1}),
                    "gambling",
                    pick(r, {"só mais uma no tigrinho": 3, "fortune tiger de novo": 2, "rodar o tigrinho": 1}),
                    trigger=pick(r, {"insônia": 2, "": 1}),
                    emotions=["Anxious"],
                    intensity=r.randint(6, 9),
                    resistance=resist_value(r, 0.2),
                    location="Home",
                    people=["Alone"],
                )


def gen_siobhan(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        dry = ago < DRY
        rate = {5: 1.5, 6: 0.5, 7: 0.5}.get(wd, 0.8) * (0.4 if dry else 1.0)
        for _ in range(count_for(r, rate)):
            weekend = wd >= 6
            b.add(
                d,
                pick(r, {18: 1, 19: 3, 20: 3, 21: 1}),
                "alcohol",
                pick(r, {"a glass of red": 3, "that pinot in the fridge": 2, "vino after the day i had": 2}),
                trigger="" if weekend else pick(r, {"work emails": 3, "": 1}),
                emotions=[pick(r, {"Happy": 2, "Tired": 1})] if weekend else [pick(r, {"Anxious": 3, "Tired": 1})],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.85 if dry else (0.65 if weekend else 0.12)),
                location="Home",
                people=["Family"] if weekend else ["Alone"],
            )
        winter = {12: 3.0, 1: 1.8, 2: 1.8}.get(d.month, 1.0)
        for _ in range(count_for(r, 0.45 * winter)):
            b.add(
                d,
                pick(r, {20: 2, 21: 3}),
                "sweets",
                pick(
                    r,
                    {
                        "a bar of dairy milk": 3,
                        "few squares of galaxy": 2,
                        "a twirl": 1,
                        "raid the selection box": 3 if d.month == 12 else 0,
                    },
                ),
                trigger=pick(r, {"the telly": 2, "": 1}),
                emotions=[pick(r, {"Sad": 3, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.3),
                location="Home",
                people=["Alone"],
            )
        if ago >= VAPE_STOP and wd <= 5:
            for _ in range(count_for(r, 0.9)):
                b.add(
                    d,
                    pick(r, {13: 2, 15: 3}),
                    "vaping",
                    pick(r, {"lost mary hit": 3, "elf bar on the break": 2, "borrow a vape": 1}),
                    trigger=pick(r, {"smoking area": 2, "": 1}),
                    emotions=[pick(r, {"Anxious": 2, "Bored": 1})],
                    intensity=r.randint(4, 7),
                    resistance=resist_value(r, 0.25),
                    location="Outside",
                    people=["Coworkers"],
                )


def gen_lachlan(b: Builder) -> None:
    r = b.rng
    for ago in range(b.person.days, -1, -1):
        d = b.day(ago)
        wd = d.isoweekday()
        falling = 0.45 if ago < TREND else 1.0
        weekend = wd >= 6
        for _ in range(count_for(r, (0.35 if weekend else 2.4 if wd == 1 else 1.1) * falling)):
            b.add(
                d,
                pick(r, {10: 1, 11: 1}) if weekend else pick(r, {6: 3, 7: 3, 9: 1}),
                "nicotine",
                pick(r, {"a velo before toolbox": 3, "zyn in on smoko": 2, "pouch craving, tin's empty": 1}),
                trigger="" if weekend else pick(r, {"smoko": 3, "": 1}),
                emotions=[pick(r, {"Bored": 2, "Happy": 1})] if weekend else ["Tired"],
                intensity=r.randint(4, 7),
                resistance=resist_value(r, 0.7 if weekend else 0.15),
                location="Home" if weekend else "Work",
                people=["Family"] if weekend else ["Coworkers"],
            )
        summer = 2.6 if d.month in (12, 1, 2) else 1.0
        for _ in range(count_for(r, 0.4 * summer)):
            b.add(
                d,
                pick(r, {14: 2, 15: 3, 16: 1}),
                "coffee",
                pick(
                    r,
                    {
                        "farmers union iced coffee from the servo": 3,
                        "a big m": 2,
                        "masters iced coffee": 2,
                        "iced coffee, it's 38 out": 1,
                    },
                ),
                trigger=pick(r, {"arvo slump": 2, "": 1}),
                emotions=[pick(r, {"Tired": 2, "Bored": 1})],
                intensity=r.randint(3, 6),
                resistance=resist_value(r, 0.2),
                location="Outside",
                people=["Alone"],
            )


def gen_wim(b: Builder) -> None:
    spec = [
        (51, 18, "fast_food", "frietjes met stoofvleessaus", "Outside", ["Friends"], "Hungry", 6, 4),
        (40, 21, "alcohol", "een westmalle tripel", "Social", ["Friends"], "Happy", 5, 3),
        (27, 15, "sweets", "speculoos bij de koffie", "Work", ["Coworkers"], "Bored", 4, 8),
        (19, 23, "phone", "nog even scrollen op tiktok", "Home", ["Alone"], "Bored", 4, 5),
        (11, 20, "alcohol", "een duvel op het terras", "Social", ["Friends"], "Happy", 6, 6),
        (4, 13, "sweets", "een stuk pralines", "Home", ["Family"], "Happy", 5, 9),
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
            minute=35,
        )


GENERATORS = {
    "thabo": gen_thabo,
    "ximena": gen_ximena,
    "jonas": gen_jonas,
    "aiko": gen_aiko,
    "mateus": gen_mateus,
    "siobhan": gen_siobhan,
    "lachlan": gen_lachlan,
    "wim": gen_wim,
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
