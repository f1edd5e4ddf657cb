import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from pgvector.django import VectorField


class Emotion(models.TextChoices):
    HUNGRY = "Hungry"
    ANGRY = "Angry"
    LONELY = "Lonely"
    TIRED = "Tired"
    HAPPY = "Happy"
    SAD = "Sad"
    ANXIOUS = "Anxious"
    BORED = "Bored"


class Location(models.TextChoices):
    HOME = "Home"
    WORK = "Work"
    SOCIAL = "Social"
    OUTSIDE = "Outside"


class People(models.TextChoices):
    ALONE = "Alone"
    FRIENDS = "Friends"
    FAMILY = "Family"
    COWORKERS = "Coworkers"
    STRANGERS = "Strangers"


class EmbeddingStatus(models.TextChoices):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"


class Craving(models.Model):
    """One logged craving. `uuid` is made on the phone, so the same log retried offline is one row."""

    uuid = models.UUIDField(default=uuid.uuid4, editable=False)
    # No index of its own: craving_user_time leads with user and serves every per-user lookup.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cravings", db_index=False
    )
    description = models.TextField()
    intensity = models.FloatField()
    resistance = models.FloatField()
    emotions = ArrayField(models.CharField(max_length=16, choices=Emotion.choices), default=list, blank=True)
    occurred_at = models.DateTimeField()
    # Minutes east of UTC where it happened, so "evening" and "which day" are the user's own.
    utc_offset_minutes = models.SmallIntegerField(default=0)
    # A category only: the app never sends coordinates and we never store them.
    location = models.CharField(max_length=16, choices=Location.choices, blank=True, default="")
    people = ArrayField(models.CharField(max_length=16, choices=People.choices), default=list, blank=True)
    trigger = models.CharField(max_length=500, blank=True, default="")
    archived = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    embedding = VectorField(dimensions=384, null=True, blank=True)
    embedding_status = models.CharField(max_length=8, choices=EmbeddingStatus.choices, default=EmbeddingStatus.PENDING)
    embedding_attempts = models.PositiveSmallIntegerField(default=0)
    embedding_error = models.CharField(max_length=500, blank=True, default="")
    embedded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "uuid"], name="craving_user_uuid_unique"),
            models.CheckConstraint(condition=Q(intensity__gte=0, intensity__lte=10), name="craving_intensity_0_10"),
            models.CheckConstraint(condition=Q(resistance__gte=0, resistance__lte=10), name="craving_resistance_0_10"),
            models.CheckConstraint(
                condition=Q(utc_offset_minutes__gte=-840, utc_offset_minutes__lte=840), name="craving_utc_offset_range"
            ),
        ]
        indexes = [
            # Every read is one user's rows, newest first.
            models.Index(fields=["user", "-occurred_at", "-id"], name="craving_user_time"),
            # The sweep finds rows still waiting for an embedding without scanning the table.
            models.Index(
                fields=["created_at"], name="craving_embedding_pending", condition=Q(embedding_status="pending")
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}:{self.uuid}"

    @property
    def embedding_text(self) -> str:
        # What the craving is about: the words plus the trigger, which carry most of the meaning.
        return f"{self.description}. Trigger: {self.trigger}" if self.trigger else self.description
