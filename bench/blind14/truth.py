"""Ground truth for every question of the fourteenth blind set, computed from the generated rows in the
person's local time. The thirteenth set's, unchanged (itself the twelfth's and the eleventh's: the ninth set's kinds,
the tenth's last time given in, second most logged craving, place where cravings are strongest, which of two values
resists better, busiest calendar week, resisted cravings in a row and percentage change between two quarters, and
the twelfth's weekday with no log at all of a craving and which of two cravings is the stronger on average); this
set adds no kind of its own, only new people and questions.

Definitions (fixed before any run): daypart morning 5-12, afternoon 12-17, evening 17-22, night 22-5;
for weekday questions a log between midnight and 5 am belongs to the day before (the night that began
then); weekend = Saturday + Sunday; meteorological seasons (northern summer Jun-Aug; southern zones
swapped); resisted = confidenceToResist > 7; "most"/"ever" questions range over the whole history.
Where a question has more than one fair reading (a window like "last week", or whether a 1 am log
belongs to its calendar day or the night before) every reading's answer is accepted. A truth whose
winner is not clear (top value within 15% of the runner-up, or readings disagreeing) carries
`ambiguous`, and selfcheck.py fails on it, so the set only asks clear questions.
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
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NORTH_SEASON = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}
SWAP = {"winter": "summer", "summer": "winter", "spring": "autumn", "autumn": "spring"}


def daypart(hour: int) -> str:
    return (
        "morning" if 5 <= hour < 12 else "afternoon" if 12 <= hour < 17 else "evening" if 17 <= hour < 22 else "night"
    )


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


def d_of(row, night_before: bool = False) -> date:
    """The row's local day; with night_before, 00:00-04:59 counts for the day before."""
    d = row["local"].date()
    return d - timedelta(days=1) if night_before and row["local"].hour < 5 else d


def resisted(row) -> bool:
    return row["resistance"] > 7


def select(rows, s=None, res=None, win=None, night_before=False, **f):
    """Rows of subject s (or any of a list), resisted or not, in a local-date window, and filtered by place
    (where), company (who), daypart (dp), weekend/weekday (part), weekday (wd) and a second thing (also)."""
    out = rows
    if s:
        kinds = {s} if isinstance(s, str) else set(s)
        out = [r for r in out if r["kind"] in kinds]
    if res is not None:
        out = [r for r in out if resisted(r) == res]
    if win:
        a, b = win
        out = [r for r in out if a <= d_of(r, night_before) <= b]
    if f.get("where"):
        out = [r for r in out if r["location"] == f["where"]]
    if f.get("who"):
        out = [r for r in out if f["who"] in r["people"]]
    if f.get("dp"):
        out = [r for r in out if daypart(r["local"].hour) == f["dp"]]
    if f.get("part"):
        out = [r for r in out if (d_of(r, True).weekday() >= 5) == (f["part"] == "weekend")]
    if f.get("wd"):
        out = [r for r in out if WEEKDAYS[d_of(r, True).weekday()] == f["wd"]]
    if f.get("also"):
        out = [r for r in out if r.get("also") == f["also"]]
    if f.get("from_hour"):  # "after 11 pm": from that hour up to 5 am
        out = [r for r in out if r["local"].hour >= f["from_hour"] or r["local"].hour < 5]
    return out


FILTERS = ("where", "who", "dp", "part", "wd", "also", "from_hour")


