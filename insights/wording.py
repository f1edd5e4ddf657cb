"""Saying the answer: plain sentences from a Finding, the first one answering what was asked with the
subject's own figures. Nothing here computes; every number comes from the finding."""
from __future__ import annotations

import re
from datetime import date, datetime

from .findings import MIN_DAYS, MIN_PATTERN, MIN_TREND, RECENT_DAYS, Finding
from .understanding import SINGLE_STRONGEST, Question
from cravings.vocabulary import DAYPART, TOPIC, VERBS, WEEKDAYS, hour_label

PLACES = {"Home": "at home", "Work": "at work", "Social": "out socially", "Outside": "outside"}
COMPANY = {"Alone": "alone", "Friends": "with friends", "Family": "with family", "Coworkers": "with coworkers",
           "Strangers": "around strangers"}
ASSOCIATION_NOTE = "That is an association in your logs, not proof that one causes the other."


def pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def counted(n: int, noun_phrase: str) -> str:
    """'1 craving for sweets', '3 cravings for sweets'."""
    return f"{n} {noun_phrase.replace('cravings', 'craving', 1) if n == 1 else noun_phrase}"


def name_of(subject) -> str:
    """How an answer names a subject: the user's own word ("chocolate"), but the topic's name for a verb
    ("smoke" -> cigarettes) or a singular of it ("cigarette" -> cigarettes)."""
    if subject.topic is None:
        return subject.text
    label = TOPIC[subject.topic].label
    if subject.text in VERBS or label in (subject.text + "s", subject.text + "es") or subject.topic == "phone":
        return label
    return subject.text


def thing(question: Question) -> str:
    """'cravings for sweets', 'cravings for kombucha', or 'cravings'."""
    return f"cravings for {name_of(question.subject)}" if question.subject else "cravings"


def things(question: Question, finding: Finding, *, filters: bool = True) -> str:
    """The subject with its conditions and time filters: 'cravings for cigarettes at work on weekdays'."""
    time_filters = question.time.filters if filters and question.intent != "days" else []
    extra = " ".join([*finding.conditions, *time_filters])
    strongest = "strongest " if question.strongest and question.intent != "intensity" else ""
    return f"{strongest}{thing(question)}{' ' + extra if extra else ''}"


def window_phrase(finding: Finding, question: Question) -> str:
    """'in the last 30 days (26 Oct – 24 Nov)', 'in all your logs since 27 Jul', 'last week (16–22 Nov)'."""
    label = finding.window["label"]
    if not label:
        text = ""
    elif label.startswith(("since", "last ", "yesterday", "today", "tonight", "this ")):
        text = label
    elif re.match(r"^(?:\d{1,2} [A-Z][a-z]{2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", label):
        text = "on " + label
    else:
        text = "in " + label
    return text


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def daypart_phrase(name: str) -> str:
    band = DAYPART[name]
    return f"at night ({band.span})" if name == "night" else f"in the {name} ({band.span})"


def when_local(stamp: str, today: date) -> str:
    moment = datetime.fromisoformat(stamp)
    year = f" {moment.year}" if moment.year != today.year else ""
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {moment:%B}{year} at {hour_label(moment.hour)}"


def ago(stamp: str, today: date) -> str:
    days = (today - datetime.fromisoformat(stamp).date()).days
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def value_phrase(kind: str, value) -> str:
    if kind in ("dayparts", "daypart"):
        return daypart_phrase(value)
    if kind in ("locations", "location"):
        return PLACES.get(value, f"at {value}")
    if kind in ("people",):
        return COMPANY.get(value, f"with {value.lower()}")
    if kind in ("emotions", "emotion"):
        return f"when you felt {value.lower()}"
    if kind in ("triggers", "trigger"):
        return f"when the trigger was “{value}”"
    if kind == "topics":
        return f"with {TOPIC[value].label}" if value in TOPIC else str(value)
    if kind == "weekdays":
        return f"on {WEEKDAYS[value - 1]}s"
    return str(value)


def tied(rows: list[dict]) -> list[dict]:
    """The rows sharing the top count (rows are sorted by count, most first)."""
    return [r for r in rows if rows and r["count"] == rows[0]["count"]]


def listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# --- per intent -----------------------------------------------------------------------------------------------
def say_when(f: Finding, q: Question, today: date) -> list[str]:
    d, n = f.figures["daypart"], f.total
    out = [f"Your {things(q, f)} come most often {daypart_phrase(d['value'])}: {d['count']} of {n} ({d['share']}%)"
           f"{', ' + window_phrase(f, q) if f.window['start'] else ''}."]
    if q.subject or q.conditions:
        out.append(f"Across all your cravings in that time, {d['baselineShare']}% come {daypart_phrase(d['value'])}.")
    others = [r for r in f.figures["dayparts"] if r["value"] != d["value"]]
    if others:
        out.append("Then " + listing([f"{daypart_phrase(r['value']).split(' (')[0]} ({r['count']})" for r in others])
                   + ".")
    hour, day = f.figures["hour"], f.figures["weekday"]
    out.append(f"The busiest hour is {hour_label(hour['value'])} ({hour['count']}) and the busiest day is "
               f"{WEEKDAYS[day['value'] - 1]} ({day['count']}).")
    out.append(f"You resisted {pct(d['resisted'], d['count'])}% of the ones {daypart_phrase(d['value']).split(' (')[0]}.")
    return out


def say_days(f: Finding, q: Question, today: date) -> list[str]:
    rows, n = f.figures["weekdays"], f.total
    top = tied(rows)
    names = [WEEKDAYS[r["value"] - 1] for r in top]
    each = " each" if len(top) > 1 else ""
    lead = f"Your hardest days are {listing(names)}" if len(top) > 1 else f"Your hardest day is {names[0]}"
    out = [f"{lead}: {top[0]['count']} of your {n} {things(q, f)}{each} ({pct(top[0]['count'], n)}%) "
           f"{window_phrase(f, q)}, where an even spread would be 14% a day."]
    rest = rows[len(top):len(top) + 2]
    if rest:
        out.append("Next come " + listing([f"{WEEKDAYS[r['value'] - 1]} ({r['count']})" for r in rest]) + ".")
    if q.about_resisting:
        weekend, weekdays = f.figures["weekend"], n - f.figures["weekend"]
        out.insert(0, f"You resisted {pct(f.figures['weekdayResisted'], weekdays)}% of your {things(q, f)} on weekdays "
                      f"({f.figures['weekdayResisted']} of {weekdays}) and {pct(f.figures['weekendResisted'], weekend)}% "
                      f"on weekends ({f.figures['weekendResisted']} of {weekend}).")
    resisted = sum(r["resisted"] for r in top)
    out.append(f"Weekends hold {f.figures['weekend']} of the {n} ({pct(f.figures['weekend'], n)}%), against 29% of the "
               f"days in a week. You resisted {pct(resisted, top[0]['count'] * len(top))}% on "
               f"{listing([d + 's' for d in names])}, against {f.figures['resistedShare']}% overall.")
    return out


def say_breakdown(kind: str):
    intro = {"triggers": ("the trigger you noted most is", "the triggers you noted most are"),
             "emotions": ("you most often felt", "you most often felt"),
             "locations": ("you were most often", "you were most often"),
             "people": ("you were most often", "you were most often")}

    def name(value) -> str:
        return f"“{value}”" if kind == "triggers" else value_phrase(kind, value).replace("when you felt ", "")

    def say(f: Finding, q: Question, today: date) -> list[str]:
        rows, n = f.figures["top"], f.total
        if not rows:
            missing = {"triggers": "a trigger", "emotions": "how you felt", "locations": "where you were",
                       "people": "who you were with"}[kind]
            return [f"You haven't noted {missing} on your {n} {things(q, f)} {window_phrase(f, q)}."]
        top = tied(rows)
        strong = " (8 or more out of 10)" if q.strongest and q.intent != "intensity" else ""
        joiner = " or " if kind != "triggers" else " and "
        each = " each" if len(top) > 1 else ""
        resisted = sum(r["resisted"] for r in top)
        out = [f"For your {things(q, f)}{strong} {window_phrase(f, q)}, {intro[kind][len(top) > 1]} "
               f"{joiner.join(name(r['value']) for r in top)}: {top[0]['count']} of {n}{each} "
               f"({pct(top[0]['count'], n)}%), and you resisted {pct(resisted, top[0]['count'] * len(top))}% of those."]
        rest = rows[len(top):len(top) + 2]
        if rest:
            out.append("Next: " + listing([f"{name(r['value'])} ({r['count']})" for r in rest]) + ".")
        return out
    return say


