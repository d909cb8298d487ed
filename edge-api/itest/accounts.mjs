// Helpers to sign the demo accounts in against a running API from harness.mjs, and to make new
// residents the way staff and residents do it.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { sessionFrom } from "./harness.mjs";
import { employee, resident, totp } from "./demo.mjs";

export { DEMO, employee, resident, totp } from "./demo.mjs";

/**
 * Signs a demo employee in. TOTP codes are single-use per 30 s step, so each call uses its own
 * step: pass a distinct `now` (the test clock) when one account signs in more than once.
 */
export async function signInEmployee(api, id, { now = Date.now() } = {}) {
  const e = employee(id);
  const response = await api.call("/api/auth/staff-sign-in", {
    body: { email: e.email, password: e.password, code: totp(e.totp_secret, now) },
    now,
  });
  if (response.status !== 200) throw new Error(`${id} sign-in: ${response.status} ${await response.text()}`);
  return sessionFrom(response);
}

export async function signInResident(api, id, { now } = {}) {
  const r = resident(id);
  const response = await api.call("/api/auth/resident-sign-in", {
    body: { resident_number: r.resident_number, pin: r.pin },
    now,
  });
  if (response.status !== 200) throw new Error(`${id} sign-in: ${response.status} ${await response.text()}`);
  return sessionFrom(response);
}

/**
 * Registers one resident per name at `location` as staff do (with the `staff` session), and
 * activates each card as the resident does: `[{ id, name, cookie }]`. Resident numbers are
 * `numberPrefix` and the index in two digits, padded to ten digits.
 */
export async function registerResidents(api, staff, names, { now, location = "loc-zwolle", language = "en", numberPrefix }) {
  const made = [];
  for (const [i, name] of names.entries()) {
    const created = await api.call("/api/residents", {
      body: {
        preferred_name: name,
        resident_number: `${numberPrefix}${String(i).padStart(2, "0")}`.padStart(10, "0"),
        language,
        location_id: location,
      },
      cookie: staff,
      now,
      headers: { "idempotency-key": randomUUID() },
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { resident, card } = await created.json();
    const activated = await api.call("/api/auth/activate", { body: { code: card.code, pin: "604817" }, now });
    assert.equal(activated.status, 200, await activated.clone().text());
    made.push({ id: resident.id, name, cookie: sessionFrom(activated) });
  }
  return made;
}
