"""GET /metrics/gpu-fleet: the gpu fleet's load for its autoscaler, as KEDA's metrics-api trigger reads it
(valueLocation `jobs`, targetValue GPU_SCALE_TARGET_JOBS; deploy/k8s/gpu-worker-scaler.yaml).

No user's data is in it, but it tells anyone how busy the service is: it answers only the bearer token in
GPU_METRICS_TOKEN (KEDA sends it from a TriggerAuthentication), and is off (404) while that is unset."""

import hmac
import math

import redis
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from core.errors import error_body
from gpu.load import read_load


def refuse(status: int, code: str, message: str, **headers: str) -> JsonResponse:
    response = JsonResponse(error_body(code, message), status=status)
    for name, value in headers.items():
        response[name] = value
    return response


@csrf_exempt  # no session or form: the bearer token is the only credential, and a POST gets its 405
def gpu_fleet(request):
    token = settings.GPU_METRICS_TOKEN
    if not token:
        return refuse(404, "not_found", "Nothing here.")
    if request.method != "GET":
        return refuse(405, "method_not_allowed", f'Method "{request.method}" not allowed.', Allow="GET")
    sent = request.headers.get("Authorization", "")
    if not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        return refuse(401, "not_authenticated", "A valid bearer token is required.", **{"WWW-Authenticate": "Bearer"})
    try:
        load = read_load()
    except redis.RedisError:
        return refuse(503, "unavailable", "The fleet's state (Redis) does not answer.")
    target = settings.GPU_SCALE_TARGET_JOBS
    return JsonResponse(
        {
            **load.as_dict(),
            "target_per_worker": target,
            "proposal": math.ceil(load.jobs / target),  # the HPA's, before its tolerance, window and bounds
            "deadline_s": settings.CHAT_TIMEOUT_SECONDS,
        }
    )