GAVE_IN = re.compile(r"\b(?:give|gave|giving)\s+in\b|\bcav(?:e|ed|ing)\b|\bslip(?:ped)?\b|\bfail\w*", re.I)
RATE = re.compile(r"\bper\s+(?:day|week)\b|\ba\s+(?:day|week)\b|\bdaily\b|\bweekly\b|\bon\s+average\b", re.I)


def say_count(f: Finding, q: Question, today: date) -> list[str]:
    n, fig = f.total, f.figures
    if not q.time.explicit:
        first = datetime.fromisoformat(fig["first"]).date()
        out = [f"You've logged {counted(n, things(q, f))} in all, since {first.day} {first:%B}"
               f"{' ' + str(first.year) if first.year != today.year else ''}.",
               f"{fig['last30'] or 'None'} of them {'was' if fig['last30'] == 1 else 'were'} in the last {RECENT_DAYS} "
               f"days ({fig['previous30']} in the {RECENT_DAYS} days before)."]
    else:
        out = [f"You logged {counted(n, things(q, f))} {window_phrase(f, q)}."]
    if RATE.search(q.text) and fig["days"] > 1:
        out.append(f"That is {fig['perDay']} a day, or {fig['perWeek']} a week, over {fig['days']} days.")
    if fig.get("other") and q.other:
        other = fig["other"]
        more = "more" if n > other["total"] else "fewer" if n < other["total"] else "as many"
        return [f"You logged {more} {thing(q)} than cravings for {name_of(q.other.subject)}: {n} against "
                f"{other['total']} {window_phrase(f, q)}."]
    resisted, gave_in = fig["resisted"], n - fig["resisted"]
    if n == 1:
        outcome = "You resisted it." if resisted else "You gave in to it."
    elif GAVE_IN.search(q.text):
        outcome = f"You gave in to {gave_in} of them ({pct(gave_in, n)}%) and resisted {resisted}."
    else:
        outcome = f"You resisted {resisted} of them ({fig['resistedShare']}%)."
    if q.about_resisting and n > 1:
        lead = (f"You gave in to {gave_in} of your {counted(n, things(q, f))}" if GAVE_IN.search(q.text) else
                f"You resisted {resisted} of your {counted(n, things(q, f))}")
        share = pct(gave_in, n) if GAVE_IN.search(q.text) else fig["resistedShare"]
        where = window_phrase(f, q) if q.time.explicit else "in all"
        rates = out[2:] if not q.time.explicit else out[1:]
        return [f"{lead} {where} ({share}%).", *rates]
    return [*out, outcome]