def filters(p: dict) -> dict:
    return {k: p[k] for k in FILTERS if p.get(k)}


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
        return [
            (monday - timedelta(days=7), monday - timedelta(days=1)),
            (today - timedelta(days=6), today),
            (today - timedelta(days=7), today - timedelta(days=1)),
        ]
    if w == "last_weekend":  # the latest Sat+Sun that has begun; on a weekend day also the one before
        sat = today - timedelta(days=(today.weekday() - 5) % 7)
        out = (
            [(sat, sat + timedelta(days=1))]
            if today.weekday() < 5
            else [(sat - timedelta(days=7), sat - timedelta(days=6))]
        )
        if today.weekday() >= 5:
            out.append((sat, min(today, sat + timedelta(days=1))))
        return out
    if w == "this_month":
        return [(today.replace(day=1), today)]
    if w == "last_month":
        return [prev_month(today), (today - timedelta(days=29), today), (today - timedelta(days=30), today)]
    if w == "this_year":
        return [(date(today.year, 1, 1), today)]
    if w.startswith("since:"):  # "since I started ... about N days ago": a few days either way
        n = int(w[6:])
        return [(today - timedelta(days=k), today) for k in (n - 3, n, n + 3)]
    if w.startswith("from:"):  # "since <a date the question names>": that day to today, exactly
        n = int(w[5:])
        return [(today - timedelta(days=n), today)]
    if w == "holidays":  # "over the holidays last year": the latest Dec 20 - Jan 5 that has ended (or Dec 24 -
        # Jan 1), and while one is under way that one too, as "last christmas" can mean it in early January
        y = today.year - 1 if today >= date(today.year, 1, 6) else today.year - 2
        out = [(date(y, 12, 20), date(y + 1, 1, 5)), (date(y, 12, 24), date(y + 1, 1, 1))]
        cur = today.year - 1 if today.month == 1 else today.year
        if date(cur, 12, 20) <= today <= date(cur + 1, 1, 5):
            out += [(date(cur, 12, 20), today)]
        return out
    if w == "couple_months":  # "the last couple of months": 60 days, or the two full months before this one
        return [(today - timedelta(days=59), today), (prev_month(today, 2)[0], prev_month(today)[1])]
    if w.startswith("range:"):  # "between <date> and <date>" the question names: exactly those days
        a, b = (int(x) for x in w[6:].split(":"))
        return [(today - timedelta(days=a), today - timedelta(days=b))]
    if w.startswith("days:"):  # "the last N days": with or without today
        n = int(w[5:])
        return [(today - timedelta(days=n - 1), today), (today - timedelta(days=n), today - timedelta(days=1))]
    if w.startswith("lastyear:"):  # the same month a year before the latest full one ("November last year")
        m = int(w[9:])
        y = today.year if m < today.month else today.year - 1
        return [month_span(y - 1, m)]
    if w.startswith("month:-"):  # the full month N back from the current one
        return [prev_month(today, int(w[7:]))]
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
            c[WEEKDAYS[d_of(r, True).weekday()]] += 1
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


def seasons_back(today: date, name: str, southern: bool) -> list[tuple[date, date]]:
    """The most recent `name` season that has started (to today), then the one before."""
    north = SWAP[name] if southern else name
    first_month = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}[north]
    y = today.year if today.month >= first_month else today.year - 1
    out = []
    for k in range(2):
        a = date(y - k, first_month, 1)
        end_m = (first_month + 1) % 12 + 1
        b = month_span(y - k + (end_m < first_month), end_m)[1]
        out.append((a, min(b, today)))
    return out


# Kinds this set adds to the fourth set's (compute_new below; graded in checks.py).
NEW_KINDS = (
    "empty_days",
    "least",
    "share",
    "resist_weekpart",
    "subject_vs",
    "per_week",
    "peak_hour",
    "busiest_day",
    "logged_days",
    "avg_resistance",
    "period_vs",
    "outside",
    "per_day",
    "value_vs",
    "longest_run",
)


def compute(q, rows: list[dict], now: datetime) -> Truth:
    """The truth of question `q` (bench/blind14/questions.py Q) on `rows` at `now`.

    A log that names the subject only as a second thing ("smoke with a beer" for beer) may fairly be read
    as one of the subject's logs or not: where a question's subject is such a second thing in some rows,
    both readings are computed; figures from either are accepted, and a named value (a day, a date) must
    be the same under both or the question is marked ambiguous."""
    plain = _compute(q, rows, now)
    s = q.p.get("s")
    if not s or q.p.get("also") or not any(r.get("also") == s for r in rows) or q.kind in ("never", "medical"):
        return plain
    wide = _compute(q, [{**r, "kind": s} if r.get("also") == s else r for r in rows], now)
    for key in ("numbers", "percents"):
        if key in plain.expect:
            plain.expect[key] = plain.expect[key] | wide.expect[key]
            return plain
    if plain.expect != wide.expect:
        plain.ambiguous = plain.ambiguous or f"readings with and without second-thing logs differ: {wide.expect}"
    return plain


