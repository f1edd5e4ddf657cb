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


class PersonaVersion(models.Model):
    """Every adapter a persona has had. The persona row points at the one being served."""

    class Status(models.TextChoices):
        PROMOTED = "promoted"  # served now or earlier
        REJECTED = "rejected"  # regressed against the version it would have replaced
        ROLLED_BACK = "rolled_back"
        RETIRED = "retired"  # trained on ratings of an account since erased: never served again

    persona = models.ForeignKey(Persona, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    adapter_path = models.CharField(max_length=300)
    status = models.CharField(max_length=12, choices=Status.choices)
    source = models.CharField(max_length=20, default="dataset", help_text="dataset | shipped | feedback")
    feedback_ids = models.JSONField(
        default=list, blank=True, help_text="Ratings whose shape it learned from (consenting users only)."
    )
    evaluation = models.JSONField(
        default=dict, blank=True, help_text="The promotion gate: candidate and current on the fixed evaluation set."
    )
    train_examples = models.PositiveIntegerField(default=0)
    preference_pairs = models.PositiveIntegerField(default=0)
    training_loss = models.FloatField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["persona", "version"], name="persona_version_unique")]
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"{self.persona.slug} v{self.version} ({self.status})"


class ArmStats(models.Model):
    """Bandit evidence: rewards a persona earned in one context bucket (and in the pooled bucket "*")."""

    persona = models.ForeignKey(Persona, on_delete=models.CASCADE, related_name="arm_stats")
    context_key = models.CharField(max_length=80)
    successes = models.FloatField(default=0)
    failures = models.FloatField(default=0)
    pulls = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["persona", "context_key"], name="arm_unique")]

    def __str__(self) -> str:
        return f"persona {self.persona_id} in {self.context_key}: {self.pulls} pulls"


class WorkerStatus(models.Model):
    """A gpu worker's heartbeat: what it runs on and how much memory is in use."""

    hostname = models.CharField(max_length=200, unique=True)
    device = models.CharField(max_length=100)
    base_model = models.CharField(max_length=200, blank=True)
    gpu_memory_total = models.BigIntegerField(null=True, blank=True)
    gpu_memory_used = models.BigIntegerField(null=True, blank=True)
    cpu_rss = models.BigIntegerField(null=True, blank=True)
    slot_count = models.PositiveIntegerField(default=0)
    slot_bytes = models.BigIntegerField(default=0, help_text="Bytes allocated for adapter slots (the budget).")
    cpu_cache_bytes = models.BigIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "worker statuses"

    def __str__(self) -> str:
        return self.hostname


class AdapterResidency(models.Model):
    """Where one persona adapter version lives on one worker, and how it has been served."""

    class Tier(models.TextChoices):
        SLOT = "slot", "device slot (tier 1)"
        CPU = "cpu", "CPU memory (tier 2)"
        DISK = "disk", "disk (tier 3)"

    worker = models.ForeignKey(WorkerStatus, on_delete=models.CASCADE, related_name="adapters")
    persona = models.ForeignKey(Persona, on_delete=models.CASCADE, related_name="residency")
    version = models.PositiveIntegerField()
    tier = models.CharField(max_length=4, choices=Tier.choices)
    slot = models.PositiveSmallIntegerField(null=True, blank=True)
    nbytes = models.BigIntegerField(default=0)
    hits = models.PositiveIntegerField(default=0)
    misses = models.PositiveIntegerField(default=0)
    cold_loads = models.PositiveIntegerField(default=0)
    warm_swaps = models.PositiveIntegerField(default=0)
    last_load_ms = models.FloatField(default=0)
    last_swap_ms = models.FloatField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["worker", "persona", "version"], name="residency_unique")]
        verbose_name_plural = "adapter residency"

    def __str__(self) -> str:
        return f"persona {self.persona_id} v{self.version} on worker {self.worker_id} ({self.tier})"
