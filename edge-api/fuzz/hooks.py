"""Schemathesis hooks for the fuzz layer (loaded through SCHEMATHESIS_HOOKS by run.py).

- `problem_details`: a check that every 4xx/5xx answer of the Worker is an RFC 9457 problem document
  as `wegwijs_shared::problem::Problem` serializes it, with the request id of its `x-request-id`.
- Every answer is appended to the JSON-lines file named by WEGWIJS_FUZZ_RECORD, so run.py can count
  per operation how many got past authorization and how many the platform answered itself.
- Answers the platform (workerd) gives before the Worker runs, such as 431 for a header block over
  its limit, carry no `x-request-id`; a 4xx of that kind is counted apart and no check fails on it.
  A 5xx without the header still fails (a Worker that crashed answers that way).
- Before each request: a generated session cookie becomes a `Cookie` header, and a valid generated
  Idempotency-Key is made unique (see the two functions for why).
"""

from __future__ import annotations

import json
import os
import re
import threading
import uuid

import schemathesis

RECORD_PATH = os.environ.get("WEGWIJS_FUZZ_RECORD")
_record_lock = threading.Lock()

SESSION_COOKIE = "__Host-wegwijs-session"
REQUEST_ID = re.compile(r"^[0-9a-f]{32}$")
PROBLEM_MEDIA_TYPE = "application/problem+json"
# The members `Problem` may carry, and the JSON types each must have.
PROBLEM_MEMBERS = {
    "type": str,
    "title": str,
    "status": int,
    "detail": str,
    "instance": str,
    "request_id": str,
    "errors": list,
    "current_version": int,
}
FIELD_ERROR_MEMBERS = ("field", "code", "message")


def _header(response, name: str) -> str | None:
    values = response.headers.get(name)
    return values[0] if values else None


def from_platform(response) -> bool:
    """A 4xx the platform answered before the Worker ran (the Worker stamps every answer)."""
    return 400 <= response.status_code < 500 and _header(response, "x-request-id") is None


@schemathesis.check
def problem_details(ctx, response, case):
    """Every 4xx/5xx is application/problem+json with a valid Problem body."""
    status = response.status_code
    if status < 400 or from_platform(response):
        return None
    content_type = (_header(response, "content-type") or "").split(";")[0].strip().lower()
    if content_type != PROBLEM_MEDIA_TYPE:
        raise AssertionError(
            f"{status} answered as {content_type or 'no content type'}, not {PROBLEM_MEDIA_TYPE}"
        )
    try:
        problem = json.loads(response.content)
    except ValueError as error:
        raise AssertionError(f"{status} problem body is not JSON: {error}") from None
    if not isinstance(problem, dict):
        raise AssertionError(f"{status} problem body is not an object")
    unknown = sorted(set(problem) - set(PROBLEM_MEMBERS))
    if unknown:
        raise AssertionError(f"problem has unknown members {unknown}")
    for name, kind in PROBLEM_MEMBERS.items():
        value = problem.get(name)
        # bool is an int in Python; a problem's numbers never are booleans.
        if name in problem and (not isinstance(value, kind) or isinstance(value, bool)):
            raise AssertionError(f"problem member {name!r} is {value!r}, not a {kind.__name__}")
    if not problem.get("type", "").startswith("/problems/"):
        raise AssertionError(f"problem type {problem.get('type')!r} is not under /problems/")
    if not problem.get("title"):
        raise AssertionError("problem has no title")
    if problem.get("status") != status:
        raise AssertionError(
            f"problem status {problem.get('status')!r} differs from the HTTP status {status}"
        )
    request_id = problem.get("request_id")
    if not (isinstance(request_id, str) and REQUEST_ID.match(request_id)):
        raise AssertionError(f"problem request_id {request_id!r} is not 32 hex digits")
    # A replay (same Idempotency-Key) is the first answer, byte for byte, so it names the request
    # that acted; the header names this one.
    replayed = _header(response, "idempotent-replayed") == "true"
    if not replayed and request_id != _header(response, "x-request-id"):
        raise AssertionError("problem request_id differs from the x-request-id header")
    for error in problem.get("errors", []):
        if (
            not isinstance(error, dict)
            or sorted(error) != sorted(FIELD_ERROR_MEMBERS)
            or not all(isinstance(error[m], str) for m in FIELD_ERROR_MEMBERS)
        ):
            raise AssertionError(f"problem field error {error!r} is not {{field, code, message}}")
    return None


# A key the API accepts (edge-api/src/idempotency/mod.rs): 1–100 visible ASCII characters without
# quotes or backslashes, bare or as a structured-field string.
VALID_KEY = re.compile(r'^(?:[!#-\[\]-~]{1,100}|"[!#-\[\]-~]{1,100}")$')


@schemathesis.hook
def before_call(context, case, kwargs):
    session_cookie_as_header(case)
    unique_idempotency_key(case)


def session_cookie_as_header(case):
    """A generated session cookie (anonymous runs) goes out as a `Cookie` header: the cookie jar of
    `requests` never sends a `__Host-` cookie over plain http, so the Worker would never see it.
    Signed-in runs send their real cookie with `-H` and generate none (run.py)."""
    cookies = case.cookies or {}
    value = cookies.pop(SESSION_COOKIE, None)
    if not isinstance(value, str) or not value.isascii() or not value.isprintable():
        return
    if case.headers is None:
        case.headers = {}
    if not any(n.lower() == "cookie" for n in case.headers):
        case.headers["Cookie"] = f"{SESSION_COOKIE}={value}"


def unique_idempotency_key(case):
    """Makes a valid generated Idempotency-Key unique. Generation reuses a few short values (the
    coverage phase one value for all its variations of an operation), and a key seen before with
    another body is answered 422 "key reused" before the handler runs: most generated bodies would
    never be validated. An invalid key stays as generated, to be refused with 400."""
    headers = case.headers or {}
    name = next((n for n in headers if n.lower() == "idempotency-key"), None)
    if name is None or not isinstance(headers[name], str) or not VALID_KEY.match(headers[name]):
        return
    key = headers[name]
    core = key.strip('"')[:60] + "-" + uuid.uuid4().hex
    headers[name] = f'"{core}"' if key.startswith('"') else core


@schemathesis.hook
def after_call(context, case, response):
    if RECORD_PATH is None:
        return
    problem_type = None
    if response.status_code >= 400 and not from_platform(response):
        try:
            problem_type = json.loads(response.content).get("type")
        except (ValueError, AttributeError):
            pass  # the problem_details check reports it
    line = json.dumps(
        {
            "problem": problem_type,
            "operation": f"{case.operation.method.upper()} {case.operation.path}",
            "method": (response.request.method or "").upper(),
            "status": response.status_code,
            "phase": case.meta.phase.name.value if case.meta is not None else None,
            "platform": from_platform(response),
            "ms": round(response.elapsed * 1000, 1),
            "url_bytes": len(response.request.url or ""),
            "cookie": "cookie" in {n.lower() for n in response.request.headers},
        }
    )
    with _record_lock, open(RECORD_PATH, "a", encoding="utf-8") as record:
        record.write(line + "\n")


@schemathesis.hook
def filter_failure(context, failure, case, response):
    return not from_platform(response)