def _compute(q, rows: list[dict], now: datetime) -> Truth:
    person = PERSON[q.person]
    today = now.astimezone(ZoneInfo(person.zone)).date()
    p = q.p
    s = p.get("s")
    kind = q.kind
    f = filters(p)
    mine = select(rows, s, **f)
    wins = windows(p.get("w"), today)

    if kind == "medical":
        return Truth(kind, {})
    if kind == "never":
        assert not select(rows, s), f"{q.person} has {s} rows"
        return Truth(kind, {"allowed": {0, len(rows)}}, abstain=True)
    if kind == "too_little":
        return Truth(kind, {"n": len(rows)}, abstain=True)
    if kind in ("count", "resist_count"):
        res = True if kind == "resist_count" else p.get("res")
        nums = {len(select(mine, res=res, win=w, night_before=nb)) for w in wins for nb in (False, True)}
        return Truth(kind, {"numbers": nums})
    if kind in ("first_log", "started", "last_log"):
        if not mine:
            return Truth(kind, {}, ambiguous="no rows")
        d = d_of(mine[0] if kind != "last_log" else mine[-1])
        return Truth(kind, {"date": d, "today": today})
    if kind in (
        "peak_daypart",
        "peak_weekday",
        "peak_month",
        "peak_season",
        "place",
        "company",
        "emotion",
        "trigger",
        "give_in",
        "resist_where",
        "top_subject",
    ):
        dim = (
            p.get("dim")
            or {
                "peak_daypart": "daypart",
                "peak_weekday": "weekday",
                "peak_month": "month",
                "peak_season": "season",
                "place": "place",
                "company": "company",
                "emotion": "emotion",
                "trigger": "trigger",
                "top_subject": "subject",
            }[kind]
        )
        res = {"give_in": False, "resist_where": True}.get(kind, p.get("res"))
        pool = select(rows, **f) if kind == "top_subject" else mine
        best, note = None, ""
        for w in wins:
            v, n = top(values(select(pool, res=res, win=w), dim, person.southern))
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            best, note = best or v, note or n
        if kind in ("give_in", "resist_where") and p.get("rate"):  # the rate reading must agree with the count
            totals = values(mine, dim, person.southern)
            part = values(select(mine, res=res), dim, person.southern)
            ranked = sorted((k for k in totals if totals[k] >= 10), key=lambda k: -part[k] / totals[k])
            rate = ranked[0]
            if len(ranked) > 1 and part[ranked[0]] / totals[ranked[0]] < 1.15 * part[ranked[1]] / totals[ranked[1]]:
                note = note or f"rates close: {ranked[:2]}"
            if p["rate"] == "only":  # "where am I BEST at resisting": the rate is the answer
                best = rate
                note = "" if note.startswith("top") else note
            elif rate != best:
                note = f"count says {best}, rate says {rate}"
        return Truth(
            kind,
            {"value": best, "dim": dim},
            ambiguous=note,
            detail={"counts": dict(values(select(pool, res=res, win=wins[0]), dim, person.southern))},
        )
    if kind == "weekday_weekend":
        if not mine:
            return Truth(kind, {}, ambiguous="no rows")
        span = days_between(d_of(mine[0], True), today)
        wk = sum(d.weekday() >= 5 for d in span)
        n_we = sum(d_of(r, True).weekday() >= 5 for r in mine)
        n_wd = len(mine) - n_we
        rate = "weekend" if n_we / wk > n_wd / (len(span) - wk) else "weekday"
        total = "weekend" if n_we > n_wd else "weekday"
        return Truth(
            kind,
            {"value": rate, "dim": "weekpart"},
            ambiguous="" if rate == total else f"rate {rate}, total {total}",
            detail={"weekend": n_we, "weekday": n_wd},
        )
    if kind in ("compare", "trend"):
        mode = p.get("mode", "month")
        pairs = []
        if mode == "month":
            pairs = [
                ((today - timedelta(days=29), today), (today - timedelta(days=59), today - timedelta(days=30))),
                (prev_month(today), prev_month(today, 2)),
            ]
        elif mode == "week":
            pairs = [((today - timedelta(days=6), today), (today - timedelta(days=13), today - timedelta(days=7)))]
        elif mode == "fortnight":
            pairs = [((today - timedelta(days=13), today), (today - timedelta(days=27), today - timedelta(days=14)))]
        elif mode == "quarter":  # the last three months against the three before
            pairs = [((today - timedelta(days=89), today), (today - timedelta(days=179), today - timedelta(days=90)))]
        elif mode in ("summer", "winter", "autumn", "spring"):
            this, last = seasons_back(today, mode, person.southern)
            pairs = [(this, last)]
        elif mode == "from":  # since a date the question names (exactly N days ago) vs everything before
            n = p["days"]
            start = d_of(mine[0])
            pairs = [((today - timedelta(days=n), today), (start, today - timedelta(days=n + 1)))]
        elif mode == "since":  # since N days ago (either edge) vs everything before
            n = p["days"]
            start = d_of(mine[0])
            pairs = [
                ((today - timedelta(days=k), today), (start, today - timedelta(days=k + 1))) for k in (n - 3, n, n + 3)
            ]
        picked = select(mine, res=p.get("res"))
        dirs = {direction(per_day(picked, *a), per_day(picked, *b)) for a, b in pairs}
        note = "" if len(dirs) == 1 and "" not in dirs else f"directions {sorted(dirs)}"
        d = min(dirs)
        return Truth(
            kind,
            {"dir": d, "ask": p.get("ask")},
            ambiguous=note,
            detail={"pairs": [[str(x) for x in pr] for pr in pairs]},
        )
    if kind == "rate_compare":  # resisted share since N days ago vs before: "better" or "worse"
        n = p["days"]
        start = d_of(mine[0])
        dirs = set()
        for k in (n - 3, n, n + 3):
            after = select(mine, win=(today - timedelta(days=k), today))
            before = select(mine, win=(start, today - timedelta(days=k + 1)))
            ra, rb = (sum(map(resisted, x)) / max(len(x), 1) for x in (after, before))
            dirs.add("more" if ra > rb + 0.1 else "fewer" if ra < rb - 0.1 else "")
        note = "" if len(dirs) == 1 and "" not in dirs else f"directions {sorted(dirs)}"
        return Truth("compare", {"dir": min(dirs), "ask": p.get("ask")}, ambiguous=note)
    if kind in ("new_lately", "stopped"):
        firsts: dict = {}
        lasts: dict = {}
        counts = Counter(r["kind"] for r in rows)
        for r in rows:
            firsts.setdefault(r["kind"], d_of(r))
            lasts[r["kind"]] = d_of(r)
        if kind == "new_lately":
            found = {k for k, d in firsts.items() if (today - d).days <= 28}
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
    if kind in NINTH_KINDS:
        return compute_ninth(q, person, mine, rows, today, wins)
    if kind in TENTH_KINDS:
        return compute_tenth(q, person, mine, rows, today, wins)
    if kind in NEW_KINDS:
        return compute_new(q, person, mine, rows, today, wins)
    if kind in TWELFTH_KINDS:
        return compute_twelfth(q, person, mine, rows, today, wins)
    if kind == "intensity_avg":
        vals = {round(mean(r["intensity"] for r in select(mine, win=w)), 2) for w in wins if select(mine, win=w)}
        return Truth(kind, {"numbers": vals, "tol": 0.25})
    if kind == "intensity_top":
        by = {k: mean(r["intensity"] for r in rows if r["kind"] == k) for k in {r["kind"] for r in rows}}
        ranked = sorted(by.items(), key=lambda kv: -kv[1])
        note = "" if ranked[0][1] - ranked[1][1] >= 0.7 else f"close {ranked[:2]}"
        return Truth(
            kind,
            {"value": ranked[0][0], "dim": "subject"},
            ambiguous=note,
            detail={k: round(v, 2) for k, v in by.items()},
        )
    if kind == "intensity_dp":  # which of two dayparts has the stronger cravings on average
        a, b = p["dps"]
        ma = mean(r["intensity"] for r in mine if daypart(r["local"].hour) == a)
        mb = mean(r["intensity"] for r in mine if daypart(r["local"].hour) == b)
        best = a if ma > mb else b
        return Truth(
            kind,
            {"value": best, "dim": "daypart"},
            ambiguous="" if abs(ma - mb) >= 1.0 else f"means {ma:.2f} / {mb:.2f}",
            detail={a: round(ma, 2), b: round(mb, 2)},
        )
    if kind == "resist_rate":
        out = set()
        for w in wins:
            chosen = select(mine, win=w)
            if chosen:
                out.add(round(100 * sum(map(resisted, chosen)) / len(chosen)))
        return Truth(
            kind, {"percents": out}, ambiguous="" if out else "no rows", detail={"n": len(select(mine, win=wins[0]))}
        )
    if kind == "streak_since":  # days since the last log (of those resisted or given in, with `res`)
        mine = select(mine, res=p.get("res"))
        d = (today - d_of(mine[-1])).days
        return Truth(kind, {"numbers": {n for n in (d, d - 1) if n >= 0}})
    if kind == "streak_gap":  # the longest run of days without a log (without giving in, with res=False)
        mine = select(mine, res=p.get("res"))
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
    if test == "is_top":  # is v the top value of dimension `dim` ("are sundays my worst day?")
        c = values(mine, q.p["dim"], person.southern)
        best, note = top(c)
        yes = best == arg and not note
        close = not yes and c[arg] * 1.15 >= c.most_common(1)[0][1]
        return Truth("yes_no", {"yes": yes}, ambiguous=f"{arg} close to the top" if close else "", detail=dict(c))
    if test == "weekend":
        span = days_between(d_of(mine[0], True), today)
        wk = sum(d.weekday() >= 5 for d in span)
        n_we = sum(d_of(r, True).weekday() >= 5 for r in mine)
        ratio = (n_we / wk) / max((len(mine) - n_we) / (len(span) - wk), 1e-9)
        yes = ratio >= 1.3
        return Truth(
            "yes_no",
            {"yes": yes},
            ambiguous="" if yes or ratio <= 0.9 else f"ratio {ratio:.2f}",
            detail={"ratio": round(ratio, 2)},
        )
    if test == "resist_more":
        share = sum(map(resisted, mine)) / len(mine)
        yes = share > 0.55
        return Truth(
            "yes_no",
            {"yes": yes},
            ambiguous="" if yes or share < 0.45 else f"share {share:.2f}",
            detail={"share": round(share, 2)},
        )
    if test == "stronger":  # are s cravings stronger in daypart v than at other times?
        inside = [r["intensity"] for r in mine if daypart(r["local"].hour) == arg]
        outside = [r["intensity"] for r in mine if daypart(r["local"].hour) != arg]
        diff = mean(inside) - mean(outside)
        yes = diff >= 0.5
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or diff <= 0.1 else f"diff {diff:.2f}")
    if test == "weaker":  # are s cravings weaker in daypart v than at other times?
        inside = [r["intensity"] for r in mine if daypart(r["local"].hour) == arg]
        outside = [r["intensity"] for r in mine if daypart(r["local"].hour) != arg]
        diff = mean(outside) - mean(inside)
        yes = diff >= 0.5
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or diff <= 0.1 else f"diff {diff:.2f}")
    if test == "also_share":  # are most s logs ones that also mention v?
        share = sum(r.get("also") == arg for r in mine) / len(mine)
        yes = share > 0.55
        return Truth(
            "yes_no",
            {"yes": yes},
            ambiguous="" if yes or share < 0.45 else f"share {share:.2f}",
            detail={"share": round(share, 2)},
        )
    if test == "more_subject":  # more logs of s than of v (over the window w, if any)?
        w = windows(q.p.get("w"), today)[0]
        a, b = len(select(mine, win=w)), len(select(rows, arg, win=w))
        yes = a > b
        note = "" if max(a, b) >= 1.2 * min(a, b) and max(a, b) >= 3 else f"{a} vs {b}"
        return Truth("yes_no", {"yes": yes}, ambiguous=note, detail={"counts": (a, b)})
    if test == "ever":
        return Truth("yes_no", {"yes": bool(mine)})
    if test == "any_in":  # anything logged in window w?
        counts = [len(select(mine, win=w)) for w in windows(q.p["w"], today)]
        yes = counts[0] > 0
        return Truth("yes_no", {"yes": yes}, ambiguous="" if all((n > 0) == yes for n in counts) else f"{counts}")
    if test == "more_than":  # more s in window w than in window w2 (counts)
        a = len(select(mine, win=windows(q.p["w"], today)[0]))
        b = len(select(mine, win=windows(q.p["w2"], today)[0]))
        yes = a > 1.2 * b
        return Truth("yes_no", {"yes": yes}, ambiguous="" if yes or a <= b else f"{a} vs {b}")
    raise ValueError(test)


