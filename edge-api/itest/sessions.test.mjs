// Sessions on real workerd + D1: rotation on sign-in, "my sessions", ending one, this or all of
// them, idle and absolute expiry under the test clock, and the CSRF origin check on writes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { resident, signInEmployee, signInResident } from "./accounts.mjs";
import { DAY, MINUTE, forwardClock, whoAmI as whoAmIOn } from "./checks.mjs";
import { SESSION_COOKIE, apiForFile, expectProblem, sessionFrom } from "./harness.mjs";

const api = apiForFile();

const time = forwardClock();
const tick = time.tick;
const whoAmI = (cookie, now = time.now) => whoAmIOn(api, cookie, now);

/** GET /api/sessions, which (unlike /api/session) needs a live session: 401 otherwise. */
async function mySessions(cookie, now = time.now) {
  const response = await api.call("/api/sessions", { cookie, now });
  assert.equal(response.status, 200);
  return response.json();
}

async function expectSignedOut(cookie, now = time.now) {
  assert.equal(await whoAmI(cookie, now), null);
  const problem = await expectProblem(assert, await api.call("/api/sessions", { cookie, now }), 401);
  assert.equal(problem.type, "/problems/unauthenticated");
}

/** The id of the session `cookie` belongs to, as "my sessions" marks it. */
async function sessionId(cookie) {
  const current = (await mySessions(cookie)).filter((s) => s.current);
  assert.equal(current.length, 1);
  return current[0].id;
}

test("rotation: signing in with a session cookie ends that session and issues a new token", async () => {
  const amal = resident("acct-res-amal");
  const first = await signInResident(api, "acct-res-amal", { now: tick() });
  assert.equal((await whoAmI(first)).account_id, "acct-res-amal");

  const again = await api.call("/api/auth/resident-sign-in", {
    body: { resident_number: amal.resident_number, pin: amal.pin },
    cookie: first,
    now: time.now,
  });
  assert.equal(again.status, 200);
  const second = sessionFrom(again);
  assert.match(second, /^[0-9a-f]{64}$/);
  assert.notEqual(second, first);
  await expectSignedOut(first);
  assert.equal((await whoAmI(second)).account_id, "acct-res-amal");
  assert.equal((await mySessions(second)).length, 1);
});

test("my sessions: listing, ending another own session, and not someone else's", async () => {
  tick();
  const phone = await signInResident(api, "acct-res-amal", { now: time.now });
  const laptop = await signInResident(api, "acct-res-amal", { now: tick(1000) });
  const dawit = await signInResident(api, "acct-res-dawit", { now: time.now });

  const phoneId = await sessionId(phone);
  const laptopId = await sessionId(laptop);
  const dawitId = await sessionId(dawit);
  assert.notEqual(phoneId, laptopId);
  // Every live session of the account is listed (the rotation test left one too), and only the
  // asking one is current.
  const listed = await mySessions(phone);
  assert.equal(listed.length, 3);
  assert.deepEqual(
    listed.filter((s) => s.current).map((s) => s.id),
    [phoneId],
  );
  assert.ok(listed.some((s) => s.id === laptopId));
  assert.ok(!listed.some((s) => s.id === dawitId));
  for (const s of listed) {
    assert.match(s.id, /^[0-9a-f]{32}$/);
    assert.equal(typeof s.device, "string");
    assert.ok(s.created_at_ms <= s.last_seen_at_ms);
  }

  // From the phone, end the laptop's session: the phone stays signed in, keeps its cookie.
  const ended = await api.call(`/api/sessions/${laptopId}`, { method: "DELETE", cookie: phone, now: time.now });
  assert.equal(ended.status, 200);
  assert.deepEqual(await ended.json(), { sessions_ended: 1 });
  assert.equal(ended.headers.get("set-cookie"), null);
  await expectSignedOut(laptop);
  assert.equal((await whoAmI(phone)).account_id, "acct-res-amal");
  assert.ok(!(await mySessions(phone)).some((s) => s.id === laptopId));

  // Another resident's session is not Amal's to end, and it lives on.
  const denied = await api.call(`/api/sessions/${dawitId}`, { method: "DELETE", cookie: phone, now: time.now });
  assert.equal((await expectProblem(assert, denied, 403)).type, "/problems/forbidden");
  assert.equal((await whoAmI(dawit)).account_id, "acct-res-dawit");
  // Nor an admin's: sessions are only ever their owner's.
  const admin = await signInEmployee(api, "acct-admin", { now: time.now });
  const byAdmin = await api.call(`/api/sessions/${dawitId}`, { method: "DELETE", cookie: admin, now: time.now });
  assert.equal(byAdmin.status, 403);
  assert.equal((await whoAmI(dawit)).account_id, "acct-res-dawit");

  const nobody = "0".repeat(32);
  const unknown = await api.call(`/api/sessions/${nobody}`, { method: "DELETE", cookie: phone, now: time.now });
  assert.equal((await expectProblem(assert, unknown, 404)).type, "/problems/not-found");
  // Without a session, the route is closed.
  const anonymous = await api.call(`/api/sessions/${dawitId}`, { method: "DELETE", now: time.now });
  assert.equal((await expectProblem(assert, anonymous, 401)).type, "/problems/unauthenticated");
});

