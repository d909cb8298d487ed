"""Reads what one principal's Schemathesis run left behind and judges it per operation.

Two sources: the answers hooks.py recorded (one JSON line per request: operation, method sent,
status, whether the platform answered instead of the Worker) and Schemathesis's NDJSON event report,
whose check failures name their operation (stateful steps included) and whose non-fatal errors name
the operation they concern.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

DENIED = (401, 403)


@dataclass
class Outcome:
    """One test: one operation × one principal."""

    operation: str
    principal: str
    allowed: bool | None  # the policy's cell; None when the matrix has no row for it
    sent: int = 0  # requests with the operation's own method
    past_authorization: int = 0  # of those, answered with neither 401 nor 403
    platform: int = 0  # answered by workerd itself (no x-request-id), counted apart
    statuses: Counter = field(default_factory=Counter)
    phases: Counter = field(default_factory=Counter)  # every request, other methods' probes too
    server_ms: float = 0.0  # summed response times of those
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def read_answers(path: Path) -> dict[str, Outcome]:
    """Per operation label, the counts from the recorded answers (principal and policy filled later)."""
    outcomes: dict[str, Outcome] = {}
    if not path.exists():
        return outcomes
    for line in path.read_text().splitlines():
        answer = json.loads(line)
        outcome = outcomes.setdefault(answer["operation"], Outcome(answer["operation"], "", None))
        outcome.phases[answer["phase"] or "other"] += 1
        outcome.server_ms += answer["ms"]
        if answer["method"] != answer["operation"].split(" ", 1)[0]:
            continue  # the coverage phase's probes with other methods (405) reach no handler
        outcome.sent += 1
        outcome.statuses[answer["status"]] += 1
        if answer["platform"]:
            outcome.platform += 1
        elif answer["status"] not in DENIED:
            outcome.past_authorization += 1
    return outcomes


def read_failures(path: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Check failures and errors from the NDJSON report: per operation label, and for the whole run."""
    per_operation: dict[str, set[str]] = defaultdict(set)
    run_level: set[str] = set()
    if not path.exists():
        return {}, [f"no event report at {path}"]
    for line in path.read_text().splitlines():
        event = json.loads(line)
        for failure in _failures_in(event):
            code = failure.get("code") or failure.get("type", "")
            title = failure.get("title", "check failed")
            first = (failure.get("message") or "").strip().splitlines()
            detail = f": {first[0][:160]}" if first else ""
            per_operation[failure.get("operation") or ""].add(f"{code} {title}{detail}".strip())
        error = event.get("NonFatalError")
        if error:
            value = error.get("value") or {}
            text = f"error: {value.get('type', '')}: {value.get('message', '')}"[:300]
            label = error.get("label", "")
            (per_operation[label] if error.get("related_to_operation", True) else run_level).add(text)
        fatal = event.get("FatalError")
        if fatal:
            run_level.add(f"fatal: {json.dumps(fatal)[:300]}")
    unnamed = per_operation.pop("", set())
    return {label: sorted(found) for label, found in per_operation.items()}, sorted(run_level | unnamed)


def _failures_in(node):
    """Every `failure` object under a `failure_info` anywhere in one event."""
    if isinstance(node, dict):
        info = node.get("failure_info")
        if isinstance(info, dict) and isinstance(info.get("failure"), dict):
            yield info["failure"]
        for value in node.values():
            yield from _failures_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from _failures_in(value)
