"""The craving as the iOS app models it (camelCase), mapped to and from our fields."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from django.utils.dateparse import parse_datetime
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.errors import reject_blank_params

from .models import Craving, Emotion, Location, People

API_TO_MODEL = {
    "id": "uuid",
    "cravingDescription": "description",
    "cravingStrength": "intensity",
    "confidenceToResist": "resistance",
    "emotions": "emotions",
    "timestamp": "occurred_at",
    "isArchived": "archived",
    "location": "location",
    "people": "people",
    "trigger": "trigger",
    "updatedAt": "client_updated_at",
}


@extend_schema_field(OpenApiTypes.DATETIME)
class OffsetDateTimeField(serializers.Field):
    """ISO-8601 with a UTC offset ("2026-11-20T21:30:00-05:00" or "...Z"): the offset says the user's local time."""

    default_error_messages = {
        "invalid": "Use ISO-8601 with a UTC offset, e.g. 2026-11-20T21:30:00-05:00.",
        "naive": "Include the UTC offset (e.g. -05:00 or Z) so the local time is known.",
        "offset": "UTC offsets run from -12:00 to +14:00.",
        "range": "Must be between 2000-01-01 and one day from now.",
    }
    EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)

    def to_internal_value(self, value) -> datetime:
        try:
            parsed = parse_datetime(value) if isinstance(value, str) else None
        except ValueError:  # well-formed but impossible, e.g. month 13 or an offset of +99:00
            parsed = None
        if parsed is None:
            self.fail("invalid")
        if parsed.tzinfo is None:
            self.fail("naive")
        offset = parsed.utcoffset()
        if offset is None or not timedelta(hours=-12) <= offset <= timedelta(hours=14):
            self.fail("offset")
        if not self.EARLIEST <= parsed <= datetime.now(UTC) + timedelta(days=1):
            self.fail("range")
        return parsed

    def to_representation(self, value: datetime) -> str:
        return value.isoformat()


class LocationField(serializers.ChoiceField):
    """The phone prefixes locations with an emoji ("🏠 Home"); keep the category only."""

    def to_internal_value(self, data):
        if isinstance(data, str):
            data = re.sub(r"^[^\w]+", "", data).strip()  # emoji and spaces, never digits or letters
            data = next((choice for choice in self.choices if choice.lower() == data.lower()), data)
        return super().to_internal_value(data)


def unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


class CravingInputSerializer(serializers.Serializer):
    id = serializers.UUIDField(required=False)
    cravingDescription = serializers.CharField(max_length=2000)
    cravingStrength = serializers.FloatField(min_value=0, max_value=10)
    confidenceToResist = serializers.FloatField(min_value=0, max_value=10)
    emotions = serializers.ListField(
        child=serializers.ChoiceField(Emotion.choices), required=False, max_length=len(Emotion.choices)
    )
    timestamp = OffsetDateTimeField()
    isArchived = serializers.BooleanField(required=False)
    location = LocationField(Location.choices, required=False, allow_null=True, allow_blank=True)
    people = serializers.ListField(
        child=serializers.ChoiceField(People.choices), required=False, max_length=len(People.choices)
    )
    trigger = serializers.CharField(max_length=500, required=False, allow_blank=True)

    def to_model_fields(self) -> dict:
        return model_fields(self.validated_data)


def model_fields(validated_data: dict) -> dict:
    """Validated API data in model terms; the timestamp also yields the UTC offset."""
    out = {}
    for api_name, value in validated_data.items():
        name = API_TO_MODEL[api_name]
        if name in ("emotions", "people"):
            value = unique(value)
        if name == "location":
            value = value or ""
        if name == "occurred_at":
            out["utc_offset_minutes"] = int(value.utcoffset().total_seconds() // 60)
            value = value.astimezone(UTC)
        out[name] = value
    return out


class CravingSyncItemSerializer(CravingInputSerializer):
    id = serializers.UUIDField()
    updatedAt = OffsetDateTimeField(required=False, help_text="When the phone last edited this craving.")


class CravingSyncInputSerializer(serializers.Serializer):
    cravings = CravingSyncItemSerializer(many=True, allow_empty=False, max_length=500)  # type: ignore[call-arg]  # many=True passes it to the ListSerializer


class CravingOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="uuid")
    cravingDescription = serializers.CharField(source="description")
    cravingStrength = serializers.FloatField(source="intensity")
    confidenceToResist = serializers.FloatField(source="resistance")
    emotions = serializers.ListField(child=serializers.CharField())
    timestamp = serializers.SerializerMethodField()
    utcOffsetMinutes = serializers.IntegerField(source="utc_offset_minutes")
    isArchived = serializers.BooleanField(source="archived")
    location = serializers.SerializerMethodField()
    people = serializers.ListField(child=serializers.CharField())
    trigger = serializers.CharField()
    embeddingStatus = serializers.CharField(source="embedding_status")
    createdAt = serializers.DateTimeField(source="created_at")
    updatedAt = serializers.DateTimeField(source="updated_at")

    @extend_schema_field(OpenApiTypes.DATETIME)
    def get_timestamp(self, craving: Craving) -> str:
        # Back in the offset it was logged with, so the phone shows the same wall-clock time.
        local = timezone(timedelta(minutes=craving.utc_offset_minutes))
        return craving.occurred_at.astimezone(local).isoformat()

    def get_location(self, craving: Craving) -> str | None:
        return craving.location or None


class CravingFilterSerializer(serializers.Serializer):
    start = serializers.DateTimeField(required=False, help_text="Occurred at or after (ISO-8601).")
    end = serializers.DateTimeField(required=False, help_text="Occurred before (ISO-8601).")
    emotion = serializers.ListField(child=serializers.ChoiceField(Emotion.choices), required=False)
    trigger = serializers.CharField(required=False, max_length=200)
    archived = serializers.BooleanField(required=False, allow_null=True, default=None)

    def validate(self, attrs):
        if attrs.get("start") and attrs.get("end") and attrs["start"] >= attrs["end"]:
            raise serializers.ValidationError({"end": ["Must be after start."]})
        return attrs

    @classmethod
    def from_query(cls, query) -> dict:
        reject_blank_params(query, ("start", "end", "archived", "emotion"))
        data = {k: v for k, v in query.items() if k in ("start", "end", "trigger", "archived")}
        emotions = [e for value in query.getlist("emotion") for e in value.split(",") if e]
        if emotions:
            data["emotion"] = emotions
        serializer = cls(data=data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data
