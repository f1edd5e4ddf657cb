"""OpenAPI: every operation documents the one error shape for the statuses it can answer with."""

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message"],
        "properties": {
            "code": {"type": "string"},
            "message": {"type": "string"},
            "fields": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        },
    }},
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
