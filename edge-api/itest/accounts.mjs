// Helpers to sign the demo accounts in against a running API from harness.mjs.
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
