"""Rules every URL shares. One trailing-slash rule for the API: routes are declared without one, and a trailing
slash is accepted as the same route. No redirect (a redirected POST loses its body, and clients may not follow
it). And the one JSON error shape on Django's own 405s, as on every 404 and 500 (crave/urls.py's handlers)."""

from django.http import JsonResponse

from core.errors import error_body

API_PREFIXES = ("/api/v1/", "/ai/")


class ApiTrailingSlashMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(API_PREFIXES) and len(path) > 1 and path.endswith("/"):
            request.path_info = path.rstrip("/")
        return self.get_response(request)


class JsonMethodNotAllowedMiddleware:
    """Django's own 405 (a view limited to some methods, e.g. logout's POST) has an empty body: it gets the one
    error shape, keeping its Allow header. DRF's 405s already have it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith("application/json"):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                error_body("method_not_allowed", f"{request.method} is not allowed here."), status=405
            )
            if allowed:
                response["Allow"] = allowed
        return response
