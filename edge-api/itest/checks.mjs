// Small assertions and helpers the auth, employees and sessions tests share.
import assert from "node:assert/strict";
import { totp } from "./accounts.mjs";
import { expectProblem } from "./harness.mjs";

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

/**
 * A test clock for one file that only moves forward: a TOTP step is single-use per account, so
 * every employee sign-in needs a later 30 s step than the one before it.
 */
export function forwardClock(start = Date.now()) {
  const clock = {
    now: start,
    tick: (ms = 30_000) => (clock.now += ms),
  };
  return clock;
}

/** The session cookie as sign-in sets it, living as long as the role's absolute timeout. */
export const sessionCookie = (maxAgeS) =>
  new RegExp(`^__Host-wegwijs-session=[0-9a-f]{64}; Path=/; Max-Age=${maxAgeS}; Secure; HttpOnly; SameSite=Lax$`);

export const pick = (object, keys) => Object.fromEntries(keys.map((k) => [k, object[k]]));

/** Asserts a 422 naming exactly one field with `code`, and returns the problem. */
export async function expectFieldError(response, field, code) {
  const problem = await expectProblem(assert, response, 422);
  assert.equal(problem.type, "/problems/validation-failed");
  assert.deepEqual(
    problem.errors.map((e) => [e.field, e.code]),
    [[field, code]],
  );
  return problem;
}

/** GET /api/session: the session view, or null when the cookie names no live session. */
export async function whoAmI(api, cookie, now) {
  const response = await api.call("/api/session", { cookie, now });
  assert.equal(response.status, 200);
  return response.json();
}

/** A six-digit code that is valid in none of the steps the server accepts at `now` (±1 step). */
export function wrongCode(secret, now) {
  const valid = new Set([-1, 0, 1].map((step) => totp(secret, now + step * 30_000)));
  let code = 0;
  while (valid.has(String(code).padStart(6, "0"))) code++;
  return String(code).padStart(6, "0");
}
