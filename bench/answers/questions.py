"""Question templates for bench/answer_bench.py: each has paraphrases and builds its ground truth from the
generated rows. The paraphrases with an even index are `dev` (looked at while tuning), odd ones `test`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .fresh import FRESH
from .people import Person
from .truth import (DAY_NAMES, DIMENSIONS, Truth, by, halves, last_week, pct, resisted, rolling, select,
                    since_weekday, this_month, this_week, tops)


@dataclass
class Ask:
    person: Person
    rows: list[dict]
    today: date
    slot: dict  # s, kinds, ...


@dataclass(frozen=True)
class Template:
    key: str
    needs: str  # subject | none | never | stopped | pair | feeling | workplace
    paraphrases: tuple[str, ...]
    truth: Callable[[Ask], Truth | None]


def split_of(index: int) -> str:
    return "dev" if index % 2 == 0 else "test"


PLACE_WORDS = {"Home": ["home"], "Work": ["work"], "Social": ["social"], "Outside": ["outside"]}
COMPANY_WORDS = {"Alone": ["alone"], "Friends": ["friends"], "Family": ["family"], "Coworkers": ["coworkers"],
                 "Strangers": ["strangers"]}


def top_of(rows: list[dict], dimension: str) -> tuple[list, int]:
    return tops([v for r in rows for v in DIMENSIONS[dimension](r)])


def words_for(dimension: str, value) -> list[str]:
    if dimension == "location":
        return PLACE_WORDS[value]
    if dimension == "people":
        return COMPANY_WORDS[value]
    if dimension == "emotion":
        return [value.lower()]
    return [str(value)]


MIN_PATTERN = 5  # fewer logs: a right answer says they are too few for a pattern


def few(rows: list[dict], base: list[dict], intents: set[str]) -> Truth | None:
    if not rows:
        return Truth(intents=intents, total=0, scope=rows, base=base, facts=[["didn't log", "none", "None"]])
    if len(rows) < MIN_PATTERN:
        return Truth(intents=intents, total=len(rows), scope=rows, base=base, facts=[["too few"]])
    return None


def peak_truth(rows: list[dict], base: list[dict], dimension: str, intents: set[str], figure: str) -> Truth:
    if small := few(rows, base, intents):
        return small
    values, count = top_of(rows, dimension)
    return Truth(intents=intents, total=len(rows), scope=rows, base=base,
                 figures={figure: set(values)},
                 facts=[[w for v in values for w in words_for(dimension, v)], [f"{count} of {len(rows)}"]])


def when_subject(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    return peak_truth(rows, ask.rows, "daypart", {"when", "why"}, "daypart.value")


def when_all(ask: Ask) -> Truth:
    return peak_truth(ask.rows, ask.rows, "daypart", {"when"}, "daypart.value")


def days_truth(rows: list[dict], base: list[dict]) -> Truth:
    if small := few(rows, base, {"days"}):
        return small
    values, count = top_of(rows, "weekday")
    iso = {DAY_NAMES.index(v) + 1 for v in values}
    return Truth(intents={"days"}, total=len(rows), scope=rows, base=base, figures={"weekdays.0.value": iso},
                 facts=[values, [str(count)]])


def breakdown(dimension: str, intent: str, figure: str = "top.0.value", *, subject: bool = True,
              strongest: bool = False):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None,
                      min_intensity=8 if strongest else None)
        if small := few(rows, ask.rows, {intent}):
            return small
        values, count = top_of(rows, dimension)
        return Truth(intents={intent}, total=len(rows), scope=rows, base=ask.rows, figures={figure: set(values)},
                     facts=[[w for v in values for w in words_for(dimension, v)], [f"{count} of {len(rows)}"]])
    return truth


def count_subject_all(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    return Truth(intents={"count"}, total=len(rows), scope=rows, base=ask.rows, facts=[[str(len(rows))]])


def count_window(window_of, *, subject: bool = False, resisted_only: bool = False):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None, window=window_of(ask.today))
        fact = sum(resisted(r) for r in rows) if resisted_only else len(rows)
        return Truth(intents={"count", "overview"}, total=len(rows), scope=rows,
                     base=select(ask.rows, window=window_of(ask.today)), facts=[zero_or(fact)])
    return truth


def zero_or(count: int) -> list[str]:
    """A count as a right answer may say it: 'none' is as right as '0'."""
    return [str(count)] if count else ["0", "didn't log any", "haven't logged any", "none", "None"]


def abstain(ask: Ask) -> Truth:
    return Truth(intents=set(), abstain=True, facts=[["haven't logged"]])


def trend_truth(kind: str, *, subject: bool = False):
    def truth(ask: Ask) -> Truth | None:
        rows = select(ask.rows, kinds=ask.slot["kinds"] if subject else None)
        early, late = halves(rows)
        if len(early) < 8 or len(late) < 8:
            return Truth(intents={"trend"}, total=len(rows), scope=rows, base=ask.rows,
                         facts=[["enough", "too few"]])
        if kind == "resisting":
            a, b = pct(sum(resisted(r) for r in early), len(early)), pct(sum(resisted(r) for r in late), len(late))
            direction = "more" if b - a >= 10 else "less" if b - a <= -10 else "same"
            answer = {"more": ["Yes"], "less": ["No"], "same": ["Not clearly", "about the same"]}[direction]
            return Truth(intents={"trend"}, total=len(rows), scope=rows, base=ask.rows,
                         figures={"resisting": {direction}}, facts=[answer, [f"{b}%"], [f"{a}%"]])
        a = round(sum(r["intensity"] for r in early) / len(early), 1)
        b = round(sum(r["intensity"] for r in late) / len(late), 1)
        direction = "weaker" if b - a <= -0.5 else "stronger" if b - a >= 0.5 else "same"
        answer = {"weaker": ["Yes"], "stronger": ["No"], "same": ["Not clearly", "about the same"]}[direction]
        return Truth(intents={"trend"}, total=len(rows), scope=rows, base=ask.rows,
                     figures={"intensityDirection": {direction}}, facts=[answer, [str(b)], [str(a)]])
    return truth


def change_truth(now_window, before_window):
    def truth(ask: Ask) -> Truth:
        now_rows = select(ask.rows, window=now_window(ask.today))
        before = select(ask.rows, window=before_window(ask.today))
        change = pct(abs(len(now_rows) - len(before)), len(before))
        now_w, before_w = now_window(ask.today), before_window(ask.today)
        days_now, days_before = (now_w.end - now_w.start).days + 1, (before_w.end - before_w.start).days + 1
        return Truth(intents={"change"}, total=len(now_rows), scope=now_rows + before, base=ask.rows,
                     figures={"compareTotal": {len(before)}}, facts=[zero_or(len(now_rows)), [str(len(before))]],
                     numbers={str(change), str(days_now), f"{len(now_rows) / days_now:.1f}",
                              f"{len(before) / days_before:.1f}"})
    return truth


def last_truth(*, still: bool, weekdays: set[int] | None = None):
    def truth(ask: Ask) -> Truth:
        rows = select(ask.rows, kinds=ask.slot["kinds"], weekdays=weekdays)
        last = rows[-1]["local"]
        recent = select(rows, window=rolling(ask.today, 30))
        day = f"{last.day} {last:%B}"
        facts = [[day]]
        if still:
            facts.append(["Yes"] if recent else ["Not lately", "none since"])
        return Truth(intents={"last"}, total=None, scope=rows, base=ask.rows, figures={"last30": {len(recent)}},
                     facts=facts)
    return truth


def association_days(ask: Ask) -> Truth:
    a_kinds, b_kinds = ask.slot["a_kinds"], ask.slot["b_kinds"]
    days: dict = {}
    for row in ask.rows:
        entry = days.setdefault(row["local"].date(), [0, False])
        entry[0] += row["kind"] in a_kinds
        entry[1] |= row["kind"] in b_kinds
    with_b = [a for a, b in days.values() if b]
    without = [a for a, b in days.values() if not b]
    rate_with = round(sum(with_b) / len(with_b), 1)
    rate_without = round(sum(without) / len(without), 1)
    lift = round((sum(with_b) / len(with_b)) / (sum(without) / len(without)), 1) if sum(without) else None
    return Truth(intents={"association"}, scope=ask.rows, base=ask.rows,
                 figures={"rateWith": {rate_with}, "rateWithout": {rate_without}},
                 facts=[[str(rate_with)], [str(rate_without)]],
                 numbers={str(rate_with), str(rate_without), str(lift), str(len(with_b)), str(len(without))})


def association_feeling(ask: Ask) -> Truth:
    """A feeling is the app's emotion or a trigger that names it ("work stress" is a stressed craving)."""
    a = select(ask.rows, kinds=ask.slot["kinds"])
    if len(a) < MIN_PATTERN:
        return Truth(intents={"association"}, scope=ask.rows, base=ask.rows, facts=[["enough data"]])

    def felt(row: dict) -> bool:
        return bool(set(row["emotions"]) & ask.slot["emotions"]) or any(
            word in row["trigger"].lower() for word in ask.slot["trigger_words"])

    others = [r for r in ask.rows if r["kind"] not in ask.slot["kinds"]]
    with_feeling, others_with = [r for r in a if felt(r)], [r for r in others if felt(r)]
    share_a, share_o = pct(len(with_feeling), len(a)), pct(len(others_with), len(others))
    return Truth(intents={"association"}, scope=ask.rows, base=ask.rows,
                 figures={"shareWith": {share_a}, "otherShareWith": {share_o}},
                 facts=[[f"{share_a}%"], [f"{share_o}%"]],
                 numbers={str(len(with_feeling)), str(len(a)), str(len(others_with)), str(len(others)), str(share_a),
                          str(share_o)})


