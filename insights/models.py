from django.conf import settings
from django.db import models
from pgvector.django import VectorField


class TrendMarker(models.Model):
    """A compressed week or month of one user's history, so older logs reach the prompt as a few lines."""

    class Kind(models.TextChoices):
        WEEK = "week"
        MONTH = "month"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trend_markers")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    period_start = models.DateField()
    period_end = models.DateField()  # inclusive
    stats = models.JSONField(default=dict)
    text = models.TextField(help_text="The compact statement used for retrieval and prompts.")
    summary = models.TextField(blank=True, help_text="A short model-written summary.")
    source_version = models.CharField(max_length=64, help_text="Digest of the rows it was made from.")
    embedding = VectorField(dimensions=384, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "kind", "period_start"], name="marker_unique")]
        indexes = [models.Index(fields=["user", "kind", "-period_start"], name="marker_user_period")]
        ordering = ["-period_start"]

    def __str__(self) -> str:
        return f"{self.kind} from {self.period_start} (user {self.user_id})"


class Insight(models.Model):
    """One question and its answer; also the job the mobile app polls."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="insights")
    question = models.TextField()
    persona = models.ForeignKey("personas.Persona", null=True, blank=True, on_delete=models.SET_NULL)
    persona_version = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    answer = models.TextField(blank=True)
    safety = models.CharField(max_length=20, blank=True, help_text="crisis | notes_screened | ''")
    sources = models.JSONField(default=dict, blank=True)
    finding = models.JSONField(null=True, blank=True, help_text="What was computed: intent, subject, window, figures.")
    context_tokens = models.PositiveIntegerField(default=0)
    data_version = models.PositiveIntegerField(default=0)
    cache_key = models.CharField(max_length=64, db_index=True)
    error = models.CharField(max_length=500, blank=True)
    context = models.JSONField(default=dict, blank=True, help_text="Bandit features when it was asked.")
    selected_by = models.CharField(max_length=8, blank=True, help_text="user | bandit | default | fallback")
    created_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"], name="insight_user_time")]
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"“{self.question[:60]}” ({self.status})"


class Summary(models.Model):
    """The weekly summary beat writes for each active user."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="summaries")
    period_start = models.DateField()
    period_end = models.DateField()
    text = models.TextField()
    stats = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "period_start"], name="summary_unique")]
        ordering = ["-period_start"]
        verbose_name_plural = "summaries"

    def __str__(self) -> str:  # ids, not emails: the admin's history keeps this text after an erasure
        return f"summary {self.period_start} to {self.period_end} (user {self.user_id})"


class Feedback(models.Model):
    """A user's rating of one answer, kept with what the persona was answering and in which context."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback")
    insight = models.OneToOneField(Insight, on_delete=models.CASCADE, related_name="feedback")
    persona = models.ForeignKey("personas.Persona", null=True, blank=True, on_delete=models.SET_NULL)
    persona_version = models.PositiveIntegerField(default=0)
    thumbs_up = models.BooleanField()
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    comment = models.TextField(blank=True)
    context = models.JSONField(default=dict)  # question type, time of day, dominant trigger
    reward = models.FloatField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__isnull=True) | models.Q(rating__gte=1, rating__lte=5),
                name="feedback_rating_1_5",
            )
        ]

    def __str__(self) -> str:
        return f"{'thumbs up' if self.thumbs_up else 'thumbs down'} on insight {self.insight_id}"
