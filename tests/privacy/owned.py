"""The owner's data that privacy tests look for: one of each kind, all carrying a note found nowhere else."""

from datetime import UTC, date, datetime, timedelta

import pytest

from insights.models import Insight, Summary, TrendMarker
from tests.factories import CravingFactory

SECRET_NOTE = "zebra-marmalade-7731"  # appears nowhere but in the owner's notes


@pytest.fixture
def owned(owner):
    craving = CravingFactory(
        user=owner,
        description=f"Craving {SECRET_NOTE}",
        trigger=SECRET_NOTE,
        occurred_at=datetime.now(UTC) - timedelta(days=1),
    )
    insight = Insight.objects.create(
        user=owner, question=f"about {SECRET_NOTE}?", answer=SECRET_NOTE, status="done", cache_key="k" * 64
    )
    Summary.objects.create(user=owner, period_start=date(2026, 11, 16), period_end=date(2026, 11, 22), text=SECRET_NOTE)
    TrendMarker.objects.create(
        user=owner,
        kind="week",
        period_start=date(2026, 11, 16),
        period_end=date(2026, 11, 22),
        text=SECRET_NOTE,
        source_version="x",
    )
    return craving, insight