def compute_new(q, person, mine, rows, today, wins) -> Truth:
    """The fifth set's own kinds (days with nothing logged, the quietest value, a share, resisting on weekends
    vs weekdays, one subject against another, a weekly average, the peak clock hour, the busiest day, the
    number of days with a log, the average confidence to resist) and this set's two: which of two named
    months had more logs, and questions outside the data or too vague to answer."""
    p, kind = q.p, q.kind
    if kind in ("empty_days", "logged_days"):
        nums = set()
        for w in wins:
            for nb in (False, True):
                days = {d_of(r, nb) for r in select(mine, win=w, night_before=nb)}
                n = len(days_between(*w)) if w else 0
                nums.add(n - len(days) if kind == "empty_days" else len(days))
        return Truth(kind, {"numbers": nums})
    if kind == "least":
        dim = p["dim"]
        counts = values(select(mine, res=p.get("res")), dim, person.southern)
        every = {"daypart": DAYPARTS, "weekday": WEEKDAYS}.get(dim, tuple(counts))
        ranked = sorted((counts[v], v) for v in every)
        low, nxt = ranked[0], ranked[1]
        note = "" if nxt[0] >= 1.15 * low[0] + 2 else f"bottom {low} close to {nxt}"
        return Truth(kind, {"value": low[1], "dim": dim}, ambiguous=note, detail={"counts": dict(counts)})
    if kind == "share":
        out = set()
        for w in wins:
            pool = select(mine, win=w)
            if pool:
                out.add(round(100 * len(select(pool, **p["sel"])) / len(pool)))
        return Truth(kind, {"percents": out}, ambiguous="" if out else "no rows")
    if kind == "resist_weekpart":  # where is the resisted share higher: weekend or weekday?
        we = select(mine, part="weekend")
        wd = select(mine, part="weekday")
        rwe, rwd = (sum(map(resisted, x)) / max(len(x), 1) for x in (we, wd))
        value = "weekend" if rwe > rwd else "weekday"
        note = "" if abs(rwe - rwd) >= 0.1 and min(len(we), len(wd)) >= 15 else f"rates {rwe:.2f} / {rwd:.2f}"
        return Truth(kind, {"value": value, "dim": "weekpart"}, ambiguous=note)
    if kind == "subject_vs":
        a, b = p["pair"]
        best, note = None, ""
        for w in wins:
            na = len(select(rows, a, win=w, **filters(p)))
            nb = len(select(rows, b, win=w, **filters(p)))
            v = a if na > nb else b
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            if max(na, nb) < 1.15 * min(na, nb) or max(na, nb) < 3:
                note = note or f"counts close {na} / {nb}"
            best = best or v
        return Truth(kind, {"value": best, "dim": "subject"}, ambiguous=note)
    if kind == "per_week":
        out = set()
        for w in wins:
            a, b = w or (d_of(mine[0]), today)
            out.add(round(7 * len(select(mine, win=(a, b))) / ((b - a).days + 1), 1))
        return Truth(kind, {"numbers": out, "rel": 0.15})
    if kind == "peak_hour":
        c = Counter(r["local"].hour for r in select(mine, res=p.get("res")))
        v, note = top(c)
        return Truth(kind, {"hour": v}, ambiguous=note, detail={"counts": dict(c)})
    if kind == "busiest_day":
        best, note = None, ""
        for w in wins:
            c = Counter(d_of(r) for r in select(mine, win=w))
            v, n = top(c)
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            best, note = best or v, note or n
        return Truth(kind, {"date": best, "today": today}, ambiguous=note)
    if kind == "avg_resistance":
        vals = {round(mean(r["resistance"] for r in select(mine, win=w)), 2) for w in wins if select(mine, win=w)}
        return Truth(kind, {"numbers": vals, "tol": 0.3})
    if kind == "period_vs":  # which of two named months (the latest full one of each) had more logs
        counts = {}
        for m in p["months"]:
            y = today.year if m < today.month else today.year - 1
            counts[MONTHS[m - 1]] = len(select(mine, win=month_span(y, m)))
        (a, na), (b, nb) = sorted(counts.items(), key=lambda kv: -kv[1])
        note = "" if na >= 1.15 * nb + 2 else f"counts close {counts}"
        return Truth(kind, {"value": a, "dim": "month"}, ambiguous=note, detail={"counts": counts})
    if kind == "per_day":  # the average number of logs a day over the window (whole history from the first log)
        out = set()
        for w in wins:
            a, b = w or (d_of(mine[0]), today)
            out.add(round(len(select(mine, win=(a, b))) / ((b - a).days + 1), 2))
        return Truth(kind, {"numbers": out, "rel": 0.15})
    if kind == "value_vs":  # which of two values of a dimension (two weekdays, places, dayparts) has more logs
        dim, pair = p["dim"], p["pair"]
        best, note, seen = None, "", {}
        for w in wins:
            c = values(select(mine, res=p.get("res"), win=w), dim, person.southern)
            na, nb = c[pair[0]], c[pair[1]]
            v = pair[0] if na > nb else pair[1]
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            if max(na, nb) < 1.15 * min(na, nb) + 2:
                note = note or f"counts close {na} / {nb}"
            best, seen = best or v, seen or {pair[0]: na, pair[1]: nb}
        return Truth(kind, {"value": best, "dim": dim}, ambiguous=note, detail={"counts": seen})
    if kind == "longest_run":  # the most consecutive days with at least one log (both readings of a 1 am log)
        nums = set()
        for nb in (False, True):
            days = sorted({d_of(r, nb) for r in mine})
            best = run = 1
            for a, b in pairwise(days):
                run = run + 1 if (b - a).days == 1 else 1
                best = max(best, run)
            nums.add(best)
        return Truth(kind, {"numbers": nums}, ambiguous="" if max(nums) - min(nums) <= 1 else f"runs {nums}")
    if kind == "outside":  # not in the data (money, weight, the weather...) or too vague to answer
        return Truth(kind, {"why": p["why"]}, abstain=True)
    raise ValueError(kind)


