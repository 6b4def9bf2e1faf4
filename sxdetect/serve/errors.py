"""JSON errors: every 4xx and 5xx answer has the body ``{"error": {"code", "message", "details"}}``.

Client mistakes never become a 500: invalid JSON is 400, a missing or wrong token 401, unknown
paths 404, a body over the size cap 413, invalid fields or over-cap records 422, a full queue
or a model not yet loaded 503, and a missed deadline 504. Messages and details are built from
field locations and fixed phrases only; the submitted values (message text, sender ids) are
never echoed back, unlike FastAPI's default validation error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_CODES: dict[int, str] = {
    400: "invalid_json",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
    504: "timeout",
}
_MAX_DETAILS = 50
_MAX_LOC_PART = 64


class ApiError(Exception):
    """An error with its HTTP status, code and safe message (never containing request text)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        headers: Mapping[str, str] | None = None,
        details: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})
        self.details = details


def error_response(
    status: int,
    code: str | None,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """The JSON error response."""
    body: dict[str, Any] = {"code": code or _CODES.get(status, "error"), "message": message}
    if details is not None:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=dict(headers or {}))


def _loc(parts: Any) -> list[str | int]:
    out: list[str | int] = []
    for part in parts or ():
        out.append(part if isinstance(part, int) else str(part)[:_MAX_LOC_PART])
    return out


def validation_details(errors: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Location, message and type of each problem; the offending input is left out."""
    return [
        {"loc": _loc(err.get("loc")), "msg": str(err.get("msg", "invalid")), "type": str(err.get("type", "invalid"))}
        for err in errors[:_MAX_DETAILS]
    ]


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def _on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(err.get("type") == "json_invalid" for err in errors):
        return error_response(400, "invalid_json", "the request body is not valid JSON")
    problems = "problem" if len(errors) == 1 else "problems"
    return error_response(422, "invalid_request", f"{len(errors)} {problems} in the request",
                          validation_details(errors))


async def _on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    # Details of HTTPExceptions come from the framework or from this package, never from input.
    message = exc.detail if isinstance(exc.detail, str) else "request rejected"
    code = _CODES.get(exc.status_code, "error")
    if exc.status_code == 400 and "body" in message.lower():
        code = "invalid_body"
    return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))


def install_error_handlers(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation_error)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
