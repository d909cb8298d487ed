// The demo accounts (edge-api/seed/demo-accounts.json, the same file the seed is generated from)
// and helpers to sign them in against a running API from harness.mjs.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, sessionFrom } from "./harness.mjs";

export const DEMO = JSON.parse(readFileSync(join(ROOT, "edge-api/seed/demo-accounts.json"), "utf8"));
export const employee = (id) => DEMO.employees.find((e) => e.id === id);
export const resident = (id) => DEMO.residents.find((r) => r.id === id);

function base32(secret) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of secret.replace(/=+$/, "")) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 (SHA-1, 30 s, 6 digits) at `nowMs`. */
export function totp(secret, nowMs = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(nowMs / 1000 / 30)));
  const mac = createHmac("sha1", base32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

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