# Kinds this set adds to the eighth set's (compute_ninth below; graded in checks.py).
NINTH_KINDS = (
    "max_per_day",
    "first_slip",
    "both_days",
    "intensity_trend",
    "best_resisted",
    "distinct_subjects",
)


def compute_ninth(q, person, mine, rows, today, wins) -> Truth:
    """This set's own kinds.

    max_per_day: the most logs on one local day (both readings of a 1 am log; a window if the question names one).
    first_slip: the day of the first given-in log (resisted = confidenceToResist > 7) on or after a date the
      question names (`days` ago); both readings of a 1 am log are accepted.
    both_days: the number of days in the window with a log of `s` and one of `with`.
    intensity_trend: the average intensity of `s` over the last 30, 60 and 90 days against everything before;
      every reading must move the same way by at least one point ("weaker" / "stronger").
    best_resisted: the craving (of those with at least 10 logs) with the highest resisted share; the winner must
      lead by 15% and ten points.
    distinct_subjects: how many different things were logged (true kinds) in the window."""
    p, kind = q.p, q.kind
    if kind == "max_per_day":
        nums = set()
        for w in wins:
            for nb in (False, True):
                c = Counter(d_of(r, nb) for r in select(mine, res=p.get("res"), win=w, night_before=nb))
                nums.add(max(c.values()) if c else 0)
        return Truth(kind, {"numbers": nums}, ambiguous="" if max(nums) - min(nums) <= 1 else f"maxima {nums}")
    if kind == "first_slip":
        start = today - timedelta(days=p["days"])
        dates = set()
        for nb in (False, True):
            after = [r for r in mine if not resisted(r) and d_of(r, nb) >= start]
            if after:
                dates.add(d_of(after[0], nb))
        if not dates:
            return Truth(kind, {}, ambiguous="no slip")
        return Truth(kind, {"date": min(dates), "dates": dates, "today": today})
    if kind == "both_days":
        nums = set()
        for w in wins:
            for nb in (False, True):
                a = {d_of(r, nb) for r in select(mine, win=w, night_before=nb)}
                b = {d_of(r, nb) for r in select(rows, p["with"], win=w, night_before=nb)}
                nums.add(len(a & b))
        return Truth(kind, {"numbers": nums})
    if kind == "intensity_trend":
        dirs, seen = set(), {}
        for n in (30, 60, 90):
            cut = today - timedelta(days=n - 1)
            recent = [r["intensity"] for r in mine if d_of(r) >= cut]
            before = [r["intensity"] for r in mine if d_of(r) < cut]
            diff = mean(recent) - mean(before)
            seen[n] = round(diff, 2)
            dirs.add("stronger" if diff >= 1.0 else "weaker" if diff <= -1.0 else "")
        note = "" if len(dirs) == 1 and "" not in dirs else f"differences {seen}"
        return Truth(kind, {"dir": min(dirs), "ask": p.get("ask")}, ambiguous=note, detail=seen)
    if kind == "best_resisted":
        best, note = None, ""
        for w in wins:
            pool = select(rows, win=w)
            kinds = Counter(r["kind"] for r in pool)
            rates = {k: sum(resisted(r) for r in pool if r["kind"] == k) / n for k, n in kinds.items() if n >= 10}
            ranked = sorted(rates.items(), key=lambda kv: -kv[1])
            v = ranked[0][0]
            if len(ranked) > 1 and (ranked[0][1] < 1.15 * ranked[1][1] or ranked[0][1] - ranked[1][1] < 0.1):
                note = note or f"rates close {ranked[:2]}"
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            best = best or v
        return Truth(kind, {"value": best, "dim": "subject"}, ambiguous=note)
    if kind == "distinct_subjects":
        nums = {len({r["kind"] for r in select(rows, win=w)}) for w in wins}
        return Truth(kind, {"numbers": nums}, ambiguous="" if len(nums) == 1 else f"counts {nums}")
    raise ValueError(kind)


