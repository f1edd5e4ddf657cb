from django.db import models


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
    persona = models.ForeignKey("personas.Persona", on_delete=models.CASCADE, related_name="residency")
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

    def __str__(self) -> str:
        return f"persona {self.persona_id} v{self.version} on worker {self.worker_id} ({self.tier})"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["worker", "persona", "version"], name="residency_unique")]
        verbose_name_plural = "adapter residency"
