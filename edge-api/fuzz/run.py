"""Drives the fuzz layer: signs every principal in, then runs Schemathesis once per principal against
the served OpenAPI document and judges each operation × principal (see scripts/fuzz-api.sh).

A test passes when Schemathesis found nothing wrong with any answer (no 5xx; every 4xx/5xx a problem
document, hooks.py; every answer's status, content type, headers and body as documented) and at least
one request went out. Vacuity guard: of the operations the policy (edge-api/authz-matrix.json)
allows a principal and not an anonymous caller, at least one must answer something other than
401/403; otherwise every one of them fails, since the run went anonymous.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import time
import traceback
from pathlib import Path

from principals import PRINCIPALS, ROOT, SESSION_COOKIE, Api, Principal, reset_lock_state
from report import print_outcomes, write_report
from tally import Outcome, read_answers, read_failures

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Session-ending and credential routes: the itest layer tests them (auth, sessions, employees).
# Fuzzing them would end the principal's own session, burn its TOTP steps, or lock the sign-in door.
EXCLUDED = (
    "POST /api/auth/sign-out",
    "POST /api/auth/sign-out-all",
    "DELETE /api/sessions/{id}",
    "POST /api/auth/activate",
    "POST /api/auth/resident-sign-in",
    "POST /api/auth/staff-sign-in",
    "POST /api/auth/invite/start",
    "POST /api/auth/invite/complete",
)
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "problem_details",
)
# Path parameter values that exist in the seed, offered beside generated ones so requests get past
# "not found" into the handlers. Per route, the matrix's targets are used too.
KNOWN_PARAMETER_VALUES = {
    "location_id": ["loc-zwolle", "loc-ter-apel"],
    "language": ["en", "nl", "ar", "uk"],
    "kind": ["article", "news", "vacancy"],
    "date": [(datetime.date.today() + datetime.timedelta(days=d)).isoformat() for d in range(8)],
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--state", required=True, type=Path, help="the server's D1 state folder")
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--principals", nargs="*", help="only these (default: all)")
    parser.add_argument("--schema", help="a local document instead of the served one (debugging)")
    parser.add_argument("--examples", type=int, default=int(os.environ.get("WEGWIJS_FUZZ_EXAMPLES", "15")))
    parser.add_argument("--denied-examples", type=int, default=2)
    parser.add_argument("--stateful-scenarios", type=int, default=40)
    # One worker: two gain little on two cores, and CPython 3.11.7's AST recursion check is not
    # thread-safe ("SystemError: AST constructor recursion depth mismatch" under two workers).
    parser.add_argument("--workers", default=os.environ.get("WEGWIJS_FUZZ_WORKERS", "1"))
    parser.add_argument(
        "--checks", default=",".join(CHECKS), help="Schemathesis checks (and problem_details)"
    )
    parser.add_argument("--seed", type=int, default=int(os.environ.get("WEGWIJS_FUZZ_SEED", "0")) or None)
    args = parser.parse_args()
    args.out, args.state = args.out.resolve(), args.state.resolve()
    started = time.monotonic()

    api = Api(args.base)
    api.wait_until_answering()
    document_source = args.schema or f"{api.base}/api/openapi.json"
    document = (
        json.loads(Path(args.schema).read_text())
        if args.schema
        else api.call("GET", "/api/openapi.json").json()
    )
    operations = [
        f"{method.upper()} {path}"
        for path, item in (document.get("paths") or {}).items()
        for method in item
        if method in HTTP_METHODS
    ]
    tested = [op for op in operations if op not in EXCLUDED]
    if not tested:
        print(f"fuzz: the document at {document_source} has no operation to test")
        print("fuzz: 0 passed, 1 failed")
        return 1
    matrix = json.loads((ROOT / "edge-api/authz-matrix.json").read_text())
    principals = [p for p in PRINCIPALS if not args.principals or p.name in args.principals]

    # The coverage phase enumerates every boundary of a request (each field missing, each type
    # wrong, each length limit): the same validation whoever sends it, and most of the requests.
    # It runs once per operation, as the last principal the policy lets in.
    coverage_owner = {
        op: next((p.name for p in reversed(principals) if allowed(matrix, op, p.column) is not False), None)
        for op in tested
    }
    # Every sign-in before the first hostile request, while no lock-out can be in force.
    tokens = {p.name: api.sign_in(p) for p in principals if p.account_id}
    outcomes: list[Outcome] = []
    timings: dict[str, float] = {}
    notes: list[str] = []
    seeds: list[str] = []
    for principal in principals:
        began = time.monotonic()
        reset_lock_state(args.state)
        token = tokens.get(principal.name)
        if token and api.session_of(token) != principal.account_id:
            notes.append(f"{principal.name}: session had ended before its run; signed in again")
            token = tokens[principal.name] = api.sign_in(principal)
        config = args.out / f"{principal.name}.toml"
        config.write_text(config_for(principal, tested, matrix, args, coverage_owner))
        code = run_schemathesis(principal, token, document_source, config, args)
        if token and api.session_of(token) != principal.account_id:
            notes.append(
                f"{principal.name}: the run's own requests ended its session (answers after that were 401)"
            )
        seed = re.search(r"^Seed: (\d+)", (args.out / f"{principal.name}.log").read_text(), re.M)
        if seed:
            seeds.append(f"`--principals {principal.name} --seed {seed.group(1)}`")
        outcomes += judge(principal, tested, matrix, args.out, code)
        timings[principal.name] = time.monotonic() - began

    print_outcomes(outcomes)
    repeat = "to repeat a principal's run: " + ", ".join(seeds)
    write_report(
        args.out / "report.md",
        outcomes,
        timings,
        [*notes, repeat],
        time.monotonic() - started,
        args,
        operations,
    )
    for note in notes:
        print(f"fuzz: note: {note}")
    failed = sum(not o.passed for o in outcomes)
    print(f"fuzz: {len(outcomes) - failed} passed, {failed} failed")
    return 1 if failed else 0


def allowed(matrix: dict, operation: str, column: str) -> bool | None:
    row = matrix["routes"].get(operation)
    return None if row is None else row.get(column) == "allow"


def config_for(principal: Principal, tested: list[str], matrix: dict, args, coverage_owner: dict) -> str:
    """Schemathesis configuration: the full budget where the policy lets the principal in, a few
    examples elsewhere (where every answer is the same 401/403), the coverage phase only where
    this principal owns it, and no stateful phase for anonymous callers (public reads link to
    nothing they may write)."""
    if principal.account_id:
        lines = [
            "[generation]",
            "with-security-parameters = false",
            "[phases.stateful]",
            f"generation.max-examples = {args.stateful_scenarios}",
            "",
        ]
    else:
        lines = ["[phases.stateful]", "enabled = false", ""]
    dictionaries: dict[str, list[str]] = {}
    for operation in tested:
        permitted = allowed(matrix, operation, principal.column) is not False
        lines += ["[[operations]]", f"include-name = {json.dumps(operation)}"]
        lines.append(f"generation.max-examples = {args.examples if permitted else args.denied_examples}")
        if coverage_owner[operation] != principal.name:
            lines.append("phases.coverage.enabled = false")
        if not permitted:
            lines.append("phases.stateful.enabled = false")
        bindings = []
        for name in path_parameters(operation):
            values = sorted(set(known_values(matrix, operation, name)))
            if values:
                key = f"{name}-{len(dictionaries)}"
                dictionaries[key] = values
                bindings.append(f'"path.{name}" = {{ dictionary = "{key}", probability = 0.5 }}')
        if bindings:
            lines.append(f"parameters = {{ {', '.join(bindings)} }}")
        lines.append("")
    for key, values in dictionaries.items():
        lines += [f"[dictionaries.{json.dumps(key)}]", f"values = {json.dumps(values)}", ""]
    return "\n".join(lines)


def path_parameters(operation: str) -> list[str]:
    return [part[1:-1] for part in operation.split(" ", 1)[1].split("/") if part.startswith("{")]


def known_values(matrix: dict, operation: str, name: str) -> list[str]:
    values = list(KNOWN_PARAMETER_VALUES.get(name, []))
    if name == "id":
        values += strings_in(matrix["targets"].get(operation, {}))
    return values


def strings_in(node) -> list[str]:
    """Object ids named in a matrix target (`{"resident": "acct-res-amal"}`, `{"service": {"id": …}}`)."""
    if isinstance(node, str):
        return [node] if "-" in node else []
    if isinstance(node, dict):
        if "id" in node:
            return strings_in(node["id"])
        return [s for value in node.values() for s in strings_in(value)]
    return []


def run_schemathesis(principal: Principal, token: str | None, source: str, config: Path, args) -> int:
    out = args.out
    record = out / f"{principal.name}.answers.jsonl"
    env = dict(
        os.environ,
        SCHEMATHESIS_HOOKS="hooks",
        PYTHONPATH=str(Path(__file__).parent),
        WEGWIJS_FUZZ_RECORD=str(record),
    )
    headers = ["-H", f"Origin: {args.base}"]
    if token:
        headers += ["-H", f"Cookie: {SESSION_COOKIE}={token}"]
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        source,
        *(["--url", args.base] if args.schema else []),
        *headers,
        "--checks",
        args.checks,
        *[arg for operation in EXCLUDED for arg in ("--exclude-name", operation)],
        "--max-examples",
        str(args.examples),
        "--continue-on-failure",
        "--report",
        "ndjson",
        "--report-ndjson-path",
        str(out / f"{principal.name}.ndjson"),
        "--workers",
        str(args.workers),
        "--generation-database",
        "none",
        "--no-color",
        "--warnings",
        "off",
        *(["--seed", str(args.seed)] if args.seed else []),
    ]
    with open(out / f"{principal.name}.log", "w") as log:
        return subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=out).returncode


def judge(principal: Principal, tested: list[str], matrix: dict, out: Path, code: int) -> list[Outcome]:
    answers = read_answers(out / f"{principal.name}.answers.jsonl")
    failures, run_level = read_failures(out / f"{principal.name}.ndjson")
    outcomes = []
    for operation in tested:
        outcome = answers.get(operation) or Outcome(operation, "", None)
        outcome.principal = principal.name
        outcome.allowed = allowed(matrix, operation, principal.column)
        outcome.problems += failures.pop(operation, [])
        if outcome.sent == 0:
            outcome.problems.append("no request sent")
        outcomes.append(outcome)
    guard = [
        o
        for o in outcomes
        if o.allowed and (principal.account_id is None or allowed(matrix, o.operation, "anonymous") is False)
    ]
    if not any(o.past_authorization for o in guard):
        for o in guard:
            o.problems.append("vacuous run: no operation this principal may call got past authorization")
    run = Outcome("(run)", principal.name, None, sent=sum(o.sent for o in outcomes))
    run.problems += run_level + [f"{label}: {p}" for label, found in failures.items() for p in found]
    if not guard:
        run.problems.append("the document has no operation that proves this principal is signed in")
    if code != 0 and not run.problems and all(o.passed for o in outcomes):
        run.problems.append(f"schemathesis exited {code} (see {out / principal.name}.log)")
    return outcomes + ([run] if run.problems else [])


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception:  # a driver that cannot finish still ends with the counting line
        traceback.print_exc()
        print("fuzz: 0 passed, 1 failed")
        sys.exit(1)
