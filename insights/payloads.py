"""The shapes the insights code hands around, typed for mypy: the analytics response and an answer's payload
(what a gpu job returns, the cache keeps and insight_finish stores). The OpenAPI view of analytics is
insights/openapi.py."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class Period(TypedDict):
    label: str
    start: str
    end: str
    timezone: str


class Run(TypedDict):
    longest: int
    current: int


class Streaks(TypedDict):
    resisted: Run
    loggingDays: Run


class Analytics(TypedDict):
    period: Period
    totalCravings: int
    averageIntensity: float | None
    averageResistance: float | None
    totalResisted: int
    successRate: float | None
    cravingsByDate: dict[str, int]
    heatmap: list[dict[str, int]]
    intensityTrend: dict[str, Any]  # slopePerWeek, resistanceSlopePerWeek, r2, n, weekly
    frequencies: dict[str, list[dict[str, Any]]]
    streaks: Streaks
    patterns: list[dict[str, Any]]
    patternsNote: str


class Sources(TypedDict):
    cravings: list[str]
    markers: list[int]


class AnswerPayload(TypedDict):
    answer: str
    safety: str
    finding: dict[str, Any] | None
    sources: Sources
    context_tokens: int
    computed: NotRequired[str]  # the answer before the persona's words were added
    generated: NotRequired[dict[str, list[str]]]  # the persona's sentences, kept and dropped by the guard
    compute_ms: NotRequired[float]