def helps_truth(ask: Ask) -> Truth:
    if small := few(ask.rows, ask.rows, {"helps"}):
        return small
    overall = pct(sum(resisted(r) for r in ask.rows), len(ask.rows))
    best = []
    for dimension, kind in (("daypart", "dayparts"), ("location", "locations"), ("people", "people"),
                            ("emotion", "emotions"), ("trigger", "triggers")):
        for value, count in by(ask.rows, DIMENSIONS[dimension]).items():
            if count >= 5:
                share = pct(sum(resisted(r) for r in ask.rows if value in DIMENSIONS[dimension](r)), count)
                best.append((share, count, kind, value))
    best.sort(key=lambda b: (-b[0], -b[1]))
    top_share = best[0][0]
    if top_share < overall + 10:
        return Truth(intents={"helps"}, total=len(ask.rows), scope=ask.rows, base=ask.rows, facts=[[f"{overall}%"]])
    winners = {str(value) for share, _, _, value in best if share == top_share}
    return Truth(intents={"helps"}, total=len(ask.rows), scope=ask.rows, base=ask.rows,
                 figures={"best.0.value": winners}, facts=[[f"{top_share}%"], [f"{overall}%"]])


def overview_truth(ask: Ask) -> Truth:
    rows = select(ask.rows, window=rolling(ask.today, 30))
    return Truth(intents={"overview"}, total=len(rows), scope=rows, base=ask.rows, facts=[[str(len(rows))]])


