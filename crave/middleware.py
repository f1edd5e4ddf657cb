"""One trailing-slash rule for the API: routes are declared without one, and a trailing slash is accepted
as the same route. No redirect (a redirected POST loses its body, and clients may not follow it)."""

API_PREFIXES = ("/api/v1/", "/ai/")


class ApiTrailingSlashMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(API_PREFIXES) and len(path) > 1 and path.endswith("/"):
            request.path_info = path.rstrip("/")
        return self.get_response(request)
