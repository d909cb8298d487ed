// The argon2id pepper (`AUTH_PEPPER`) on real workerd + D1: with one configured, new PINs are
// hashed with it and work, while the demo hashes (made without a pepper) no longer verify, which
// shows the pepper really is part of every verification.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { test } from "node:test";
import { employee, resident, totp } from "./accounts.mjs";
import { apiForFile, expectProblem, query, sessionFrom } from "./harness.mjs";

const api = apiForFile({ vars: { AUTH_PEPPER: "test-pepper" } });

const MINUTE = 60_000;

test("with a pepper, demo credentials hashed without it are refused", async () => {
  const amal = resident("acct-res-amal");
  const pin = await api.call("/api/auth/resident-sign-in", {
    body: { resident_number: amal.resident_number, pin: amal.pin },
  });
  assert.equal((await expectProblem(assert, pin, 401)).type, "/problems/sign-in-failed");

  const staff = employee("acct-staff-zwolle");
  const now = Date.now();
  const password = await api.call("/api/auth/staff-sign-in", {
    body: { email: staff.email, password: staff.password, code: totp(staff.totp_secret, now) },
    now,
  });
  assert.equal((await expectProblem(assert, password, 401)).type, "/problems/sign-in-failed");
});

test("with a pepper, a new resident activates, signs in with the PIN, and the hash is argon2id", async () => {
  // The demo staff password cannot verify under the pepper, so the staff session is planted
  // directly: the table keeps only the token's SHA-256.
  const now = Date.now();
  const token = randomBytes(32).toString("hex");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  await query(
    api.persist,
    "INSERT INTO sessions (id, token_hash, account_id, created_at, last_seen_at, idle_ms, absolute_ms) " +
      `VALUES ('itest-pepper', '${tokenHash}', 'acct-staff-zwolle', ${now}, ${now}, ${30 * MINUTE}, ${720 * MINUTE})`,
  );
  const created = await api.call("/api/residents", {
    body: { preferred_name: "Peppered", resident_number: "3000000001", language: "fa", location_id: "loc-zwolle" },
    cookie: token,
    now,
  });
  assert.equal(created.status, 201);
  const { resident: newcomer, card } = await created.json();

  const activated = await api.call("/api/auth/activate", { body: { code: card.code, pin: "592014" }, now });
  assert.equal(activated.status, 200);
  assert.ok(sessionFrom(activated));
  const signIn = (pin) =>
    api.call("/api/auth/resident-sign-in", { body: { resident_number: "3000000001", pin }, now: now + MINUTE });
  const ok = await signIn("592014");
  assert.equal(ok.status, 200);
  assert.equal((await ok.json()).account_id, newcomer.id);
  assert.equal((await expectProblem(assert, await signIn("592015"), 401)).type, "/problems/sign-in-failed");

  const [row] = await query(api.persist, `SELECT pin_hash FROM residents WHERE account_id = '${newcomer.id}'`);
  assert.ok(row.pin_hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), row.pin_hash);
  assert.ok(!row.pin_hash.includes("592014"));
});
