"""The prompt's context under a token budget: computed statistics first (the answer's numbers must come
from them), then the retrieved logs, then compressed history (trend markers)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta, timezone

from .retrieval import Retrieved
from .safety import screen_notes

CONTEXT_TOKEN_BUDGET = 1000
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")


@dataclass
class Context:
    text: str
    tokens: int
    craving_ids: list[str] = field(default_factory=list)
    marker_ids: list[int] = field(default_factory=list)
    screened: int = 0
    # Only the computed statistics: a generated figure must be one of them, not any number in a log line
    # (days of the month and hours would let almost any small number through).
    allowed_numbers: set[str] = field(default_factory=set)


def stats_text(analytics: dict) -> str:
    period = analytics["period"]
    total = analytics["totalCravings"]
    if not total:
        return f"Statistics for {period['start']} to {period['end']}: no cravings logged."
    parts = [f"Statistics for {period['start']} to {period['end']}: {total} cravings, average intensity "
             f"{analytics['averageIntensity']} of 10, resisted {analytics['totalResisted']} "
             f"({analytics['successRate']}%)."]
    freq = analytics["frequencies"]
    if freq["triggers"]:
        parts.append(f"Most common trigger: {freq['triggers'][0]['value']} ({freq['triggers'][0]['count']}).")
    if freq["emotions"]:
        parts.append(f"Most common emotion: {freq['emotions'][0]['value']} ({freq['emotions'][0]['count']}).")
    if analytics["heatmap"]:
        hours: dict[int, int] = {}
        for cell in analytics["heatmap"]:
            hours[cell["hour"]] = hours.get(cell["hour"], 0) + cell["count"]
        peak = max(hours, key=hours.get)
        parts.append(f"Busiest hour: {peak}:00 ({hours[peak]} cravings).")
    parts += [p["statement"] for p in analytics["patterns"][:3]]
    return " ".join(parts)


def craving_line(craving, current_year: int | None = None) -> str:
    """One log in ~34 tokens: digits cost a token each, so the day is words and the hour is 12-hour."""
    local = craving.occurred_at.astimezone(timezone(timedelta(minutes=craving.utc_offset_minutes)))
    year = "" if local.year == (current_year or local.year) else f" {local.year}"
    hour = f"{local.hour % 12 or 12}{'am' if local.hour < 12 else 'pm'}"
    outcome = "resisted" if craving.resistance > 7 else "gave in"
    extras = "; ".join(filter(None, [", ".join(craving.emotions), craving.trigger]))
    return (f"- {WEEKDAYS[local.weekday()]} {local.day} {local:%b}{year} {hour}: {craving.description} "
            f"({round(craving.intensity)}/10, {outcome}{'; ' + extras if extras else ''})")


def build_context(*, analytics: dict, retrieved: Retrieved, count_tokens: Callable[[str], int],
                  budget: int = CONTEXT_TOKEN_BUDGET) -> Context:
    current_year = int(analytics["period"]["end"][:4])
    header = stats_text(analytics)
    lines, used = [header], count_tokens(header)
    ctx = Context(text="", tokens=0, allowed_numbers=set(NUMBER.findall(header)))
    hits = retrieved.hits
    blocked = screen_notes([f"{h.craving.description} {h.craving.trigger}" for h in hits])
    ctx.screened = sum(blocked)
    items = [("craving", h.craving) for h, bad in zip(hits, blocked, strict=True) if not bad]
    items += [("marker", m) for m in retrieved.markers]
    if items:
        lines.append("Relevant logs and history:")
        used += count_tokens(lines[-1])
    for kind, item in items:
        line = craving_line(item, current_year) if kind == "craving" else f"- {item.text}"
        cost = count_tokens(line)
        if used + cost > budget:
            continue  # a shorter item further down may still fit
        lines.append(line)
        used += cost
        if kind == "craving":
            ctx.craving_ids.append(str(item.uuid))
        else:
            ctx.marker_ids.append(item.id)
    ctx.text, ctx.tokens = "\n".join(lines), used
    return ctx


def guard_numbers(answer: str, allowed: set[str], max_sentences: int = 3) -> str:
    """Keep at most a few distinct sentences whose numbers are all in `allowed`: a small model must not
    invent figures, and must not ramble."""
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", answer.strip()):
        sentence = sentence.strip()
        if not sentence or sentence in kept:
            continue
        if all(n in allowed or n.rstrip("0").rstrip(".") in allowed for n in NUMBER.findall(sentence)):
            kept.append(sentence)
        if len(kept) == max_sentences:
            break
    return " ".join(kept).strip()