def say_intensity(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    out = [f"Your {things(q, f)} average {fig['average']} out of 10 in intensity {window_phrase(f, q)}."]
    if fig["strongest"] and (q.strongest or SINGLE_STRONGEST.search(q.text)):
        stamp, description, intensity, resisted = fig["strongest"]
        out.insert(0, f"Your strongest {thing(q).replace('cravings', 'craving', 1)} was {intensity:g} out of 10, "
                      f"on {when_local(stamp, today)}: “{description}”, and you "
                      f"{'resisted it' if resisted else 'gave in'}.")
    if q.subject or q.conditions:
        out.append(f"All your cravings in that time average {fig['baselineAverage']}.")
    out.append(f"{fig['strong']} of the {f.total} ({fig['strongShare']}%) were strong, 8 or more out of 10.")
    return out


def yes_no(question: Question) -> bool:
    return bool(re.match(r"^\W*(am|is|are|do|does|did|have|has|was|were)\b", question.text, re.I))


def period(half: dict, today: date) -> str:
    first, last = datetime.fromisoformat(half["from"]).date(), datetime.fromisoformat(half["to"]).date()
    from .timeparse import span_text

    return span_text(first, last, today)


FREQUENCY = re.compile(r"\b(?:go(?:ne|ing)?\s+(?:down|up)|went\s+(?:down|up)|fewer|more\s+often|less\s+often|"
                       r"frequen\w*|drop\w*|decreas\w*|increas\w*|how\s+often)\b", re.I)


# Which way a yes/no question about intensity asks: "less intense?", "going down?" against "stronger?".
WEAKER = re.compile(r"\b(?:weaker|milder|softer|less\s+(?:intense|strong|severe|bad|powerful)|(?:going|gone|come|coming)"
                    r"\s+down|decreas\w*|lower|eas(?:ier|ing|ed)|calm(?:er|ing))\b", re.I)
STRONGER = re.compile(r"\b(?:stronger|worse|more\s+(?:intense|severe|powerful)|(?:going|gone|coming)\s+up|increas\w*"
                      r"|higher|intensif\w*|harder)\b", re.I)


def say_trend(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    if fig["resisting"] == "unknown":
        return [f"There aren't enough {things(q, f)} {window_phrase(f, q)} to see a trend yet: {f.total} so far, "
                f"and I need at least {MIN_TREND} in each half of the period."]
    early, late = fig["halves"]["earlier"], fig["halves"]["later"]
    about_intensity = re.search(r"\b(weak|strong|intens|severe|powerful|milder)", q.text, re.I) and not q.about_resisting
    asked_worse = re.search(r"\b(worse|harder|less|weaker at|relaps\w*|slipping|backslid\w*|backwards?|losing)\b",
                            q.text, re.I)
    resisting = {"more": "you're resisting more often", "less": "you're resisting less often",
                 "same": "your resisting has stayed about the same"}[fig["resisting"]]
    resist = (f"you resisted {late['resistedShare']}% of your {things(q, f)} from {period(late, today)}, "
              f"against {early['resistedShare']}% from {period(early, today)}.")
    felt = {"weaker": "your cravings have got weaker", "stronger": "your cravings have got stronger",
            "same": "their intensity has stayed about the same"}[fig["intensityDirection"]]
    strength = f"average intensity {late['intensity']} recently, against {early['intensity']} before."
    if about_intensity:  # before frequency: "is the intensity going down" asks about intensity
        asked = "weaker" if WEAKER.search(q.text) else "stronger" if STRONGER.search(q.text) else None
        lead = ""
        if yes_no(q) and asked:
            lead = ("Yes, " if fig["intensityDirection"] == asked else
                    "No, " if fig["intensityDirection"] != "same" else "Not clearly: ")
        return [cap(f"{lead}{felt}: {strength}"), cap(f"{resisting}: {resist}")]
    if FREQUENCY.search(q.text) and not q.about_resisting:
        lead = ("Yes, " if late["count"] < early["count"] else "No, ") if yes_no(q) else ""
        direction = "fewer" if late["count"] < early["count"] else "more" if late["count"] > early["count"] else "as many"
        return [cap(f"{lead}you logged {direction} {things(q, f)} lately: {late['count']} from {period(late, today)}, "
                    f"against {early['count']} from {period(early, today)}."), cap(f"{resisting}: {resist}")]
    good = fig["resisting"] == ("less" if asked_worse else "more")
    lead = ("Yes, " if good else "No, " if fig["resisting"] != "same" else "Not clearly: ") if yes_no(q) else ""
    return [cap(f"{lead}{resisting}: {resist}"), cap(f"{felt}: {strength}")]


def compared(label: str) -> str:
    """'against 42 in September 2026', 'against 10 last week'."""
    return f"in {label}" if label[:1].isupper() or label[:1].isdigit() else label


def say_change(f: Finding, q: Question, today: date) -> list[str]:
    fig, n, m = f.figures, f.total, f.figures["compareTotal"]
    if not n:
        return [f"You didn't log any {things(q, f)} {window_phrase(f, q)}, "
                f"against {m} {compared(fig['compareLabel'])}."]
    if fig["sameLength"]:
        direction = "more" if n > m else "fewer" if n < m else "the same number"
        amount = f"{pct(abs(n - m), m)}% {direction}" if m and n != m else direction
        out = [f"You logged {counted(n, things(q, f))} {window_phrase(f, q)}, "
               f"against {m} {compared(fig['compareLabel'])}: {amount}."]
    else:
        now_rate, then_rate = float(fig["perDay"]), float(fig["comparePerDay"])
        rate = "more a day" if now_rate > then_rate else "fewer a day" if now_rate < then_rate else "the same a day"
        out = [f"You logged {counted(n, things(q, f))} {window_phrase(f, q)} ({fig['perDay']} a day over "
               f"{fig['days']} days), against {m} {compared(fig['compareLabel'])} "
               f"({fig['comparePerDay']} a day): {rate}."]
    if n and m:
        out.append(f"You resisted {fig['resistedShare']}% of them, against {pct(fig['compareResisted'], m)}% before.")
    if fig["appeared"]:
        out.append("New since then: " + listing([f"{TOPIC[t].label} ({c})" for t, c in fig["appeared"][:3]]) + ".")
    if fig["vanished"]:
        out.append("Gone since then: " + listing([f"{TOPIC[t].label} ({c} before, none now)"
                                                  for t, c in fig["vanished"][:3]]) + ".")
    if fig["topTrigger"] and fig["compareTopTrigger"] and fig["topTrigger"] != fig["compareTopTrigger"]:
        out.append(f"Your top trigger changed from “{fig['compareTopTrigger']}” to “{fig['topTrigger']}”.")
    return out


STILL = re.compile(r"\b(still|anymore|any more|no longer|stopped|quit|gone|lately|recently|these days)\b", re.I)


def say_last(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    what = things(q, f)
    last = fig.get("last")
    if last is None:
        return [f"You haven't logged any {what}{' ' + window_phrase(f, q) if q.time.explicit else ''}."]
    when = when_local(last["at"], today)
    recent = (f"{fig['last30'] or 'none'} in the last {RECENT_DAYS} days ({fig['previous30']} in the {RECENT_DAYS} "
              f"days before)")
    single = what.replace("cravings", "craving", 1)
    if STILL.search(q.text):
        if fig["last30"]:
            return [f"Yes: you logged {recent.replace(' in the last', ' ' + what + ' in the last', 1)}.",
                    f"The latest was on {when} ({ago(last['at'], today)})."]
        return [f"Not lately: your last {single} was on {when}, {ago(last['at'], today)}, and none since."]
    logged = (f"You've logged {recent.replace(' in the last', ' ' + what + ' in the last', 1)}." if fig["last30"] else
              f"You've logged none in the last {RECENT_DAYS} days ({fig['previous30']} in the {RECENT_DAYS} days before).")
    return [f"Your last {single} was on {when} ({ago(last['at'], today)}).", logged]


def say_association(f: Finding, q: Question, today: date) -> list[str]:
    fig, other = f.figures, q.other
    assert other is not None, "an association question always names the other thing"
    b = f"cravings for {name_of(other.subject)}" if other.kind == "subject" else other.label
    if fig["kind"] == "days":
        if not fig["enough"]:
            return [f"There isn't enough data to tell yet: I need at least {MIN_DAYS} days with {b} and {MIN_DAYS} "
                    f"without, and {MIN_PATTERN} {thing(q)}; you have {fig['daysWith']} days with and "
                    f"{fig['daysWithout']} without."]
        lift = fig["lift"]
        link = ("more" if lift and lift >= 1.25 else "fewer" if lift is not None and lift <= 0.8 else "about as many")
        ratio = f" ({lift}×)" if lift and link != "about as many" else ""
        return [f"On days you logged {b}, you logged {link} {thing(q)}: {fig['rateWith']} a day on average, against "
                f"{fig['rateWithout']} on other days{ratio}, over {fig['daysWith']} and {fig['daysWithout']} days "
                f"with logs.", ASSOCIATION_NOTE]
    if not fig["enough"]:
        return [f"There isn't enough data to tell yet: {fig['a']} {thing(q)} so far, and I need at least "
                f"{MIN_PATTERN}."]
    if q.subject is None:
        return [f"{fig['shareWith']}% of your cravings were logged {other.label}: {fig['aWith']} of {fig['a']}.",
                f"You resisted {fig['resistedShareWith']}% of those, against {fig['resistedShareWithout']}% of the "
                f"others."]
    more = fig["shareWith"] - fig["otherShareWith"]
    link = "more often than" if more >= 10 else "less often than" if more <= -10 else "about as often as"
    return [f"Your {thing(q)} came {other.label} {link} your other cravings: {fig['shareWith']}% of them "
            f"({fig['aWith']} of {fig['a']}), against {fig['otherShareWith']}% of the others.", ASSOCIATION_NOTE]


WHICH_CRAVING = re.compile(r"\b(?:which|what)\s+(?:craving|cravings|habit|thing)s?\b", re.I)


def say_helps(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures

    def item(o: dict) -> str:
        return f"{value_phrase(o['kind'], o['value']).split(' (')[0]} (resisted {o['share']}% of {o['count']})"

    out = []
    if WHICH_CRAVING.search(q.text) and len(fig["topics"]) > 1:
        hardest, easiest = fig["topics"][0], fig["topics"][-1]
        return [f"The craving you resist least is {TOPIC[hardest['value']].label}: {hardest['share']}% of "
                f"{hardest['count']}; the one you resist most is {TOPIC[easiest['value']].label}: "
                f"{easiest['share']}% of {easiest['count']}.",
                f"Overall you resisted {fig['resisted']} of {f.total} {things(q, f)} ({fig['overall']}%) "
                f"{window_phrase(f, q)}."]
    if fig["best"]:
        out.append(f"You resist most often {listing([item(o) for o in fig['best']])}.")
    if fig["worst"]:
        out.append(f"You give in most often {listing([item(o) for o in fig['worst']])}.")
    if not out:
        out.append("Your resisting is about the same in every situation: no time, place, company or feeling is "
                   "10 points above or below your overall rate.")
    out.append(f"Overall you resisted {fig['resisted']} of {f.total} {things(q, f)} ({fig['overall']}%) "
               f"{window_phrase(f, q)}.")
    return out


def say_overview(f: Finding, q: Question, today: date) -> list[str]:
    fig, n = f.figures, f.total
    topics = listing([f"{TOPIC[t].label} ({c})" for t, c in fig["topics"]])
    mostly = ": mostly " + topics if topics and not q.subject and n > MIN_PATTERN else ""
    out = [cap(f"{window_phrase(f, q)} you logged {counted(n, things(q, f))}{mostly}.")]
    parts = []
    if fig["daypart"]:
        d = fig["daypart"]
        parts.append(f"{d['count']} of them ({d['share']}%) came {daypart_phrase(d['value'])}" if n > 1 else
                     f"it came {daypart_phrase(d['value'])}")
    if fig["trigger"]:
        parts.append(f"the top trigger was “{fig['trigger']['value']}” ({fig['trigger']['count']})")
    parts.append(f"you resisted {fig['resisted']} ({fig['resistedShare']}%)" if n > 1 else
                 ("you resisted it" if fig["resisted"] else "you gave in to it"))
    out.append(cap(listing(parts)) + ".")
    if n <= MIN_PATTERN:
        moments = [f"{when_local(r[0], today)}: “{r[1]}” ({'resisted' if r[3] else 'gave in'})"
                   for r in f.figures["recent"]]
        return [out[0], f"{'They were' if n > 1 else 'It was'}: " + "; ".join(moments) + "."]
    if fig.get("resisting") in ("more", "less"):
        late, early = fig["halves"]["later"], fig["halves"]["earlier"]
        out.append(f"You're resisting {fig['resisting']} often than earlier in this period: "
                   f"{late['resistedShare']}% lately, against {early['resistedShare']}%.")
    return out


def say_why(f: Finding, q: Question, today: date) -> list[str]:
    fig, n = f.figures, f.total
    d = fig["daypart"]
    parts = []
    if fig["weekend"] >= 0.75 * n:
        parts.append(f"on weekends ({fig['weekend']})")
    elif fig["weekend"] <= 0.1 * n:
        parts.append(f"on weekdays ({n - fig['weekend']})")
    if fig["people"] and fig["people"][0]["count"] >= n / 2:
        parts.append(f"{value_phrase('people', fig['people'][0]['value'])} ({fig['people'][0]['count']})")
    if fig["location"] and fig["location"][0]["count"] >= n / 2 and not any(
            c.kind == "location" for c in q.conditions):
        parts.append(f"{value_phrase('locations', fig['location'][0]['value'])} ({fig['location'][0]['count']})")
    if q.time.hours:  # the question named the time of day already
        out = [f"Your {things(q, f)} {window_phrase(f, q)}: {n} so far."]
    else:
        out = [f"Your {things(q, f)} come most often {daypart_phrase(d['value'])}: {d['count']} of {n}."]
    if parts:
        out.append(f"Most of them came {listing(parts)}.")
    if fig["trigger"]:
        many = len(fig["trigger"]) > 1
        out.append(f"The trigger{'s' if many else ''} you noted most {'are' if many else 'is'} "
                   + listing([f"“{t['value']}” ({t['count']})" for t in fig["trigger"]]) + ".")
    if fig["emotion"]:
        out.append("You most often felt " + listing([f"{e['value'].lower()} ({e['count']})"
                                                     for e in fig["emotion"]]) + ".")
    out.append("These are associations in your logs, not causes.")
    return out


def say_streak(f: Finding, q: Question, today: date) -> list[str]:
    fig = f.figures
    out = [f"Your longest run of resisted {things(q, f)} in a row is {fig['longestResisted']}, and the run going now "
           f"is {fig['currentResisted']} {window_phrase(f, q)}."]
    out.append(f"Your longest run of days with a log is {fig['longestDays']} days; the current one is "
               f"{fig['currentDays']}.")
    return out


SAY = {"when": say_when, "days": say_days, "triggers": say_breakdown("triggers"),
       "emotions": say_breakdown("emotions"), "where": say_breakdown("locations"), "who": say_breakdown("people"),
       "count": say_count, "intensity": say_intensity, "trend": say_trend, "change": say_change, "last": say_last,
       "association": say_association, "helps": say_helps, "overview": say_overview, "why": say_why,
       "streak": say_streak}


def few_log(row: list, intent: str, today: date) -> str:
    """One of a handful of logs, with what the question asked about it."""
    stamp, _, _, resisted, trigger, location, people, emotions = row
    detail = {"where": PLACES.get(location, ""), "who": listing([COMPANY.get(p, p) for p in people]),
              "emotions": listing([e.lower() for e in emotions]), "triggers": f"“{trigger}”" if trigger else "",
              "helps": "resisted" if resisted else "gave in", "trend": "resisted" if resisted else "gave in"}.get(intent, "")
    return when_local(stamp, today) + (f" ({detail})" if detail else "")


def say_status(f: Finding, q: Question, today: date) -> list[str] | None:
    if f.status == "no_logs":
        return ["You haven't logged any cravings yet. Log a few in the app and I'll show you your patterns."]
    if f.status == "no_subject_logs":
        about = name_of(q.subject)
        if q.intent == "count":
            return [f"You haven't logged any cravings about {about}: none so far."]
        return [f"You haven't logged any cravings about {about}, so there is nothing about it in your logs to go on."]
    if f.status == "none_in_window":
        if q.strongest and q.intent != "intensity":
            return [f"None of your {thing(q)} {window_phrase(f, q)} were strong, 8 or more out of 10."]
        out = [f"You didn't log any {things(q, f)} {window_phrase(f, q)}."]
        elsewhere = f.figures.get("withoutFilter")
        if elsewhere and elsewhere["daypart"]:
            d = elsewhere["daypart"]
            out.append(f"Your {counted(elsewhere['total'], things(q, f, filters=False))} come most often "
                       f"{daypart_phrase(d['value'])}: {d['count']} of {elsewhere['total']}.")
        last = f.figures.get("last")
        if last:
            out.append(f"Your last one was on {when_local(last['at'], today)} ({ago(last['at'], today)}).")
        return out
    if f.status == "too_little_data" and q.intent != "association":
        moments = [few_log(r, q.intent, today) for r in f.figures["recent"][:MIN_PATTERN]]
        return [f"You have only {counted(f.total, things(q, f))} {window_phrase(f, q)}, too few to show a pattern.",
                f"{'They were' if f.total > 1 else 'It was'} on {listing(moments)}."]
    return None


def sentences(finding: Finding, question: Question, today: date) -> list[str]:
    said = say_status(finding, question, today)
    if said is not None:
        return said
    return [re.sub(r"\s+([,.:])", r"\1", " ".join(s.split())) for s in SAY[question.intent](finding, question, today)]
