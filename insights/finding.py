"""What an answer is computed into (a Finding), the question with its scopes (an Ask), and the thresholds below
which no pattern, trend or association is claimed."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from .scope import Scope
from .timeparse import TimeFilter
from .understanding import Question

MIN_PATTERN = 5  # fewer logs than this: report them, claim no pattern
MIN_TREND = 8  # logs in each half before a direction is claimed
MIN_DAYS = 5  # days with and without a thing before an association is claimed
RECENT_DAYS = 30
TREND_POINTS = 10  # percentage points of resisted share that count as a change
INTENSITY_POINTS = 0.5  # points of average intensity that count as a change
DEFAULT_WINDOW = {"overview": RECENT_DAYS, "change": RECENT_DAYS}  # days; other intents read all history


@dataclass
class Finding:
    """What was answered: intent, subject, window, the figures, and how it ended (status)."""

    intent: str
    subject: str | None
    conditions: list[str]
    window: dict
    status: str  # answered | no_logs | no_subject_logs | none_in_window | too_little_data
    total: int
    figures: dict = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Ask:
    """A question with the scopes it is computed over."""

    question: Question
    user_id: int
    now: datetime  # local wall clock
    window: TimeFilter
    scope: Scope  # the subject's logs under the conditions in the window
    base: Scope  # every log in the window

    @property
    def today(self) -> date:
        return self.now.date()