# Kinds this set adds to the ninth set's (compute_tenth below; graded in checks.py).
TENTH_KINDS = (
    "last_given_in",
    "second_subject",
    "intensity_place",
    "resist_vs",
    "busiest_week",
    "resist_run",
    "pct_change",
)


def compute_tenth(q, person, mine, rows, today, wins) -> Truth:
    """This set's own kinds.

    last_given_in: the local day of the latest given-in log of `s` (resisted = confidenceToResist > 7).
    second_subject: the second most logged craving (true kinds) in the window; it must lead the third by 15% and
      trail the first by 15%, so that "second" is clear.
    intensity_place: the place (of those with at least 10 logs) whose logs have the highest mean intensity; it must
      lead the next by 0.7 points.
    resist_vs: which of two values of a dimension (`dim`: company, place, daypart or weekpart) has the higher
      resisted share of `s`; both need 10 logs and the winner must lead by 15 points.
    busiest_week: the Monday-to-Sunday week with the most logs of `s` (both readings of a 1 am log must agree; the
      winner leads the runner-up by 15%); any day of that week named is accepted.
    resist_run: how many logs of `s` came after the latest given-in one (all resisted); every log if none given in.
    pct_change: the change in the number of logs over the last three months against the three months before, in
      percent, by days (the last 90 against the 90 before) and by calendar months (the last three full months
      against the three before); both readings are accepted."""
    p, kind = q.p, q.kind
    if kind == "last_given_in":
        given = select(mine, res=False)
        if not given:
            return Truth(kind, {}, ambiguous="never given in")
        return Truth(kind, {"date": d_of(given[-1]), "today": today})
    if kind == "second_subject":
        best, note = None, ""
        for w in wins:
            ranked = values(select(rows, win=w), "subject").most_common()
            v = ranked[1][0]
            if ranked[0][1] < 1.15 * ranked[1][1] or (len(ranked) > 2 and ranked[1][1] < 1.15 * ranked[2][1]):
                note = note or f"ranks close {ranked[:3]}"
            if best is not None and v != best:
                note = f"readings disagree: {best} / {v}"
            best = best or v
            top_ = ranked[0][0]
        return Truth(kind, {"value": best, "top": top_, "dim": "subject"}, ambiguous=note)
    if kind == "intensity_place":
        by: dict = {}
        for r in mine:
            by.setdefault(r["location"], []).append(r["intensity"])
        ranked = sorted(((mean(v), k) for k, v in by.items() if len(v) >= 10 and k), reverse=True)
        note = "" if len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= 0.7 else f"close {ranked[:2]}"
        return Truth(
            kind, {"value": ranked[0][1], "dim": "place"}, ambiguous=note, detail={k: round(m, 2) for m, k in ranked}
        )
    if kind == "resist_vs":
        dim, pair = p["dim"], p["pair"]
        shares = {}
        for v in pair:
            if dim == "weekpart":
                pool = select(mine, part=v)
            else:
                pool = [r for r in mine if v in values([r], dim, person.southern)]
            shares[v] = (sum(map(resisted, pool)) / len(pool) if pool else 0.0, len(pool))
        (a, (ra, na)), (b, (rb, nb)) = sorted(shares.items(), key=lambda kv: -kv[1][0])
        note = "" if ra - rb >= 0.15 and min(na, nb) >= 10 else f"shares {shares}"
        return Truth(kind, {"value": a, "dim": dim}, ambiguous=note, detail={"shares": shares})
    if kind == "busiest_week":
        weeks = set()
        note = ""
        for nb in (False, True):
            c = Counter(d_of(r, nb) - timedelta(days=d_of(r, nb).weekday()) for r in select(mine, res=p.get("res")))
            v, n = top(c)
            weeks.add(v)
            note = note or n
        if len(weeks) > 1:
            note = f"readings disagree: {weeks}"
        monday = min(weeks)
        return Truth(kind, {"week": (monday, monday + timedelta(days=6)), "today": today}, ambiguous=note)
    if kind == "resist_run":
        last = max((i for i, r in enumerate(mine) if not resisted(r)), default=-1)
        return Truth(kind, {"numbers": {len(mine) - last - 1}})
    if kind == "pct_change":
        pairs = [
            ((today - timedelta(days=89), today), (today - timedelta(days=179), today - timedelta(days=90))),
            ((prev_month(today, 3)[0], prev_month(today)[1]), (prev_month(today, 6)[0], prev_month(today, 4)[1])),
        ]
        pcts = set()
        for a, b in pairs:
            na, nb = len(select(mine, win=a)), len(select(mine, win=b))
            pcts.add(round(100 * (na - nb) / nb))
        signs = {x > 0 for x in pcts}
        note = "" if len(signs) == 1 and all(abs(x) >= 25 for x in pcts) else f"changes {pcts}"
        return Truth(kind, {"percents": pcts, "dir": "more" if True in signs else "fewer"}, ambiguous=note)
    raise ValueError(kind)


