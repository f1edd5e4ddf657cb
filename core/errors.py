"""One error type for the application and one JSON body for every 4xx/5xx the API returns:

    {"error": {"code": "validation_error", "message": "...", "fields": {"cravingStrength": ["..."]}}}

`fields` appears only for validation errors; nested paths read `cravings[3].cravingStrength`.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import OperationalError
from django.http import Http404, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

log = logging.getLogger(__name__)


class ApplicationError(Exception):
    """Raised by services for a request that cannot be done; becomes a 4xx in the one error shape."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "bad_request",
        status_code: int = 400,
        fields=None,
        headers: dict | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.fields = fields
        self.headers = headers


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    body: dict = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    return {"error": body}


def flatten_fields(detail, prefix: str = "") -> dict[str, list[str]]:
    """DRF's nested error detail -> {"a.b[2].c": ["message", ...]}."""
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            if isinstance(key, int):  # ListField errors are keyed by position
                path = f"{prefix}[{key}]"
            else:
                name = key if key != "non_field_errors" else "nonFieldErrors"
                path = f"{prefix}.{name}" if prefix else name
            out.update(flatten_fields(value, path))
    elif isinstance(detail, list) and detail and all(isinstance(d, str) for d in detail):
        out[prefix or "nonFieldErrors"] = [str(d) for d in detail]
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if value:
                out.update(flatten_fields(value, f"{prefix}[{index}]"))
    else:
        out[prefix or "nonFieldErrors"] = [str(detail)]
    return out


CODES = {
    status.HTTP_400_BAD_REQUEST: "bad_request",
    status.HTTP_401_UNAUTHORIZED: "not_authenticated",
    status.HTTP_403_FORBIDDEN: "permission_denied",
    status.HTTP_404_NOT_FOUND: "not_found",
    status.HTTP_405_METHOD_NOT_ALLOWED: "method_not_allowed",
    status.HTTP_406_NOT_ACCEPTABLE: "not_acceptable",
    status.HTTP_415_UNSUPPORTED_MEDIA_TYPE: "unsupported_media_type",
    status.HTTP_429_TOO_MANY_REQUESTS: "throttled",
}


def exception_handler(exc, context):
    if isinstance(exc, ApplicationError):
        return Response(error_body(exc.code, exc.message, exc.fields), status=exc.status_code, headers=exc.headers)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    if isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if isinstance(exc, OperationalError):
        # The database is restarting or unreachable: say so quickly instead of a 500.
        log.warning("database unavailable: %s", type(exc).__name__)
        return Response(
            error_body("service_unavailable", "The service is briefly unavailable; retry shortly."),
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
            headers={"Retry-After": "5"},
        )

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        fields = flatten_fields(exc.detail)
        response.data = error_body("validation_error", "Some fields are invalid.", fields)
        return response
    detail = getattr(exc, "detail", "")
    code = CODES.get(response.status_code, getattr(exc, "default_code", "error"))
    if isinstance(exc, exceptions.AuthenticationFailed | exceptions.NotAuthenticated):
        code = "not_authenticated"
    if isinstance(detail, dict):  # simplejwt's InvalidToken carries {"detail": ..., "messages": [...]}
        detail = detail.get("detail", "")
    response.data = error_body(code, str(detail))
    return response


def json_error_view(status_code: int, code: str, message: str):
    def view(request, exception=None):
        return JsonResponse(error_body(code, message), status=status_code)

    return view


def reject_blank_params(query, names) -> None:
    """`?start=` is a mistake, not "no filter": say so (date fields would otherwise skip it silently)."""
    blank = {name: ["May not be blank."] for name in names if name in query and not query.get(name, "").strip()}
    if blank:
        raise exceptions.ValidationError(blank)
