"""The principals the fuzz layer signs in as, signing them in through the API, and the lock state.

Sign-in goes through the same routes people use: residents by number and PIN, employees by e-mail,
password and a TOTP code computed from edge-api/seed/demo-accounts.json (RFC 6238, as
edge-api/itest/demo.mjs does). The session token travels as an explicit `Cookie` header: Python's
cookie jar never sends a `__Host-` (Secure) cookie over plain http, so a "signed-in" run would
otherwise go anonymous without a sign.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import struct
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
DEMO = json.loads((ROOT / "edge-api/seed/demo-accounts.json").read_text())
SESSION_COOKIE = "__Host-wegwijs-session"
TOTP_STEP_S = 30


@dataclass(frozen=True)
class Principal:
    name: str
    # The column of edge-api/authz-matrix.json this principal stands for.
    column: str
    account_id: str | None


# Anonymous first and admin last: an admin's generated writes may change other accounts, and a
# staff member's may move a resident; whoever runs later is checked (and signed in again) first.
PRINCIPALS = (
    Principal("anonymous", "anonymous", None),
    Principal("resident", "resident_own", "acct-res-amal"),
    Principal("trainer", "trainer", "acct-trainer-zwolle"),
    Principal("staff", "staff_here", "acct-staff-zwolle"),
    Principal("admin", "admin", "acct-admin"),
)


def totp(secret_b32: str, step: int) -> str:
    key = base64.b32decode(secret_b32.rstrip("=") + "=" * (-len(secret_b32.rstrip("=")) % 8))
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 15
    value = (struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{value:06d}"


class Api:
    """The server under test, called as the app's own page calls it (same Origin)."""

    def __init__(self, base: str):
        self.base = base.rstrip("/")
        self.http = requests.Session()

    def call(self, method: str, path: str, *, token: str | None = None, body=None) -> requests.Response:
        headers = {"Origin": self.base}
        if token:
            headers["Cookie"] = f"{SESSION_COOKIE}={token}"
        return self.http.request(method, self.base + path, headers=headers, json=body, timeout=30)

    def wait_until_answering(self, timeout_s: float = 90) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                if self.http.get(self.base + "/api/health", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.base} did not answer /api/health within {timeout_s:.0f} s")
            time.sleep(0.25)

    def session_of(self, token: str) -> str | None:
        """The account a session token is signed in as, or None when the session has ended."""
        answer = self.call("GET", "/api/session", token=token)
        answer.raise_for_status()
        view = answer.json()
        return view["account_id"] if view else None

    def sign_in(self, principal: Principal) -> str:
        """Signs the principal in and returns its session token."""
        account = principal.account_id
        employee = next((e for e in DEMO["employees"] if e["id"] == account), None)
        if employee is None:
            resident = next(r for r in DEMO["residents"] if r["id"] == account)
            answer = self.call(
                "POST",
                "/api/auth/resident-sign-in",
                body={"resident_number": resident["resident_number"], "pin": resident["pin"]},
            )
            return _token(principal, answer)
        # A TOTP code is single-use per step: a second sign-in of the same account within one step
        # uses the next step's code (accepted one step early); failing that, it waits for a step.
        for wait in (False, True):
            if wait:
                time.sleep(TOTP_STEP_S - time.time() % TOTP_STEP_S + 0.5)
            now_step = int(time.time()) // TOTP_STEP_S
            for step in (now_step, now_step + 1):
                answer = self.call(
                    "POST",
                    "/api/auth/staff-sign-in",
                    body={
                        "email": employee["email"],
                        "password": employee["password"],
                        "code": totp(employee["totp_secret"], step),
                    },
                )
                if answer.status_code != 401:
                    return _token(principal, answer)
        return _token(principal, answer)


def _token(principal: Principal, answer: requests.Response) -> str:
    if answer.status_code != 200:
        raise RuntimeError(f"{principal.name} sign-in: {answer.status_code} {answer.text[:300]}")
    match = re.search(SESSION_COOKIE + r"=([0-9a-f]+)", answer.headers.get("set-cookie", ""))
    if not match:
        raise RuntimeError(f"{principal.name} sign-in: no session cookie in {answer.headers}")
    return match.group(1)


def reset_lock_state(state_dir: Path) -> None:
    """Empties the sign-in failure counters, so no principal inherits another run's lock-out."""
    subprocess.run(
        [
            str(ROOT / "node_modules/.bin/wrangler"),
            "d1",
            "execute",
            "DB",
            "--local",
            "--persist-to",
            str(state_dir),
            "--command",
            "DELETE FROM signin_counters",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
