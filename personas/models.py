from django.contrib.postgres.fields import ArrayField
from django.db import models


class PersonaStatus(models.TextChoices):
    DRAFT = "draft"  # no adapter yet
    TRAINING = "training"
    READY = "ready"
    FAILED = "failed"


class Persona(models.Model):
    """A voice for answers: a system prompt plus a LoRA adapter on the shared base model."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    description = models.TextField(blank=True)
    system_prompt = models.TextField()
    dataset_path = models.CharField(max_length=300, blank=True, help_text="JSONL of prompt/response pairs.")
    adapter_path = models.CharField(max_length=300, blank=True)
    base_model = models.CharField(max_length=200, blank=True)
    rank = models.PositiveSmallIntegerField(default=8)
    alpha = models.PositiveSmallIntegerField(default=16)
    target_modules = ArrayField(models.CharField(max_length=40), default=list, blank=True)
    status = models.CharField(max_length=10, choices=PersonaStatus.choices, default=PersonaStatus.DRAFT)
    version = models.PositiveIntegerField(default=0)
    pinned = models.BooleanField(default=False, help_text="Keep this persona's adapter in a slot.")
    training_progress = models.FloatField(default=0)
    training_loss = models.FloatField(null=True, blank=True)
    training_error = models.CharField(max_length=500, blank=True)
    trained_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} (v{self.version})"
