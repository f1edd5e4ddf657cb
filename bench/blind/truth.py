"""Ground truth for every blind question, computed from the generated rows in the person's local time.

Definitions (fixed before any run): daypart morning 5-12, afternoon 12-17, evening 17-22, night 22-5;
weekend = Saturday + Sunday; seasons by the meteorological calendar (northern: summer Jun-Aug; southern
zones swapped); resisted = resistance > 7. Where a question's window has more than one fair reading ("last
week": the last 7 days or the previous Monday-Sunday week) every reading's answer is accepted. A truth whose
winner is not clear (top value within 15% of the second, or readings disagree on a direction) carries
`ambiguous`, and the unit check (bench/blind/selfcheck.py) fails on it, so the set only asks clear questions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from statistics import mean
from zoneinfo import ZoneInfo

from .people import PERSON

DAYPARTS = ("morning", "afternoon", "evening", "night")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
NORTH_SEASON = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer",
                7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
SWAP = {"winter": "summer", "summer": "winter", "spring": "autumn", "autumn": "spring"}


def daypart(hour: int) -> str:
    return "morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 17 else "evening" if 17 <= hour < 22 \
        else "night"


def season(month: int, southern: bool) -> str:
    s = NORTH_SEASON[month]
    return SWAP[s] if southern else s


@dataclass
class Truth:
    kind: str
    expect: dict
    abstain: bool = False
    ambiguous: str = ""
    detail: dict = field(default_factory=dict)


def d_of(row) -> date:
    return row["local"].date()


def resisted(row) -> bool:
    return row["resistance"] > 7


def select(rows, s=None, res=None, win=None):
    out = rows
    if s:
        kinds = {s} if isinstance(s, str) else set(s)
        out = [r for r in out if r["kind"] in kinds]
    if res is not None:
        out = [r for r in out if resisted(r) == res]
    if win:
        a, b = win
        out = [r for r in out if a <= d_of(r) <= b]
    return out


def month_span(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def prev_month(today: date, back: int = 1) -> tuple[date, date]:
    y, m = today.year, today.month - back
    while m <= 0:
        y, m = y - 1, m + 12
    return month_span(y, m)


def windows(w: str | None, today: date) -> list[tuple[date, date] | None]:
    """Every fair reading of a window name, as inclusive local-date spans."""
    if not w or w == "all":
        return [None]
    if w == "today":
        return [(today, today)]
    if w == "yesterday":
        y = today - timedelta(days=1)
        return [(y, y)]
    if w == "this_week":
        return [(today - timedelta(days=today.weekday()), today), (today - timedelta(days=6), today)]
    if w == "last_week":
        monday = today - timedelta(days=today.weekday())
        return [(monday - timedelta(days=7), monday - timedelta(days=1)), (today - timedelta(days=6), today),
                (today - timedelta(days=7), today - timedelta(days=1))]
    if w == "this_month":
        return [(today.replace(day=1), today)]
    if w == "last_month":
        return [prev_month(today), (today - timedelta(days=29), today), (today - timedelta(days=30), today)]
    if w.startswith("days:"):
        n = int(w[5:])
        return [(today - timedelta(days=n - 1), today), (today - timedelta(days=n), today - timedelta(days=1))]
    if w.startswith("since:"):  # since N days ago (the day itself included)
        n = int(w[6:])
        return [(today - timedelta(days=n), today)]
    if w.startswith("before:"):  # the two months before N days ago (30-day or 31-day months)
        n = int(w[7:])
        end = today - timedelta(days=n + 1)
        return [(end - timedelta(days=59), end), (end - timedelta(days=60), end), (end - timedelta(days=61), end)]
    if w.startswith("month:-"):  # the full month N back from the current one
        return [prev_month(today, int(w[7:]))]
    if w.startswith("since_months:"):  # "since I started ... N months ago": calendar months or 30-day months
        n = int(w[13:])
        y, m = today.year, today.month - n
        while m <= 0:
            y, m = y - 1, m + 12
        cal = date(y, m, min(today.day, month_span(y, m)[1].day))
        return [(cal, today), (today - timedelta(days=30 * n), today), (today - timedelta(days=30 * n + 1), today)]
    if w.startswith("month:"):  # the most recent full month with that number; the current one also if it is it
        m = int(w[6:])
        y = today.year if m < today.month else today.year - 1
        out = [month_span(y, m)]
        if m == today.month:
            out.append((today.replace(day=1), today))
        return out
    raise ValueError(w)


def values(rows, dim: str, southern: bool = False) -> Counter:
    c: Counter = Counter()
    for r in rows:
        if dim == "daypart":
            c[daypart(r["local"].hour)] += 1
        elif dim == "weekday":
            c[WEEKDAYS[r["local"].weekday()]] += 1
        elif dim == "month":
            c[MONTHS[r["local"].month - 1]] += 1
        elif dim == "season":
            c[season(r["local"].month, southern)] += 1
        elif dim == "place":
            if r["location"]:
                c[r["location"]] += 1
        elif dim in ("company", "emotion"):
            for v in r["people" if dim == "company" else "emotions"]:
                c[v] += 1
        elif dim == "trigger":
            if r["trigger"]:
                c[r["trigger"]] += 1
        elif dim == "subject":
            c[r["kind"]] += 1
        else:
            raise ValueError(dim)
    return c


def top(counter: Counter) -> tuple[str | None, str]:
    ranked = counter.most_common()
    if not ranked:
        return None, "no rows"
    if len(ranked) > 1 and ranked[0][1] < 1.15 * ranked[1][1]:
        return ranked[0][0], f"top {ranked[0]} close to {ranked[1]}"
    return ranked[0][0], ""


def days_between(a: date, b: date) -> list[date]:
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


def per_day(rows, a: date, b: date) -> float:
    n = (b - a).days + 1
    return len(select(rows, win=(a, b))) / n if n > 0 else 0.0


def direction(x: float, y: float) -> str:
    """'more' when x is clearly above y, 'fewer' when clearly below, '' when within 20%."""
    if x > 1.2 * y and x - y >= 0.05:
        return "more"
    if y > 1.2 * x and y - x >= 0.05:
        return "fewer"
    return ""


def summers(today: date, southern: bool) -> list[tuple[date, date]]:
    """The most recent summer that has started, then the one before (northern Jun-Aug, southern Dec-Feb)."""
    out = []
    if southern:
        y = today.year if today.month == 12 else today.year - 1
        for k in range(2):
            out.append((date(y - k, 12, 1), month_span(y - k + 1, 2)[1]))
    else:
        y = today.year if today.month >= 6 else today.year - 1
        for k in range(2):
            out.append((date(y - k, 6, 1), date(y - k, 8, 31)))
    return [(a, min(b, today)) for a, b in out]


def compute(q, rows: list[dict], now: datetime) -> Truth:
    """The truth of question `q` (bench/blind/questions.py Q) on `rows` at `now`."""
    person = PERSON[q.person]
    today = now.astimezone(ZoneInfo(person.zone)).date()
    p = q.p
    s = p.get("s")
    kind = q.kind
    mine = select(rows, s)
    wins = windows(p.get("w"), today)

    if kind == "medical":
        return Truth(kind, {})
    if kind == "never":
        assert not mine, f"{q.person} has {s} rows"
        return Truth(kind, {"allowed": {0, len(rows)}}, abstain=True)
    if kind == "too_little":
        return Truth(kind, {"n": len(rows)}, abstain=True)
    if kind in ("count", "resist_count"):
        res = True if kind == "resist_count" else p.get("res")
        nums = {len(select(mine, res=res, win=w)) for w in wins}
        return Truth(kind, {"numbers": nums})
    if kind in ("first_log", "started", "last_log"):
        if not mine:
            return Truth(kind, {}, ambiguous="no rows")
        d = d_of(mine[0] if kind != "last_log" else mine[-1])
        return Truth(kind, {"date": d, "today": today})
    if kind in ("peak_daypart", "peak_weekday", "peak_month", "peak_season", "place", "company", "emotion",
                "trigger", "give_in", "resist_where", "top_subject"):
        dim = p.get("dim") or {"peak_daypart": "daypart", "peak_weekday": "weekday", "peak_month": "month",
                               "peak_season": "season", "place": "place", "company": "company",
                               "emotion": "emotion", "trigger": "trigger", "top_subject": "subject"}[kind]
        res = {"give_in": False, "resist_where": True}.get(kind, p.get("res"))
        pool = rows if kind == "top_subject" else mine
        best, note = None, ""
        for w in wins:
            v, n = top(values(select(pool, res=res, win=w), dim, person.southern))
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            best, note = best or v, note or n
        if kind in ("give_in", "resist_where") and p.get("rate"):  # the rate reading must agree with the count
            totals = values(mine, dim, person.southern)
            part = values(select(mine, res=res), dim, person.southern)
            rate = max((k for k in totals if totals[k] >= 10), key=lambda k: part[k] / totals[k])
            if p["rate"] == "only":  # "where am I BEST at resisting": the rate is the answer
                best, note = rate, ""
            elif rate != best:
                note = f"count says {best}, rate says {rate}"
        return Truth(kind, {"value": best, "dim": dim}, ambiguous=note,
                     detail={"counts": dict(values(select(pool, res=res, win=wins[0]), dim, person.southern))})
    if kind == "weekday_weekend":
        if not mine:
            return Truth(kind, {}, ambiguous="no rows")
        span = days_between(d_of(mine[0]), today)
        wk = sum(d.weekday() >= 5 for d in span)
        n_we = sum(r["local"].weekday() >= 5 for r in mine)
        n_wd = len(mine) - n_we
        rate = "weekend" if n_we / wk > n_wd / (len(span) - wk) else "weekday"
        total = "weekend" if n_we > n_wd else "weekday"
        return Truth(kind, {"value": rate, "dim": "weekpart"}, ambiguous="" if rate == total else f"rate {rate}, total {total}",
                     detail={"weekend": n_we, "weekday": n_wd})
    if kind in ("compare", "trend"):
        mode = p.get("mode", "month")
        pairs = []
        if mode == "month":
            pairs = [((today - timedelta(days=29), today), (today - timedelta(days=59), today - timedelta(days=30))),
                     (prev_month(today), prev_month(today, 2))]
        elif mode == "week":
            pairs = [((today - timedelta(days=6), today), (today - timedelta(days=13), today - timedelta(days=7)))]
        elif mode == "summer":
            this, last = summers(today, person.southern)
            pairs = [(this, last)]
        elif mode == "since":  # since N days ago vs everything before
            n = p["days"]
            start = d_of(mine[0])
            pairs = [((today - timedelta(days=n), today), (start, today - timedelta(days=n + 1)))]
        dirs = {direction(per_day(select(mine, res=p.get("res")), *a), per_day(select(mine, res=p.get("res")), *b))
                for a, b in pairs}
        note = "" if len(dirs) == 1 and "" not in dirs else f"directions {sorted(dirs)}"
        d = min(dirs)
        return Truth(kind, {"dir": d, "ask": p.get("ask")}, ambiguous=note,
                     detail={"pairs": [[str(x) for x in pr] for pr in pairs]})
    if kind in ("new_lately", "stopped"):
        firsts: dict = {}
        lasts: dict = {}
        counts = Counter(r["kind"] for r in rows)
        for r in rows:
            firsts.setdefault(r["kind"], d_of(r))
            lasts[r["kind"]] = d_of(r)
        if kind == "new_lately":
            found = {k for k, d in firsts.items() if (today - d).days <= 35}
        else:
            found = {k for k, d in lasts.items() if (today - d).days >= 45 and counts[k] >= 10}
        return Truth(kind, {"subjects": found}, ambiguous="" if len(found) == 1 else f"found {found}")
    if kind == "association":
        other = select(rows, p["with"])
        start = d_of(min(rows, key=lambda r: r["local"]))
        span = days_between(start, today)
        with_days = {d_of(r) for r in other}
        per = Counter(d_of(r) for r in mine)
        on = [per[d] for d in span if d in with_days]
        off = [per[d] for d in span if d not in with_days]
        ratio = (mean(on) if on else 0) / max(mean(off) if off else 0, 1e-9)
        yes = ratio >= 1.5
        note = "" if yes or ratio <= 1.1 else f"ratio {ratio:.2f}"
        return Truth(kind, {"yes": yes}, ambiguous=note, detail={"ratio": round(ratio, 2)})
    if kind == "yes_no":
        return yes_no(q, person, mine, rows, today)
    if kind == "intensity_avg":
        vals = {round(mean(r["intensity"] for r in select(mine, win=w)), 2) for w in wins if select(mine, win=w)}
        return Truth(kind, {"numbers": vals, "tol": 0.25})
    if kind == "intensity_top":
        by = {k: mean(r["intensity"] for r in rows if r["kind"] == k) for k in {r["kind"] for r in rows}}
        ranked = sorted(by.items(), key=lambda kv: -kv[1])
        note = "" if ranked[0][1] - ranked[1][1] >= 0.7 else f"close {ranked[:2]}"
        return Truth(kind, {"value": ranked[0][0], "dim": "subject"}, ambiguous=note,
                     detail={k: round(v, 2) for k, v in by.items()})
    if kind == "resist_rate":
        out = set()
        for w in wins:
            chosen = select(mine, win=w)
            if chosen:
                out.add(round(100 * sum(map(resisted, chosen)) / len(chosen)))
        return Truth(kind, {"percents": out}, detail={"n": len(select(mine, win=wins[0]))})
    if kind == "streak_since":
        d = (today - d_of(mine[-1])).days
        return Truth(kind, {"numbers": {d, d - 1}})
    if kind == "streak_gap":
        logged = sorted({d_of(r) for r in mine})
        gaps = [(b - a).days - 1 for a, b in pairwise(logged)] + [(today - logged[-1]).days]
        g = max(gaps)
        return Truth(kind, {"numbers": {g - 1, g, g + 1}}, detail={"gap": g})
    raise ValueError(kind)


def yes_no(q, person, mine, rows, today) -> Truth:
    test = q.p["test"]
    arg = q.p.get("v")
    if test in ("daypart", "place", "company", "emotion", "weekday"):
        c = values(mine, test, person.southern)
        total = sum(c.values())
        share = c[arg] / total if total else 0
        best, _ = top(c)
        yes = best == arg and share >= 0.3
        note = "" if yes or share < 0.2 else f"share {share:.2f} of {arg}"
        return Truth("yes_no", {"yes": yes}, ambiguous=note, detail={"share": round(share, 2)})
    if test == "weekend":
        span = days_between(d_of(mine[0]), today)
        wk = sum(d.weekday() >= 5 for d in span)
        n_we = sum(r["local"].weekday() >= 5 for r in mine)
        ratio = (n_we / wk) / max((len(mine) - n_we) / (len(span) - wk), 1e-9)
        yes = ratio >= 1.3
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or ratio <= 0.9 else f"ratio {ratio:.2f}")
    if test == "resist_more":
        share = sum(map(resisted, mine)) / len(mine)
        yes = share > 0.55
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or share < 0.45 else f"share {share:.2f}",
                     detail={"share": round(share, 2)})
    if test == "stronger":  # are s cravings stronger in daypart v than at other times?
        inside = [r["intensity"] for r in mine if daypart(r["local"].hour) == arg]
        outside = [r["intensity"] for r in mine if daypart(r["local"].hour) != arg]
        diff = mean(inside) - mean(outside)
        yes = diff >= 0.5
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or diff <= 0.1 else f"diff {diff:.2f}")
    if test == "ever":
        return Truth("yes_no", {"yes": bool(mine)})
    raise ValueError(test)
