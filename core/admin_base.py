from datetime import timedelta, timezone

from django.contrib import admin
from django.core.paginator import Paginator
from django.db import connection
from django.utils.functional import cached_property

from core.offsets import offset_label


def local_time_label(moment, offset_minutes: int) -> str:
    """'2026-11-20 19:38 (UTC-05:00)': an instant as the clock read where it happened."""
    zone = timezone(timedelta(minutes=offset_minutes))
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M} ({offset_label(offset_minutes)})"


def milliseconds(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f} ms"


class ReadOnlyInline(admin.TabularInline):
    """Rows the system writes (residency, versions): staff read them, never edit them here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False


class EstimatedCountPaginator(Paginator):
    """Page links for a big table without COUNT(*) over all of it. An unfiltered list takes PostgreSQL's row
    estimate (pg_class.reltuples, kept by autovacuum's ANALYZE); a filtered or small one is counted."""

    EXACT_BELOW = 10_000

    @cached_property
    def count(self) -> int:
        query, model = getattr(self.object_list, "query", None), getattr(self.object_list, "model", None)
        if query is not None and model is not None and not query.where:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table]
                )
                row = cursor.fetchone()
            if row and row[0] >= self.EXACT_BELOW:
                return row[0]
        return super().count


class SystemWrittenAdmin(admin.ModelAdmin):
    """Tables the workers write (heartbeats, residency, insights): staff inspect them, nobody adds rows."""

    def has_add_permission(self, request):
        return False
