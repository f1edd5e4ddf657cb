"""Which adapters are resident on which worker, as the gpu workers report them (personas/residency.py)."""
from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

from core.admin_base import ReadOnlyInline, SystemWrittenAdmin, milliseconds
from gpu.memory import gpu_memory, process_rss

from .models import AdapterResidency, WorkerStatus


def size(value) -> str:
    return filesizeformat(value) if value is not None else "–"


class ResidencyFigures:
    """Bytes and load/swap times as people read them ("1.8 MB", "2.6 ms"), for every residency table."""

    @admin.display(description="bytes", ordering="nbytes")
    def bytes(self, row):
        return size(row.nbytes)

    @admin.display(description="last load", ordering="last_load_ms")
    def last_load(self, row):
        return milliseconds(row.last_load_ms)

    @admin.display(description="last swap", ordering="last_swap_ms")
    def last_swap(self, row):
        return milliseconds(row.last_swap_ms)


class ResidencyInline(ResidencyFigures, ReadOnlyInline):
    model = AdapterResidency
    fields = ("persona", "version", "tier", "slot", "bytes", "hits", "misses", "cold_loads", "warm_swaps",
              "last_load", "last_swap", "updated_at")
    ordering = ("tier", "slot")


@admin.register(WorkerStatus)
class WorkerStatusAdmin(SystemWrittenAdmin):
    list_display = ("hostname", "device", "base_model", "gpu_used", "gpu_total", "rss", "slot_count", "slots",
                    "cpu_cache", "seen")
    readonly_fields = [f.name for f in WorkerStatus._meta.fields]
    inlines = [ResidencyInline]

    def changelist_view(self, request, extra_context=None):
        # Live figures for the machine serving this page, beside each worker's last heartbeat.
        memory = gpu_memory()
        live = (f"this web process: RSS {size(process_rss())}; GPU " +
                (f"{size(memory['used'])} used of {size(memory['total'])}" if memory else "none"))
        self.message_user(request, live)
        return super().changelist_view(request, extra_context)

    @admin.display(description="GPU used")
    def gpu_used(self, worker):
        return size(worker.gpu_memory_used)

    @admin.display(description="GPU total")
    def gpu_total(self, worker):
        return size(worker.gpu_memory_total)

    @admin.display(description="RSS")
    def rss(self, worker):
        return size(worker.cpu_rss)

    @admin.display(description="slot budget")
    def slots(self, worker):
        return size(worker.slot_bytes)

    @admin.display(description="CPU tier")
    def cpu_cache(self, worker):
        return size(worker.cpu_cache_bytes)

    @admin.display(description="last heartbeat")
    def seen(self, worker):
        return f"{int((timezone.now() - worker.updated_at).total_seconds())} s ago"


@admin.register(AdapterResidency)
class AdapterResidencyAdmin(ResidencyFigures, SystemWrittenAdmin):
    list_display = ("persona", "version", "worker", "tier", "slot", "bytes", "hits", "misses", "cold_loads",
                    "warm_swaps", "last_load", "last_swap", "updated_at")
    list_filter = ("tier", "worker")
    list_select_related = ("persona", "worker")
    readonly_fields = [f.name for f in AdapterResidency._meta.fields]
