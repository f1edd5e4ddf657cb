"""Liveness for load balancers and the launcher: the database and Redis answer, or 503. Beside them, what a
person's chat depends on: how many gpu workers have a live heartbeat (none: chats and embeddings wait), and
which personas are ready to answer. Those two inform and do not fail the check: web still serves logs."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse


def gpu_workers() -> dict:
    from gpu.routing import read_fleet

    try:
        live, _ = read_fleet()
    except Exception as exc:
        return {"workers": None, "error": type(exc).__name__}
    # What the live workers' models serve in (a start-up check picks it: gpu/precision.py).
    return {"workers": len(live), "precision": sorted({s["precision"] for s in live.values() if s.get("precision")})}


def personas() -> dict:
    from personas.models import Persona, PersonaStatus

    try:
        rows = list(Persona.objects.order_by("slug").values_list("slug", "status", "adapter_path", "training_progress"))
    except Exception as exc:  # e.g. a database not migrated yet: the check itself must still answer
        return {"error": type(exc).__name__}
    return {
        "ready": [slug for slug, status, path, _ in rows if status == PersonaStatus.READY and path],
        "training": [slug for slug, status, _, _ in rows if status == PersonaStatus.TRAINING],
        "progress": {slug: round(done or 0, 2) for slug, status, _, done in rows if status == PersonaStatus.TRAINING},
    }


def health(request):
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = type(exc).__name__
    try:
        cache.set("health", "ok", 5)
        checks["redis"] = "ok"
    except Exception as exc:
        checks["redis"] = type(exc).__name__
    healthy = all(v == "ok" for v in checks.values())
    body = {
        "status": "ok" if healthy else "degraded",
        **checks,
        "gpu": gpu_workers() if checks["redis"] == "ok" else {"workers": None},
    }
    if checks["database"] == "ok":
        body["personas"] = personas()
    return JsonResponse(body, status=200 if healthy else 503)
