"""What a serving backend holds, written for the admin (gpu's backends call this through settings.RESIDENCY_RECORDER,
as the inference library knows no Django models): a worker row (heartbeat, memory, slots) and one row per
adapter version with its tier and counters, after batches at most once a second and every 30 s regardless."""

from __future__ import annotations

import logging
import threading
import time

from django.db import close_old_connections, connection, transaction

from .models import AdapterResidency, Persona, WorkerStatus

log = logging.getLogger(__name__)
HEARTBEAT_SECONDS = 30
FIELDS = ("tier", "slot", "nbytes", "hits", "misses", "cold_loads", "warm_swaps", "last_load_ms", "last_swap_ms")


class Recorder:
    def __init__(self, serving):
        self.serving = serving  # has hostname, worker_row() and snapshot()
        self.last_record = 0.0
        self.pending: threading.Timer | None = None
        self.record()
        threading.Thread(target=self.heartbeat, name="residency-heartbeat", daemon=True).start()

    def heartbeat(self, every: float = HEARTBEAT_SECONDS) -> None:
        """Live memory in the admin even while no request comes in."""
        while True:
            time.sleep(every)
            self.record()

    def record_soon(self) -> None:
        """At most one write a second; a burst of batches gets a trailing write so the last state lands."""
        waited = time.monotonic() - self.last_record
        if waited >= 1.0:
            self.record()
        elif self.pending is None:
            self.pending = threading.Timer(1.0 - waited, self.record)
            self.pending.daemon = True
            self.pending.start()

    def record(self) -> None:
        self.pending = None
        try:
            self.write()
        except Exception as exc:  # bookkeeping must never break serving (e.g. the database restarting)
            # One line, no traceback: this runs every 30 s on a thread of its own, and on CPython 3.11 formatting a
            # traceback parses source with `ast`, which another thread parsing at the same moment breaks
            # (python/cpython#106905; it crashed a pytest run whose main thread was formatting a report).
            log.warning("could not record adapter residency: %s: %s", type(exc).__name__, exc)
        finally:
            # Most calls run on a short-lived timer thread: its connection would otherwise stay open until
            # garbage collection, and a busy worker ran PostgreSQL out of connections that way.
            connection.close()

    def write(self) -> None:
        """The worker row, and each adapter's tier, slot, bytes, hits, misses and load times."""
        self.last_record = time.monotonic()
        rows = self.serving.snapshot()
        close_old_connections()
        with transaction.atomic():
            worker, _ = WorkerStatus.objects.update_or_create(
                hostname=self.serving.hostname, defaults=self.serving.worker_row()
            )
            personas = dict(Persona.objects.values_list("slug", "id"))
            seen = []
            for row in rows or ():
                if row["slug"] not in personas:
                    continue
                seen.append(
                    AdapterResidency.objects.update_or_create(
                        worker=worker,
                        persona_id=personas[row["slug"]],
                        version=row["version"],
                        defaults={key: row[key] for key in FIELDS},
                    )[0].id
                )
            if rows is not None:
                # What the backend no longer lists is gone (a vLLM server unloads for every worker sharing it;
                # the builtin engine lists every adapter it has seen, down to the disk tier).
                AdapterResidency.objects.filter(worker=worker).exclude(id__in=seen).delete()