# Kinds this set adds to the eleventh set's (compute_twelfth below; graded in checks.py).
TWELFTH_KINDS = ("zero_weekday", "intensity_vs")


def compute_twelfth(q, person, mine, rows, today, wins) -> Truth:
    """This set's own kinds.

    zero_weekday: the one weekday with no log of `s` at all over the whole history ("is there a day I never crave
      it?"), under both readings of a 1 am log; every other weekday must hold at least five logs, so that the day
      is clear.
    intensity_vs: which of two cravings (`pair`) has the higher mean intensity over the whole history; the winner
      must lead by a full point."""
    p, kind = q.p, q.kind
    if kind == "zero_weekday":
        found, note = set(), ""
        for nb in (False, True):
            c = Counter(WEEKDAYS[d_of(r, nb).weekday()] for r in mine)
            zeros = [w for w in WEEKDAYS if c[w] == 0]
            if len(zeros) != 1 or min(c[w] for w in WEEKDAYS if w not in zeros) < 5:
                note = f"counts {dict(c)}"
            found.update(zeros)
        if len(found) != 1:
            note = note or f"days {found}"
        return Truth(kind, {"value": min(found) if found else None, "dim": "weekday"}, ambiguous=note)
    if kind == "intensity_vs":
        a, b = p["pair"]
        ma = mean(r["intensity"] for r in rows if r["kind"] == a)
        mb = mean(r["intensity"] for r in rows if r["kind"] == b)
        best, other = (a, b) if ma > mb else (b, a)
        return Truth(
            kind,
            {"value": best, "other": other, "dim": "subject"},
            ambiguous="" if abs(ma - mb) >= 1.0 else f"means {ma:.2f} / {mb:.2f}",
            detail={a: round(ma, 2), b: round(mb, 2)},
        )
    raise ValueError(kind)
