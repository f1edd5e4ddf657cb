"""Liveness for load balancers and the launcher: the database and Redis answer, or 503."""
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse


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
    return JsonResponse({"status": "ok" if healthy else "degraded", **checks}, status=200 if healthy else 503)
