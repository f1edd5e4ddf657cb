from django.contrib import admin

from core.admin_base import SystemWrittenAdmin

from .models import Insight, Summary, TrendMarker


@admin.register(Insight)
class InsightAdmin(SystemWrittenAdmin):
    list_display = ("created_at", "user", "short_question", "persona", "status", "safety", "context_tokens")
    list_filter = ("status", "safety", "persona")
    search_fields = ("user__email", "question")
    ordering = ("-created_at",)
    list_select_related = ("user", "persona")
    show_full_result_count = False
    readonly_fields = [f.name for f in Insight._meta.fields]

    @admin.display(description="question")
    def short_question(self, insight):
        return insight.question[:80]


@admin.register(TrendMarker)
class TrendMarkerAdmin(SystemWrittenAdmin):
    list_display = ("period_start", "kind", "user", "text")
    list_filter = ("kind",)
    search_fields = ("user__email",)
    list_select_related = ("user",)
    show_full_result_count = False
    exclude = ("embedding",)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("embedding")


@admin.register(Summary)
class SummaryAdmin(SystemWrittenAdmin):
    list_display = ("period_start", "user", "text")
    search_fields = ("user__email",)
    list_select_related = ("user",)
