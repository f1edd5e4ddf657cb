from django.contrib import admin, messages
from django.utils.html import format_html

from gpu.models import AdapterResidency

from .models import Persona
from .services import persona_train_enqueue


class ResidencyInline(admin.TabularInline):
    model = AdapterResidency
    extra = 0
    can_delete = False
    fields = ("worker", "version", "tier", "slot", "nbytes", "hits", "misses", "last_load_ms", "last_swap_ms",
              "updated_at")
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "status", "version", "progress", "training_loss", "pinned", "rank", "trained_at")
    list_filter = ("status", "pinned")
    search_fields = ("name", "slug")
    readonly_fields = ("status", "version", "adapter_path", "base_model", "training_progress", "training_loss",
                       "training_error", "trained_at", "created_at", "updated_at")
    inlines = [ResidencyInline]
    actions = ["train_new_version", "pin", "unpin"]

    @admin.display(description="training")
    def progress(self, persona):
        if persona.status != "training":
            return "–"
        percent = round(persona.training_progress * 100)
        return format_html('<progress value="{}" max="100" style="width:6rem"></progress> {}%', percent, percent)

    @admin.action(description="Train a new adapter version (gpu queue)")
    def train_new_version(self, request, queryset):
        for persona in queryset:
            persona_train_enqueue(persona=persona)
        self.message_user(request, f"Training queued for {queryset.count()} persona(s); progress shows here.",
                          messages.SUCCESS)

    @admin.action(description="Pin: keep in a device slot")
    def pin(self, request, queryset):
        queryset.update(pinned=True)

    @admin.action(description="Unpin")
    def unpin(self, request, queryset):
        queryset.update(pinned=False)
