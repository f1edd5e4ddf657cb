"""Which local days an analytics request covers, in the user's own time zone (cravings.selectors.user_zone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from core.errors import ApplicationError
from cravings.selectors import user_zone

PERIOD_DAYS = {"7d": 7, "1m": 30, "3m": 91, "1y": 365}
MAX_CUSTOM_DAYS = 3 * 366
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)  # logs are accepted from 2000 on


@dataclass(frozen=True)
class Window:
    label: str
    start: date  # first local day, inclusive
    end: date  # last local day, inclusive
    timezone: str
    today: date | None = None  # the user's local date when the window was made

    @property
    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        return utc_superset(self.start, self.end)


def utc_superset(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC bounds that surely contain local days start..end (offsets span -12h..+14h), so the
    (user, occurred_at) index narrows the scan; the exact local-day test follows in SQL."""
    low = datetime.combine(start, datetime.min.time(), UTC) - timedelta(hours=15) if start else None
    high = datetime.combine(end + timedelta(days=1), datetime.min.time(), UTC) + timedelta(hours=15) if end else None
    return low, high


def analytics_window(
    *, user, period: str | None = None, start: date | None = None, end: date | None = None, now: datetime | None = None
) -> Window:
    zone, zone_name = user_zone(user)
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    if start or end:
        if not (start and end):
            raise ApplicationError(
                "A custom range needs both start and end.",
                code="validation_error",
                fields={"start" if not start else "end": ["Required with a custom range."]},
            )
        for name, day in (("start", start), ("end", end)):
            if not EARLIEST <= day <= LATEST:
                raise ApplicationError(
                    "The range is out of bounds.",
                    code="validation_error",
                    fields={name: [f"Between {EARLIEST} and {LATEST}."]},
                )
        if end < start:
            raise ApplicationError("end is before start.", code="validation_error", fields={"end": ["Before start."]})
        if (end - start).days >= MAX_CUSTOM_DAYS:
            raise ApplicationError(
                "The range is too long.", code="validation_error", fields={"end": [f"At most {MAX_CUSTOM_DAYS} days."]}
            )
        return Window("custom", start, end, zone_name, today)
    period = period or "7d"
    days = PERIOD_DAYS[period]
    return Window(period, today - timedelta(days=days - 1), today, zone_name, today)
