"""Over time: trend, change between two windows, and the last time."""
from __future__ import annotations

import re
from datetime import date, datetime

from cravings.vocabulary import TOPIC

from .finding import MIN_TREND, RECENT_DAYS, Finding
from .timewords import span_text
from .understanding import Question
from .wording_phrases import ago, cap, counted, listing, pct, things, when_local, window_phrase


def yes_no(question: Question) -> bool:
    return bool(re.match(r"^\W*(am|is|are|do|does|did|have|has|was|were)\b", question.text, re.I))


def period(half: dict, today: date) -> str:
    first, last = datetime.fromisoformat(half["from"]).date(), datetime.fromisoformat(half["to"]).date()

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
