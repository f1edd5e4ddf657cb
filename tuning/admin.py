"""The persona pages: versions, residency, how often each is chosen and rated, and the training actions.
Registered here, above insights and personas, because it shows both and trains through tuning."""

from datetime import timedelta

from django.contrib import admin, messages
from django.db.models import Avg, Count, Q, Subquery, Value
from django.utils import timezone
from django.utils.html import format_html

from core.admin_base import ReadOnlyInline
from core.errors import ApplicationError
from insights.models import Insight
from personas.admin import ResidencyFigures
from personas.models import AdapterResidency, Persona, PersonaVersion

from .services import persona_rollback, persona_train_enqueue


class VersionInline(ReadOnlyInline):
    model = PersonaVersion
    fields = (
        "version",
        "status",
        "source",
        "train_examples",
        "preference_pairs",
        "training_loss",
        "evaluation",
        "created_at",
    )


class ResidencyInline(ResidencyFigures, ReadOnlyInline):
    model = AdapterResidency
    fields = ("worker", "version", "tier", "slot", "bytes", "hits", "misses", "last_load", "last_swap", "updated_at")


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "slug",
        "status",
        "version",
        "progress",
        "selection_rate",
        "mean_reward",
        "ratings",
        "pinned",
        "trained_at",
    )
    list_filter = ("status", "pinned")
    search_fields = ("name", "slug")
    readonly_fields = (
        "status",
        "version",
        "adapter_path",
        "base_model",
        "training_progress",
        "training_loss",
        "training_error",
        "trained_at",
        "created_at",
        "updated_at",
    )
    inlines = [VersionInline, ResidencyInline]
    actions = ["train_new_version", "rollback", "pin", "unpin"]

    def get_queryset(self, request):
        # Everything a row shows comes with the row: the admin object is shared by every request, so it
        # keeps no per-request state.
        since = timezone.now() - timedelta(days=30)
        answered = (
            Insight.objects.filter(created_at__gte=since, persona__isnull=False)
            .order_by()
            .values(one=Value(1))
            .annotate(n=Count("id"))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                recent_insights=Count("insight", filter=Q(insight__created_at__gte=since), distinct=True),
                all_recent=Subquery(answered),
                reward=Avg("feedback__reward"),
                rated=Count("feedback", distinct=True),
            )
        )

    @admin.display(description="chosen (30 d)")
    def selection_rate(self, persona):
        total = persona.all_recent or 1
        return f"{100 * persona.recent_insights / total:.0f}% ({persona.recent_insights})"

    @admin.display(description="mean reward", ordering="reward")
    def mean_reward(self, persona):
        return "–" if persona.reward is None else f"{persona.reward:.2f}"

    @admin.display(description="ratings", ordering="rated")
    def ratings(self, persona):
        return persona.rated

    @admin.action(description="Roll back to the previous version", permissions=["change"])
    def rollback(self, request, queryset):
        for persona in queryset:
            try:
                previous = persona_rollback(persona=persona)
                self.message_user(request, f"{persona.slug} now serves v{previous.version}.", messages.SUCCESS)
            except ApplicationError as exc:
                self.message_user(request, f"{persona.slug}: {exc.message}", messages.ERROR)

    @admin.display(description="training")
    def progress(self, persona):
        if persona.status != "training":
            return "–"
        percent = round(persona.training_progress * 100)
        return format_html('<progress value="{}" max="100" style="width:6rem"></progress> {}%', percent, percent)

    @admin.action(description="Train a new adapter version (gpu queue)", permissions=["change"])
    def train_new_version(self, request, queryset):
        for persona in queryset:
            persona_train_enqueue(persona=persona)
        self.message_user(
            request, f"Training queued for {queryset.count()} persona(s); progress shows here.", messages.SUCCESS
        )

    @admin.action(description="Pin: keep in a device slot", permissions=["change"])
    def pin(self, request, queryset):
        queryset.update(pinned=True)

    @admin.action(description="Unpin", permissions=["change"])
    def unpin(self, request, queryset):
        queryset.update(pinned=False)
