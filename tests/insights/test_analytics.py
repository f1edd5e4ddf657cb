from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from tests.factories import CravingFactory
from tests.helpers import assert_error

pytestmark = pytest.mark.django_db
URL = "/api/v1/analytics"
EST = timezone(timedelta(hours=-5))


def log(user, when: datetime, **fields):
    offset = int(when.utcoffset().total_seconds() // 60)
    return CravingFactory(user=user, occurred_at=when.astimezone(UTC), utc_offset_minutes=offset, **fields)


def custom(api, start: str, end: str):
    response = api.get(URL, {"start": start, "end": end})
    assert response.status_code == 200, response.content
    return response.json()


def test_the_apps_own_figures_and_local_day_buckets(owner_api, owner):
    # 23:30 in New York on March 10 is March 11 in UTC: it must count on the 10th, at hour 23.
    log(owner, datetime(2026, 3, 10, 23, 30, tzinfo=EST), intensity=8, resistance=9)
    log(owner, datetime(2026, 3, 11, 8, 0, tzinfo=EST), intensity=4, resistance=7)  # 7 is not resisted
    log(owner, datetime(2026, 3, 11, 9, 0, tzinfo=EST), intensity=6, resistance=8)
    data = custom(owner_api, "2026-03-10", "2026-03-11")
    assert (data["totalCravings"], data["totalResisted"], data["successRate"]) == (3, 2, 66.7)
    assert (data["averageIntensity"], data["averageResistance"]) == (6.0, 8.0)
    assert data["cravingsByDate"] == {"2026-03-10": 1, "2026-03-11": 2}
    assert {"weekday": 2, "hour": 23, "count": 1} in data["heatmap"]  # Tuesday 23:00 local
    assert data["period"] == {"label": "custom", "start": "2026-03-10", "end": "2026-03-11", "timezone": "UTC-05:00"}


def test_each_log_uses_its_own_offset(owner_api, owner):
    tokyo = timezone(timedelta(hours=9))
    log(owner, datetime(2026, 5, 1, 7, 0, tzinfo=tokyo))  # April 30 22:00 UTC
    data = custom(owner_api, "2026-05-01", "2026-05-01")
    assert data["cravingsByDate"] == {"2026-05-01": 1}
    assert data["heatmap"] == [{"weekday": 5, "hour": 7, "count": 1}]


def test_trend_is_a_least_squares_slope(owner_api, owner):
    start = datetime(2026, 1, 5, 12, 0, tzinfo=EST)
    for day in range(0, 56, 2):  # intensity falls one point a week, with a wobble that averages out
        wobble = 0.5 if day % 4 else -0.5
        log(owner, start + timedelta(days=day), intensity=9 - day / 7 + wobble)
    trend = custom(owner_api, "2026-01-01", "2026-03-31")["intensityTrend"]
    assert trend["slopePerWeek"] == pytest.approx(-1.0, abs=0.05)
    assert trend["n"] == 28 and trend["r2"] > 0.9
    assert len(trend["weekly"]) == 8


def test_frequencies_with_resisted_rates(owner_api, owner):
    when = datetime(2026, 2, 2, 18, 0, tzinfo=EST)
    log(owner, when, emotions=["Anxious", "Tired"], trigger=" Work stress ", location="Work", resistance=9)
    log(owner, when + timedelta(hours=1), emotions=["Anxious"], trigger="work stress", location="Home", resistance=2)
    log(owner, when + timedelta(hours=2), emotions=["Bored"], trigger="", location="", people=[], resistance=2)
    freq = custom(owner_api, "2026-02-02", "2026-02-02")["frequencies"]
    assert freq["emotions"][0] == {"value": "Anxious", "count": 2, "resistedRate": 50.0}
    assert freq["triggers"] == [{"value": "work stress", "count": 2, "resistedRate": 50.0}]
    assert {row["value"] for row in freq["locations"]} == {"Work", "Home"}
    assert freq["people"] == [{"value": "Alone", "count": 2, "resistedRate": 50.0}]


def test_streaks(owner_api, owner):
    start = datetime(2026, 4, 1, 12, 0, tzinfo=EST)
    for i, resistance in enumerate([9, 9, 2, 8, 9, 10]):
        log(owner, start + timedelta(days=i if i < 4 else i + 1), resistance=resistance)  # a gap day before the 5th
    streaks = custom(owner_api, "2026-04-01", "2026-04-07")["streaks"]
    assert streaks["resisted"] == {"longest": 3, "current": 3}
    assert streaks["loggingDays"] == {"longest": 4, "current": 2}


def test_no_pattern_is_claimed_from_a_few_logs(owner_api, owner):
    for hour in (19, 20, 21):
        log(owner, datetime(2026, 6, 1, hour, tzinfo=EST))
    data = custom(owner_api, "2026-06-01", "2026-06-01")
    assert data["patterns"] == [] and "at least 20" in data["patternsNote"]


def test_planted_evening_and_emotion_patterns_are_found(owner_api, owner):
    start = datetime(2026, 7, 6, tzinfo=EST)
    for day in range(20):
        log(owner, start + timedelta(days=day, hours=20), emotions=["Anxious"], resistance=2)  # evening, not resisted
    for day in range(10):
        log(owner, start + timedelta(days=day, hours=10), emotions=["Happy"], resistance=9)
    data = custom(owner_api, "2026-07-01", "2026-07-31")
    kinds = {(p["kind"], p["value"]) for p in data["patterns"]}
    assert ("time_of_day", "evening") in kinds
    assert ("resistance_by_emotion", "Anxious") in kinds and ("resistance_by_emotion", "Happy") in kinds
    assert all("resisted" in p["statement"] or "%" in p["statement"] for p in data["patterns"])


def test_periods_and_bad_input(owner_api, owner):
    log(owner, datetime.now(EST) - timedelta(days=20))
    assert owner_api.get(URL, {"period": "7d"}).json()["totalCravings"] == 0
    assert owner_api.get(URL, {"period": "1m"}).json()["totalCravings"] == 1
    one_year = owner_api.get(URL, {"period": "1y"}).json()["period"]
    assert date.fromisoformat(one_year["end"]) - date.fromisoformat(one_year["start"]) == timedelta(days=364)
    assert_error(owner_api.get(URL, {"period": "2w"}), 400, "validation_error", field="period")
    assert_error(owner_api.get(URL, {"start": "2026-01-01"}), 400, "validation_error", field="end")
    assert_error(owner_api.get(URL, {"start": "2026-02-01", "end": "2026-01-01"}), 400, field="end")
    assert_error(owner_api.get(URL, {"start": "2020-01-01", "end": "2026-01-01"}), 400, field="end")


def test_outsider_sees_none_of_the_owners_figures(owner, outsider_api):
    log(owner, datetime(2026, 3, 10, 12, tzinfo=EST))
    data = custom(outsider_api, "2026-03-01", "2026-03-31")
    assert data["totalCravings"] == 0 and data["cravingsByDate"] == {} and data["frequencies"]["emotions"] == []


def test_computed_in_one_query_whatever_the_row_count(owner_api, owner, django_assert_max_num_queries):
    start = datetime(2026, 8, 1, tzinfo=EST)
    for i in range(60):
        log(owner, start + timedelta(hours=7 * i))
    with django_assert_max_num_queries(4):  # auth user + zone lookup + the one analytics statement
        assert custom(owner_api, "2026-08-01", "2026-08-31")["totalCravings"] == 60
