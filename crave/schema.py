"""OpenAPI: a tag per area, descriptions that belong to their own operation, and the one error shape on
every operation for the statuses it can answer with."""

import inspect

from drf_spectacular.openapi import AutoSchema

# The tags themselves, with their order and descriptions, are SPECTACULAR_SETTINGS["TAGS"].
TAG_BY_PREFIX = [
    ("/api/v1/auth/", "auth"),
    ("/api/v1/cravings", "cravings"),
    ("/api/v1/privacy/", "privacy"),
    ("/api/v1/analytics", "analytics"),
    ("/api/v1/trends", "analytics"),
    ("/api/v1/summaries", "analytics"),
    ("/api/v1/dashboard/", "analytics"),
    ("/api/v1/insights", "insights"),
    ("/ai/", "insights"),
]


class CraveAutoSchema(AutoSchema):
    def get_tags(self):
        for prefix, tag in TAG_BY_PREFIX:
            if self.path.startswith(prefix):
                return [tag]
        return super().get_tags()

    def get_description(self) -> str:  # type: ignore[override]  # drf-spectacular's signature, not DRF's
        # The method's docstring, else the view's own: never one a base class shares with its siblings.
        method = getattr(self.view, self.method.lower(), None)
        own = self.view.__class__.__dict__.get("__doc__")
        return inspect.getdoc(method) or inspect.cleandoc(own or "")


ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
            },
        }
    },
}
DESCRIPTIONS = {
    "400": "Invalid input; `fields` names each bad field.",
    "401": "Missing, invalid or expired credentials.",
    "403": "Not allowed.",
    "404": "Not found (another user's id is indistinguishable from a missing one).",
    "405": "Method not allowed.",
    "409": "Conflict.",
    "415": "Unsupported media type.",
    "429": "Too many requests; retry after the number of seconds in Retry-After.",
    "503": "A dependency is briefly unavailable (database, model, upstream); retry shortly.",
}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code, description in DESCRIPTIONS.items():
                responses.setdefault(code, {"description": description, "content": reference})
    return result
