from datetime import UTC

from django.contrib import admin, messages
from django.utils.html import format_html

from core.admin_base import EstimatedCountPaginator, local_time_label

from .models import Craving, Emotion
from .services import cravings_embedding_retry


class EmotionFilter(admin.SimpleListFilter):
    title = "emotion"
    parameter_name = "emotion"

    def lookups(self, request, model_admin):
        return Emotion.choices

    def queryset(self, request, queryset):
        return queryset.filter(emotions__contains=[self.value()]) if self.value() else queryset


@admin.register(Craving)
class CravingAdmin(admin.ModelAdmin):
    list_display = (
        "local_time",
        "user",
        "short_description",
        "intensity",
        "resistance",
        "emotion_list",
        "location",
        "archived",
        "embedding_status",
    )
    ordering = ("-occurred_at",)
    # No per-user filter listing every user: staff search by email, or open a user's cravings (?user__id__exact=).
    list_filter = ("embedding_status", EmotionFilter, "location", "archived")
    search_fields = ("description", "trigger", "user__email", "=uuid")
    date_hierarchy = "occurred_at"
    list_select_related = ("user",)
    show_full_result_count = False  # COUNT(*) over millions of rows on every page is the slow part
    paginator = EstimatedCountPaginator
    list_per_page = 50
    readonly_fields = (
        "uuid",
        "user",
        "created_at",
        "updated_at",
        "embedding_status",
        "embedding_attempts",
        "embedding_error",
        "embedded_at",
    )
    exclude = ("embedding",)
    actions = ["retry_embedding"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("embedding")  # 384 floats a row stay in the database

    @admin.display(description="logged at: their local time, and UTC", ordering="occurred_at")
    def local_time(self, craving):
        """The time on the person's phone when they logged it, with its UTC offset; UTC under it."""
        return format_html(
            "{}<br><small>{} UTC</small>",
            local_time_label(craving.occurred_at, craving.utc_offset_minutes),
            f"{craving.occurred_at.astimezone(UTC):%Y-%m-%d %H:%M}",
        )

    @admin.display(description="description")
    def short_description(self, craving):
        text = craving.description
        return text if len(text) <= 40 else text[:39] + "…"

    @admin.display(description="emotions")
    def emotion_list(self, craving):
        return ", ".join(craving.emotions)

    @admin.action(description="Retry embedding for selected cravings", permissions=["change"])
    def retry_embedding(self, request, queryset):
        count = cravings_embedding_retry(craving_ids=list(queryset.values_list("id", flat=True)))
        self.message_user(request, f"{count} craving(s) queued for embedding.", messages.SUCCESS)
