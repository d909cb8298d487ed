"""The fuzz layer's output: one line per operation × principal, and a Markdown report with the
per-operation table (requests sent / answers past authorization per principal) and the timings."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tally import Outcome


def policy(outcome: Outcome) -> str:
    return {True: "allow", False: "deny", None: "?"}[outcome.allowed]


def print_outcomes(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        verdict = "ok  " if o.passed else "FAIL"
        counts = f"sent {o.sent}, past authz {o.past_authorization}"
        if o.platform:
            counts += f", platform {o.platform}"
        print(f"fuzz {verdict} {o.principal:9} {o.operation:58} {policy(o):5} {counts}")
        for problem in o.problems:
            print(f"       - {problem}")


def write_report(path: Path, outcomes, timings, notes, total_s, args, operations) -> None:
    principals = list(timings)
    table: dict[str, dict[str, Outcome]] = {}
    for o in outcomes:
        if o.operation != "(run)":
            table.setdefault(o.operation, {})[o.principal] = o
    failed = [o for o in outcomes if not o.passed]
    statuses = Counter()
    for o in outcomes:
        statuses.update(o.statuses)
    sent = sum(o.sent for o in outcomes if o.operation != "(run)")
    lines = [
        "# Schemathesis layer",
        "",
        f"{len(outcomes) - len(failed)} passed, {len(failed)} failed; {sent} requests in {total_s:.0f} s; "
        f"{len(operations)} operations in the document, {len(table)} fuzzed.",
        f"Examples per operation: {args.examples} where the policy allows the principal, "
        f"{args.denied_examples} (no coverage phase) where it denies it.",
        "",
        "Requests: those with the operation's own method; by phase: every request (the coverage phase",
        "also probes other methods). Server time: the summed response times.",
        "",
        "| principal | seconds | server s | requests | past authorization | platform | by phase |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name in principals:
        mine = [o for o in outcomes if o.principal == name and o.operation != "(run)"]
        phases = sum((o.phases for o in mine), Counter())
        cells = [
            name,
            f"{timings[name]:.0f}",
            f"{sum(o.server_ms for o in mine) / 1000:.0f}",
            str(sum(o.sent for o in mine)),
            str(sum(o.past_authorization for o in mine)),
            str(sum(o.platform for o in mine)),
            ", ".join(f"{phase} {n}" for phase, n in phases.most_common()),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "Statuses: " + ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())), ""]
    if notes:
        lines += ["Notes:", *[f"- {n}" for n in notes], ""]
    lines += [
        "Cells: requests sent / answers past authorization (not 401/403), the policy's cell;"
        " ✗ marks a failed test.",
        "",
        "| operation | " + " | ".join(principals) + " |",
        "| --- | " + " | ".join("---" for _ in principals) + " |",
    ]
    for operation, cells in table.items():
        row = []
        for name in principals:
            o = cells.get(name)
            row.append(
                "" if o is None else f"{o.sent}/{o.past_authorization} {policy(o)}{'' if o.passed else ' ✗'}"
            )
        lines.append(f"| `{operation}` | " + " | ".join(row) + " |")
    if failed:
        lines += ["", "## Failures", ""]
        for o in failed:
            lines.append(f"- {o.principal} `{o.operation}`")
            lines += [f"  - {p}" for p in o.problems]
    path.write_text("\n".join(lines) + "\n")