test("sign-out ends this session and clears the cookie; sign-out-all ends every one", async () => {
  const session = await signInResident(api, "acct-res-dawit", { now: tick() });
  const out = await api.call("/api/auth/sign-out", { method: "POST", cookie: session, now: time.now });
  assert.equal(out.status, 200);
  assert.deepEqual(await out.json(), { sessions_ended: 1 });
  assert.equal(
    out.headers.get("set-cookie"),
    `${SESSION_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`,
  );
  await expectSignedOut(session);
  // Signing out twice is not possible: the token is dead.
  const twice = await api.call("/api/auth/sign-out", { method: "POST", cookie: session, now: time.now });
  assert.equal(twice.status, 401);

  const amal = await Promise.all([1, 2, 3].map(() => signInResident(api, "acct-res-amal", { now: time.now })));
  const dawit = await signInResident(api, "acct-res-dawit", { now: time.now });
  const live = (await mySessions(amal[0])).length;
  assert.ok(live >= 3, `${live}`);
  const all = await api.call("/api/auth/sign-out-all", { method: "POST", cookie: amal[0], now: time.now });
  assert.equal(all.status, 200);
  assert.deepEqual(await all.json(), { sessions_ended: live });
  assert.match(all.headers.get("set-cookie"), /Max-Age=0;/);
  for (const token of amal) await expectSignedOut(token);
  // Only Amal's sessions.
  assert.equal((await whoAmI(dawit)).account_id, "acct-res-dawit");
});

test("idle expiry: a staff session lives 30 minutes past its last use, and each use slides it", async () => {
  const t0 = tick();
  const busy = await signInEmployee(api, "acct-staff-zwolle", { now: t0 });
  const unused = await signInEmployee(api, "acct-staff-terapel", { now: t0 });
  const view = await whoAmI(busy, t0);
  assert.equal(view.idle_timeout_ms, 30 * MINUTE);
  assert.equal(view.expires_at_ms, t0 + 12 * 60 * MINUTE);

  assert.equal((await whoAmI(busy, t0 + 29 * MINUTE)).account_id, "acct-staff-zwolle");
  // Without that use this would be past the idle limit.
  assert.equal((await whoAmI(busy, t0 + 58 * MINUTE)).account_id, "acct-staff-zwolle");
  await expectSignedOut(busy, t0 + 58 * MINUTE + 30 * MINUTE);

  // The same role, not used at all: dead exactly 30 minutes after sign-in.
  await expectSignedOut(unused, t0 + 30 * MINUTE);
  tick(90 * MINUTE);
});

test("absolute expiry: sessions die at their role's limit however busy they are", async () => {
  // A resident (idle 7 days, absolute 30 days) using the app every 6 days.
  const t0 = tick();
  const busy = await signInResident(api, "acct-res-dawit", { now: t0 });
  const idle = await signInResident(api, "acct-res-dawit", { now: t0 });
  assert.equal((await whoAmI(busy, t0)).expires_at_ms, t0 + 30 * DAY);
  for (const day of [6, 12, 18, 24]) {
    assert.equal((await whoAmI(busy, t0 + day * DAY)).account_id, "acct-res-dawit", `day ${day}`);
  }
  assert.equal((await whoAmI(busy, t0 + 30 * DAY - MINUTE)).account_id, "acct-res-dawit");
  await expectSignedOut(busy, t0 + 30 * DAY);
  // The other session, left alone, went at 7 days.
  await expectSignedOut(idle, t0 + 7 * DAY);

  // A trainer (idle 2 h, absolute 12 h) busy every 110 minutes dies at 12 h.
  const t1 = t0 + 31 * DAY;
  const trainer = await signInEmployee(api, "acct-trainer-zwolle", { now: t1 });
  for (let t = t1 + 110 * MINUTE; t < t1 + 12 * 60 * MINUTE; t += 110 * MINUTE) {
    assert.equal((await whoAmI(trainer, t)).role, "trainer");
  }
  assert.equal((await whoAmI(trainer, t1 + 12 * 60 * MINUTE - 1)).role, "trainer");
  await expectSignedOut(trainer, t1 + 12 * 60 * MINUTE);
  time.now = t1 + 13 * 60 * MINUTE;
});

test("CSRF: state-changing requests must come from the app's own origin", async () => {
  const amal = resident("acct-res-amal");
  const now = { "x-wegwijs-test-now-ms": String(tick()) };
  const post = (headers) =>
    api.fetch("/api/auth/resident-sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", ...now, ...headers },
      body: JSON.stringify({ resident_number: amal.resident_number, pin: amal.pin }),
    });
  for (const headers of [
    { origin: "https://evil.example" },
    { "sec-fetch-site": "cross-site" },
    {},
    // An Origin header wins over a same-origin claim in sec-fetch-site.
    { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
  ]) {
    const response = await post(headers);
    const problem = await expectProblem(assert, response, 403);
    assert.equal(problem.type, "/problems/cross-site-request", JSON.stringify(headers));
    assert.equal(response.headers.get("set-cookie"), null);
  }
  // A browser that sends no Origin but says same-origin gets through.
  assert.equal((await post({ "sec-fetch-site": "same-origin" })).status, 200);

  // A forged sign-out or session revocation with a valid cookie ends nothing.
  const session = await signInResident(api, "acct-res-amal", { now: time.now });
  const id = await sessionId(session);
  const cookie = { cookie: `${SESSION_COOKIE}=${session}`, ...now };
  for (const [method, path] of [
    ["POST", "/api/auth/sign-out"],
    ["POST", "/api/auth/sign-out-all"],
    ["DELETE", `/api/sessions/${id}`],
  ]) {
    const forged = await api.fetch(path, { method, headers: { origin: "https://evil.example", ...cookie } });
    assert.equal((await expectProblem(assert, forged, 403)).type, "/problems/cross-site-request", path);
  }
  // Reads need no Origin, and the session survived.
  const read = await api.fetch("/api/session", { headers: cookie });
  assert.equal(read.status, 200);
  assert.equal((await read.json()).account_id, "acct-res-amal");
  assert.equal((await api.fetch("/api/locations")).status, 200);
});
