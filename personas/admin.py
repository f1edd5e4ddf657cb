"""Which adapters are resident on which worker, as the gpu workers report them (personas/residency.py)."""

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from core.admin_base import ReadOnlyInline, SystemWrittenAdmin, milliseconds
from gpu.memory import gpu_memory, process_rss

from .models import AdapterResidency, WorkerStatus


def size(value) -> str:
    return filesizeformat(value) if value is not None else "–"


def shown_as(field: str, description: str, show=size):
    """An admin column showing one field the way people read it ("1.8 MB", "2.6 ms"), sortable by it."""

    @admin.display(description=description, ordering=field)
    def column(self, row):
        return show(getattr(row, field))

    return column


class ResidencyFigures:
    """Bytes and load/swap times as people read them, for every residency table."""

    bytes = shown_as("nbytes", "bytes")
    last_load = shown_as("last_load_ms", "last load", milliseconds)
    last_swap = shown_as("last_swap_ms", "last swap", milliseconds)


class ResidencyInline(ResidencyFigures, ReadOnlyInline):
    model = AdapterResidency
    fields = (
        "persona",
        "version",
        "tier",
        "slot",
        "bytes",
        "hits",
        "misses",
        "cold_loads",
        "warm_swaps",
        "last_load",
        "last_swap",
        "updated_at",
    )
    ordering = ("tier", "slot")


@admin.register(WorkerStatus)
class WorkerStatusAdmin(SystemWrittenAdmin):
    list_display = (
        "hostname",
        "device",
        "base_model",
        "gpu_used",
        "gpu_total",
        "rss",
        "slot_count",
        "slots",
        "cpu_cache",
        "seen",
    )
    readonly_fields = [f.name for f in WorkerStatus._meta.fields]
    inlines = [ResidencyInline]

    def changelist_view(self, request, extra_context=None):
        # Live figures for the machine serving this page, beside each worker's last heartbeat.
        memory = gpu_memory()
        live = f"this web process: RSS {size(process_rss())}; GPU " + (
            f"{size(memory['used'])} used of {size(memory['total'])}" if memory else "none"
        )
        self.message_user(request, live)
        return super().changelist_view(request, extra_context)

    gpu_used = shown_as("gpu_memory_used", "GPU used")
    gpu_total = shown_as("gpu_memory_total", "GPU total")
    rss = shown_as("cpu_rss", "RSS")
    slots = shown_as("slot_bytes", "slot budget")
    cpu_cache = shown_as("cpu_cache_bytes", "CPU tier")

    @admin.display(description="last heartbeat")
    def seen(self, worker):
        return f"{int((timezone.now() - worker.updated_at).total_seconds())} s ago"


@admin.register(AdapterResidency)
class AdapterResidencyAdmin(ResidencyFigures, SystemWrittenAdmin):
    list_display = (
        "persona",
        "version",
        "worker",
        "tier",
        "slot",
        "bytes",
        "hits",
        "misses",
        "cold_loads",
        "warm_swaps",
        "last_load",
        "last_swap",
        "updated_at",
    )
    list_filter = ("tier", "worker")
    list_select_related = ("persona", "worker")
    readonly_fields = [f.name for f in AdapterResidency._meta.fields]
