// PUT /api/me/language on real workerd + D1: the app language remembered on the signed-in
// person's own account, read back through the session, validated, only ever the caller's own, and
// delivered once through the Idempotency-Key machinery like every queued write.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { expectFieldError, forwardClock, whoAmI } from "./checks.mjs";
import { apiForFile, expectProblem } from "./harness.mjs";

const api = apiForFile();

const time = forwardClock();

/** PUT /api/me/language; `body` as an object, or raw text. */
async function setLanguage(cookie, body, key = randomUUID()) {
  const response = await api.call("/api/me/language", {
    method: "PUT",
    body,
    cookie,
    now: time.now,
    headers: key === null ? {} : { "idempotency-key": key },
  });
  return {
    response,
    status: response.status,
    text: await response.clone().text(),
    replayed: response.headers.get("idempotent-replayed"),
  };
}

const languageOf = async (cookie) => (await whoAmI(api, cookie, time.now)).language;

test("set, read back through the session, and carried by the next sign-in's answer", async () => {
  const amal = await signInResident(api, "acct-res-amal", { now: time.now });
  assert.equal(await languageOf(amal), null, "no language chosen on the account yet");

  const set = await setLanguage(amal, { language: "fa" });
  assert.equal(set.status, 200, set.text);
  assert.deepEqual(JSON.parse(set.text), { language: "fa" });
  assert.equal(await languageOf(amal), "fa");

  // Another device: the sign-in answer itself names the account's language.
  const response = await api.call("/api/auth/resident-sign-in", {
    body: { resident_number: "1000000001", pin: "482913" },
    now: time.now,
  });
  assert.equal(response.status, 200);
  assert.equal((await response.json()).language, "fa");

  // Employees too (their sign-in door is another query).
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: time.tick() });
  assert.equal(await languageOf(staff), null);
  assert.equal((await setLanguage(staff, { language: "nl" })).status, 200);
  assert.equal(await languageOf(staff), "nl");
  const again = await signInEmployee(api, "acct-staff-zwolle", { now: time.tick() });
  assert.equal(await languageOf(again), "nl");
});

test("an unknown code is a problem naming the field; nothing changes", async () => {
  const dawit = await signInResident(api, "acct-res-dawit", { now: time.now });
  assert.equal((await setLanguage(dawit, { language: "ti" })).status, 200);
  for (const bad of ["xx", "", "AR", "de"]) {
    const { response } = await setLanguage(dawit, { language: bad });
    await expectFieldError(response, "language", "unknown_language");
  }
  const missing = await setLanguage(dawit, {});
  const problem = await expectProblem(assert, missing.response, missing.status);
  assert.ok([400, 422].includes(missing.status), `${missing.status}`);
  assert.deepEqual(
    problem.errors.map((e) => e.field),
    ["language"],
  );
  assert.equal(await languageOf(dawit), "ti");
});

test("nobody sets another person's language: the route names no account, a body naming one is refused", async () => {
  const amal = await signInResident(api, "acct-res-amal", { now: time.now });
  const dawit = await signInResident(api, "acct-res-dawit", { now: time.now });
  const admin = await signInEmployee(api, "acct-admin", { now: time.tick() });
  assert.equal((await setLanguage(amal, { language: "ar" })).status, 200);

  // Each caller changes only their own account.
  assert.equal((await setLanguage(dawit, { language: "so" })).status, 200);
  assert.equal((await setLanguage(admin, { language: "tr" })).status, 200);
  assert.equal(await languageOf(amal), "ar");
  assert.equal(await languageOf(dawit), "so");
  assert.equal(await languageOf(admin), "tr");

  // Smuggling an account into the body is a malformed body, not a way in.
  const smuggled = await setLanguage(admin, { language: "ru", account_id: "acct-res-amal" });
  const problem = await expectProblem(assert, smuggled.response, 400);
  assert.equal(problem.type, "/problems/malformed-body");
  assert.equal(await languageOf(amal), "ar");
  assert.equal(await languageOf(admin), "tr");

  // Signed out: 401, like every non-public route.
  const anonymous = await setLanguage(null, { language: "ar" });
  const refused = await expectProblem(assert, anonymous.response, 401);
  assert.equal(refused.type, "/problems/unauthenticated");
});

test("idempotent: a replay returns the first answer byte for byte and acts once, also from a later session", async () => {
  const amal = await signInResident(api, "acct-res-amal", { now: time.now });
  const key = randomUUID();
  const first = await setLanguage(amal, { language: "uk" }, key);
  assert.equal(first.status, 200);
  assert.equal(first.replayed, null);

  // A newer choice under another key, then the old one arrives again (the queue never saw its
  // answer): replayed, and the newer choice stands.
  assert.equal((await setLanguage(amal, { language: "ckb" })).status, 200);
  const later = await signInResident(api, "acct-res-amal", { now: time.tick() });
  const replay = await setLanguage(later, { language: "uk" }, key);
  assert.equal(replay.status, 200);
  assert.equal(replay.replayed, "true");
  assert.equal(replay.text, first.text);
  assert.equal(await languageOf(later), "ckb");

  // The same key with another body is a reused key, not a second change.
  const reused = await setLanguage(later, { language: "ru" }, key);
  const problem = await expectProblem(assert, reused.response, 422);
  assert.equal(problem.type, "/problems/idempotency-key-reused");
  assert.equal(await languageOf(later), "ckb");

  // Keys are per account: Dawit's request under Amal's key is his own, new change.
  const dawit = await signInResident(api, "acct-res-dawit", { now: time.now });
  const his = await setLanguage(dawit, { language: "uk" }, key);
  assert.equal(his.status, 200);
  assert.equal(his.replayed, null);
  assert.equal(await languageOf(dawit), "uk");
  assert.equal(await languageOf(later), "ckb");
});