def why_workplace(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"], location="Work")
    if small := few(rows, ask.rows, {"why", "when"}):
        return small
    values, count = top_of(rows, "daypart")
    return Truth(intents={"why", "when"}, total=len(rows), scope=rows, base=ask.rows,
                 figures={"daypart.value": set(values)}, facts=[values, [str(count)]])


def intensity_truth(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"])
    if small := few(rows, ask.rows, {"intensity"}):
        return small
    average = round(sum(r["intensity"] for r in rows) / len(rows), 1)
    return Truth(intents={"intensity"}, total=len(rows), scope=rows, base=ask.rows,
                 figures={"average": {average}}, facts=[[str(average)]])


def yesterday_truth(ask: Ask) -> Truth:
    day = ask.today - timedelta(days=1)
    rows = [r for r in ask.rows if r["local"].date() == day]
    return Truth(intents={"count", "overview", "last"}, total=len(rows), scope=rows, base=ask.rows,
                 facts=[zero_or(len(rows))])


def weekend_subject(ask: Ask) -> Truth:
    rows = select(ask.rows, kinds=ask.slot["kinds"], weekdays={6, 7})
    return Truth(intents={"count"}, total=len(rows), scope=rows, base=ask.rows, facts=[zero_or(len(rows))],
                 subject=select(ask.rows, kinds=ask.slot["kinds"]))


TEMPLATES = (
    Template("when_subject", "subject", ("When do I crave {s}?", "What time of day do my {s} cravings usually show up?",
                                         "At what time am I most tempted by {s}?",
                                         "When in the day do I tend to want {s}?"), when_subject),
    Template("when_all", "none", ("When do I struggle most with cravings?", "What time of day are my cravings worst?",
                                  "When during the day do cravings come for me most?",
                                  "At which hours do I get the most urges?"), when_all),
    Template("days_all", "none", ("Which days are hardest for me?", "What day of the week do I crave the most?",
                                  "Which weekday brings the most cravings?", "What's my toughest day of the week?"),
             lambda a: days_truth(a.rows, a.rows)),
    Template("days_subject", "subject", ("Which days do I crave {s} most?",
                                         "On what day of the week do I want {s} the most?",
                                         "What's my worst day for {s}?"),
             lambda a: days_truth(select(a.rows, kinds=a.slot["kinds"]), a.rows)),
    Template("triggers_all", "none", ("What triggers my cravings most?", "What's my most common trigger?",
                                      "What usually sets my cravings off?", "What kicks off most of my urges?"),
             breakdown("trigger", "triggers", subject=False)),
    Template("triggers_strongest", "none", ("What triggers my strongest cravings?",
                                            "What's behind my most intense urges?",
                                            "Which triggers come with my worst cravings?"),
             breakdown("trigger", "triggers", subject=False, strongest=True)),
    Template("triggers_subject", "subject", ("What triggers my {s} cravings?", "What usually sets off my urge for {s}?",
                                             "What makes me want {s}?", "Which trigger leads to my {s} cravings?"),
             breakdown("trigger", "triggers")),
    Template("emotions_subject", "subject", ("How do I feel when I crave {s}?", "What mood am I in when I want {s}?",
                                             "Which emotions come with my {s} cravings?"),
             breakdown("emotion", "emotions")),
    Template("emotions_all", "none", ("What emotions show up with my cravings?",
                                      "How am I usually feeling when a craving hits?",
                                      "What's my most common mood when I crave?"),
             breakdown("emotion", "emotions", subject=False)),
    Template("where_subject", "subject", ("Where was I when I craved {s}?", "Where do my {s} cravings happen?",
                                          "In what place do I usually want {s}?", "Where am I when {s} tempts me?"),
             breakdown("location", "where")),
    Template("where_all", "none", ("Where do I get the most cravings?", "Which place do I crave in most?",
                                   "Where am I usually when cravings hit?"),
             breakdown("location", "where", subject=False)),
    Template("who_subject", "subject", ("Who am I usually with when I want {s}?", "Who's around when I crave {s}?",
                                        "Who tends to be with me when {s} cravings come?"),
             breakdown("people", "who")),
    Template("who_all", "none", ("Who am I with when I crave?", "Who is usually around when my cravings hit?",
                                 "What company am I in when cravings show up?"),
             breakdown("people", "who", subject=False)),
    Template("count_subject_all", "subject", ("How many times did I crave {s}?",
                                              "How many {s} cravings have I logged in total?",
                                              "What's my total number of {s} cravings?",
                                              "How many times have I wanted {s} so far?"), count_subject_all),
    Template("count_last_week", "none", ("How many cravings did I log last week?", "What was my craving count last week?",
                                         "How many urges did I have last week?"),
             count_window(last_week)),
    Template("count_subject_30", "subject", ("How many {s} cravings did I have in the last 30 days?",
                                             "Over the past 30 days, how many times did I want {s}?",
                                             "In the last thirty days, how often did I crave {s}?"),
             count_window(lambda t: rolling(t, 30), subject=True)),
    Template("count_since_monday", "none", ("How many cravings since Monday?",
                                            "Since Monday, how many urges have I logged?",
                                            "How many cravings have I had since Monday?"),
             count_window(lambda t: since_weekday(t, 1))),
    Template("count_resisted_month", "none", ("How many cravings did I resist this month?",
                                              "This month, how many times did I resist?",
                                              "How many urges have I resisted so far this month?"),
             count_window(this_month, resisted_only=True)),
    Template("count_never", "never", ("How many times did I crave {never}?", "How often do I want {never}?",
                                      "How many {never} cravings have I had?"), abstain),
    Template("when_never", "never", ("When do I crave {never}?", "What triggers my {never} cravings?",
                                     "Do I still want {never}?", "Where am I when I want {never}?"), abstain),
    Template("trend_resist", "none", ("Am I getting better at resisting?", "Is my ability to resist improving?",
                                      "Am I resisting more often than before?",
                                      "Have I been getting better at saying no to cravings?"),
             trend_truth("resisting")),
    Template("trend_intensity", "none", ("Are my cravings getting weaker?",
                                         "Is the intensity of my cravings going down over time?",
                                         "Have my urges become less intense?"), trend_truth("intensity")),
    Template("trend_subject", "subject", ("Am I getting better at resisting {s}?", "Is it getting easier to resist {s}?",
                                          "Am I improving at saying no to {s}?"),
             trend_truth("resisting", subject=True)),
    Template("change_month", "none", ("What changed in the last 30 days compared to the 30 days before?",
                                      "How are my cravings in the past 30 days different from the 30 days before?",
                                      "Compare the last 30 days with the previous 30 days."),
             change_truth(lambda t: rolling(t, 30), lambda t: rolling(t - timedelta(days=30), 30))),
    Template("change_week", "none", ("How does this week compare to last week?", "This week vs last week?",
                                     "Am I doing better this week than last week?"),
             change_truth(this_week, last_week)),
    Template("still_stopped", "stopped", ("Do I still crave {stopped}?", "Am I still getting {stopped} cravings?",
                                          "Have I stopped wanting {stopped}?"), last_truth(still=True)),
    Template("still_active", "subject", ("Do I still crave {s}?", "Am I still wanting {s} these days?",
                                         "Are my {s} cravings still happening?"), last_truth(still=True)),
    Template("last_subject", "subject", ("When did I last crave {s}?", "When was my most recent {s} craving?",
                                         "What was the last time I wanted {s}?"), last_truth(still=False)),
    Template("still_weekend", "stopped", ("Do I still crave {stopped} on weekends?",
                                          "Am I still wanting {stopped} on weekends?",
                                          "Have my weekend {stopped} cravings stopped?"),
             last_truth(still=True, weekdays={6, 7})),
    Template("association_pair", "pair", ("Do I {a} more when I {b}?", "On days I {b}, do I {a} more?",
                                          "Is there a link between how often I {a} and when I {b}?"), association_days),
    Template("association_feeling", "feeling", ("Do I crave {s} more when I'm {feeling}?",
                                                "Are my {s} cravings tied to feeling {feeling}?",
                                                "Is being {feeling} linked to my {s} cravings?"), association_feeling),
    Template("helps", "none", ("What helps me resist?", "When am I best at resisting cravings?",
                               "In which situations do I resist most often?"), helps_truth),
    Template("overview", "none", ("How am I doing?", "Give me a summary of my cravings.",
                                  "What do my logs say about me lately?", "How have things been going?"),
             overview_truth),
    Template("why_workplace", "workplace", ("Why do I {verb} at work?", "What's behind my urge to {verb} at work?",
                                            "Why do I keep wanting to {verb} at work?"), why_workplace),
    Template("intensity_subject", "subject", ("How strong are my {s} cravings?", "How intense do my {s} urges get?",
                                              "What's the average intensity of my {s} cravings?"), intensity_truth),
    Template("yesterday", "none", ("How many cravings did I have yesterday?", "Did I log any cravings yesterday?",
                                   "How many urges did I log yesterday?"), yesterday_truth),
    Template("weekend_subject", "subject", ("How many times did I want {s} on weekends?",
                                            "How often did I crave {s} on the weekend?",
                                            "How many weekend {s} cravings have I logged?"), weekend_subject),
    Template("days_weekend", "none", ("Do I crave more on weekends or on weekdays?",
                                      "Are weekends or weekdays worse for my cravings?",
                                      "Which is harder for me, weekdays or weekends?"),
             lambda a: days_truth(a.rows, a.rows)),
    Template("triggers_subject_strongest", "subject", ("What triggers my strongest {s} cravings?",
                                                       "What's behind my most intense {s} urges?",
                                                       "Which triggers come with my worst {s} cravings?"),
             breakdown("trigger", "triggers", strongest=True)),
    Template("who_all_alone", "none", ("Am I usually alone when I crave?", "Do I crave more when I'm by myself?",
                                       "Are my cravings mostly when I'm alone?"),
             lambda a: Truth(intents={"who", "association"}, total=len(a.rows), scope=a.rows, base=a.rows,
                             facts=[[str(sum("Alone" in r["people"] for r in a.rows))]])),
    Template("count_all", "none", ("How many cravings have I logged?", "What's my total number of cravings?",
                                   "How many urges have I recorded in total?"),
             lambda a: Truth(intents={"count"}, total=len(a.rows), scope=a.rows, base=a.rows,
                             facts=[[str(len(a.rows))]])),
    Template("when_subject_weekend", "subject", ("When do I crave {s} on weekends?",
                                                 "At what time on weekends do I want {s}?",
                                                 "What time of day do weekend {s} cravings come?"),
             lambda a: replace(peak_truth(select(a.rows, kinds=a.slot["kinds"], weekdays={6, 7}),
                                          select(a.rows, weekdays={6, 7}), "daypart", {"when"}, "daypart.value"),
                               subject=select(a.rows, kinds=a.slot["kinds"]))),
    Template("emotions_strongest", "none", ("How do I feel during my strongest cravings?",
                                            "What emotions come with my most intense cravings?",
                                            "What's my mood when my worst urges hit?"),
             breakdown("emotion", "emotions", subject=False, strongest=True)),
    Template("where_subject_count", "subject", ("How many of my {s} cravings were at home?",
                                                "How many times did I want {s} at home?",
                                                "At home, how often do I crave {s}?"),
             lambda a: Truth(intents={"count"}, total=len(select(a.rows, kinds=a.slot["kinds"], location="Home")),
                             scope=select(a.rows, kinds=a.slot["kinds"], location="Home"), base=a.rows,
                             facts=[zero_or(len(select(a.rows, kinds=a.slot["kinds"], location="Home")))],
                             subject=select(a.rows, kinds=a.slot["kinds"]))),
)


def slots_for(template: Template, person: Person, index: int) -> dict | None:
    if template.needs == "none":
        return {}
    if template.needs == "subject":
        name, kinds = person.subjects[index % len(person.subjects)]
        return {"s": name, "kinds": kinds}
    if template.needs == "never":
        return {"never": person.never[index % len(person.never)]} if person.never else None
    if template.needs == "stopped":
        return {"stopped": person.stopped[0], "kinds": person.stopped[1]} if person.stopped else None
    if template.needs == "pair":
        if not person.pair:
            return None
        a, a_kinds, b, b_kinds = person.pair
        return {"a": a, "a_kinds": a_kinds, "b": b, "b_kinds": b_kinds}
    if template.needs == "feeling":
        if not person.feeling:
            return None
        s, kinds, feeling, emotions, trigger_words = person.feeling
        return {"s": s, "kinds": kinds, "feeling": feeling, "emotions": emotions, "trigger_words": trigger_words}
    if template.needs == "workplace":
        if not person.workplace:
            return None
        verb, _, kinds = person.workplace
        return {"verb": verb, "kinds": kinds}
    raise ValueError(template.needs)


def questions(person: Person, rows: list[dict], today: date, fresh: bool = False):
    """(template, paraphrase index, split, question text, truth) for one person; `fresh`: the fresh split's
    paraphrases (bench/answers/fresh.py) instead of the dev and test ones."""
    for index, template in enumerate(TEMPLATES):
        slot = slots_for(template, person, index)
        if slot is None:
            continue
        ask = Ask(person, rows, today, slot)
        try:
            truth = template.truth(ask)
        except (IndexError, ZeroDivisionError):
            continue  # this person has no such logs: the template does not apply
        if truth is None:
            continue
        if fresh:
            for number, text in enumerate(FRESH.get(template.key, ())):
                yield template, number, "fresh", text.format(**slot), truth
            continue
        for number, text in enumerate(template.paraphrases):
            yield template, number, split_of(number), text.format(**slot), truth
