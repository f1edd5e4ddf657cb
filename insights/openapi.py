"""The analytics response's typed shape, for the OpenAPI schema and the clients generated from it.
insights/analytics.py builds the response; tests/test_api_client.py decodes a real one with a generated client."""

from rest_framework import serializers


class PeriodSerializer(serializers.Serializer):
    label = serializers.CharField(help_text="7d, 1m, 3m, 1y or custom.")  # type: ignore[assignment]  # a field named like a DRF attribute (the metaclass takes it)
    start = serializers.DateField(help_text="First local day, inclusive.")
    end = serializers.DateField(help_text="Last local day, inclusive.")
    timezone = serializers.CharField(help_text="The zone days and hours are counted in (PATCH /api/v1/auth/me).")


class HeatCellSerializer(serializers.Serializer):
    weekday = serializers.IntegerField(min_value=1, max_value=7, help_text="ISO weekday: 1 = Monday.")
    hour = serializers.IntegerField(min_value=0, max_value=23, help_text="Local hour the craving was logged in.")
    count = serializers.IntegerField()


class WeekSerializer(serializers.Serializer):
    week = serializers.DateField(help_text="The Monday the week starts on.")
    count = serializers.IntegerField()
    averageIntensity = serializers.FloatField()
    averageResistance = serializers.FloatField()
    partial = serializers.BooleanField(  # type: ignore[assignment]  # a field named like a DRF attribute
        help_text="Part of this week lies outside the period (e.g. this week so far)."
    )


class TrendSerializer(serializers.Serializer):
    slopePerWeek = serializers.FloatField(allow_null=True, help_text="Least-squares change in intensity per week.")
    resistanceSlopePerWeek = serializers.FloatField(allow_null=True)
    r2 = serializers.FloatField(allow_null=True, help_text="How well a straight line fits (0-1).")
    n = serializers.IntegerField(help_text="Cravings the line is fitted to.")
    weekly = WeekSerializer(many=True)


class FrequencySerializer(serializers.Serializer):
    value = serializers.CharField()
    count = serializers.IntegerField()
    resistedRate = serializers.FloatField(help_text="Percent of these cravings resisted (confidence above 7).")


class FrequenciesSerializer(serializers.Serializer):
    triggers = FrequencySerializer(many=True)
    emotions = FrequencySerializer(many=True)
    locations = FrequencySerializer(many=True)
    people = FrequencySerializer(many=True)


class RunSerializer(serializers.Serializer):
    longest = serializers.IntegerField()
    current = serializers.IntegerField()


class StreaksSerializer(serializers.Serializer):
    resisted = RunSerializer(help_text="Consecutive cravings resisted.")
    loggingDays = RunSerializer(help_text="Consecutive local days with at least one log.")


class PatternSerializer(serializers.Serializer):
    kind = serializers.CharField(help_text="time_of_day, weekday, resistance_by_<field> or intensity_trend.")
    value = serializers.CharField()
    support = serializers.IntegerField(help_text="Logs the pattern rests on.")
    statement = serializers.CharField(help_text="The pattern in one plain sentence.")


class AnalyticsSerializer(serializers.Serializer):
    period = PeriodSerializer()
    totalCravings = serializers.IntegerField()
    averageIntensity = serializers.FloatField(allow_null=True, help_text="0-10; null with no cravings.")
    averageResistance = serializers.FloatField(allow_null=True, help_text="0-10; null with no cravings.")
    totalResisted = serializers.IntegerField(help_text="Cravings logged with confidence to resist above 7.")
    successRate = serializers.FloatField(
        allow_null=True, help_text="totalResisted / totalCravings x 100; null with no cravings."
    )
    cravingsByDate = serializers.DictField(
        child=serializers.IntegerField(), help_text='Local day ("YYYY-MM-DD") -> count; days without logs absent.'
    )
    heatmap = HeatCellSerializer(many=True, help_text="Cells with at least one craving.")
    intensityTrend = TrendSerializer()
    frequencies = FrequenciesSerializer()
    streaks = StreaksSerializer()
    patterns = PatternSerializer(many=True)
    patternsNote = serializers.CharField()


ANALYTICS_EXAMPLE = {
    "period": {"label": "7d", "start": "2026-11-19", "end": "2026-11-25", "timezone": "America/New_York"},
    "totalCravings": 9,
    "averageIntensity": 6.2,
    "averageResistance": 6.9,
    "totalResisted": 4,
    "successRate": 44.4,
    "cravingsByDate": {"2026-11-19": 2, "2026-11-21": 3, "2026-11-24": 4},
    "heatmap": [{"weekday": 4, "hour": 21, "count": 2}, {"weekday": 6, "hour": 20, "count": 3}],
    "intensityTrend": {
        "slopePerWeek": -0.8,
        "resistanceSlopePerWeek": 0.5,
        "r2": 0.21,
        "n": 9,
        "weekly": [
            {"week": "2026-11-16", "count": 5, "averageIntensity": 6.6, "averageResistance": 6.4, "partial": True},
            {"week": "2026-11-23", "count": 4, "averageIntensity": 5.8, "averageResistance": 7.5, "partial": True},
        ],
    },
    "frequencies": {
        "triggers": [{"value": "after dinner", "count": 3, "resistedRate": 33.3}],
        "emotions": [{"value": "Bored", "count": 5, "resistedRate": 40.0}],
        "locations": [{"value": "Home", "count": 6, "resistedRate": 50.0}],
        "people": [{"value": "Alone", "count": 7, "resistedRate": 42.9}],
    },
    "streaks": {"resisted": {"longest": 3, "current": 2}, "loggingDays": {"longest": 2, "current": 2}},
    "patterns": [],
    "patternsNote": "Patterns appear once there are at least 20 cravings in the period (9 so far).",
}

INSIGHT_EXAMPLE = {
    "id": 79,
    "question": "When do my sugar cravings hit hardest?",
    "persona": "analyst",
    "selectedBy": "bandit",
    "status": "done",
    "answer": "Your sugar cravings peak in the evening: 6 of 11 in the last 30 days were logged between 18:00 and "
    "22:00, most often on Thursdays.\n\n"
    "CRAVE offers informational insights from your own logs, not medical advice.",
    "safety": "",
    "finding": {
        "intent": "when",
        "subject": "sugar",
        "conditions": [],
        "window": {
            "start": "2026-10-27T00:00:00",
            "end": "2026-11-26T00:00:00",
            "hours": [],
            "weekdays": [],
            "label": "the last 30 days",
            "compare": None,
        },
        "status": "answered",
        "total": 11,
        "figures": {"peakDaypart": "evening", "peakCount": 6, "peakWeekday": 4},
        "sources": ["5f0c6a3e-2b8e-4c57-9a61-0f5d2a9b7c11"],
        "question": {"intent": "when", "decidedBy": "rule", "strongest": True},
    },
    "sources": {"cravings": ["5f0c6a3e-2b8e-4c57-9a61-0f5d2a9b7c11"], "markers": []},
    "contextTokens": 212,
    "createdAt": "2026-11-25T21:40:02Z",
    "completedAt": "2026-11-25T21:40:03Z",
}
