// Residents' doors on real workerd + D1: activation cards, PIN sign-in and its lock-out, and the
// audit trail these doors and looks at residents' records leave (the last test reads what the
// earlier ones wrote).
import assert from "node:assert/strict";
import { test } from "node:test";
import { resident, signInEmployee, signInResident } from "./accounts.mjs";
import { DAY, MINUTE, expectFieldError, forwardClock, pick, sessionCookie, whoAmI as whoAmIOn } from "./checks.mjs";
import { apiForFile, expectProblem, query, sessionFrom } from "./harness.mjs";

const api = apiForFile();

const time = forwardClock();
const tick = time.tick;

// Request ids of responses that must have left an audit line, checked by the audit test.
const audited = {};
const rid = (response) => response.headers.get("x-request-id");

const activate = (code, pin, now = time.now) => api.call("/api/auth/activate", { body: { code, pin }, now });
const pinSignIn = (resident_number, pin, now = time.now) =>
  api.call("/api/auth/resident-sign-in", { body: { resident_number, pin }, now });
const whoAmI = (cookie, now = time.now) => whoAmIOn(api, cookie, now);

/** A Zwolle staff member registers a new resident; returns the 201 body (resident + card). */
let nextNumber = 2000000001;
async function createResident(staffCookie, now = time.now) {
  const response = await api.call("/api/residents", {
    body: {
      preferred_name: "Test Resident",
      resident_number: String(nextNumber++),
      language: "ar",
      location_id: "loc-zwolle",
    },
    cookie: staffCookie,
    now,
  });
  assert.equal(response.status, 201, await response.clone().text());
  const created = await response.json();
  assert.match(created.card.code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return { ...created, requestId: rid(response) };
}

test("activation: a seeded card sets a PIN, signs in, and is then used up", async () => {
  const oksana = resident("acct-res-oksana");
  // Typed the way people do: lower case, spaces instead of dashes.
  const response = await activate(oksana.activation_code.toLowerCase().replaceAll("-", " "), "135792");
  assert.equal(response.status, 200);
  audited.activated = rid(response);
  assert.match(response.headers.get("set-cookie"), sessionCookie(30 * 24 * 3600));
  const view = await response.json();
  assert.equal(view.account_id, "acct-res-oksana");
  assert.equal(view.role, "resident");

  const me = await whoAmI(sessionFrom(response));
  assert.deepEqual(
    pick(me, ["account_id", "role", "display_name", "location_ids", "language"]),
    {
      account_id: "acct-res-oksana",
      role: "resident",
      display_name: "Oksana",
      location_ids: ["loc-zwolle"],
      // The app language the person chose on the account: none yet (her registration language,
      // Ukrainian, is on her resident record).
      language: null,
    },
  );
  // The chosen PIN is the one that signs in from now on.
  assert.equal((await pinSignIn(oksana.resident_number, "135792")).status, 200);

  await expectFieldError(await activate(oksana.activation_code, "246801"), "code", "activation_code_used");
  await expectFieldError(await activate("ABCD-EFGH-JKMN", "246801"), "code", "activation_code_unknown");
  await expectFieldError(await activate("ABC", "246801"), "code", "wrong_length");

  // Stored: the account is active, the PIN only as an argon2id hash, the code marked used.
  const [row] = await query(
    api.persist,
    "SELECT a.status, r.pin_hash, (SELECT count(*) FROM activation_codes c " +
      "WHERE c.account_id = a.id AND c.used_at IS NOT NULL) AS used " +
      "FROM accounts a JOIN residents r ON r.account_id = a.id WHERE a.id = 'acct-res-oksana'",
  );
  assert.equal(row.status, "active");
  assert.match(row.pin_hash, /^\$argon2id\$/);
  assert.equal(row.used, 1);
});

test("activation: easy PINs, expiry after 14 days, and replaced cards", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const first = await createResident(staff);
  audited.resident_created = { requestId: first.requestId, resident: first.resident.id };
  assert.equal(first.resident.status, "pending");
  assert.equal(first.card.expires_at_ms, time.now + 14 * DAY);

  // A refused PIN does not use the code up.
  await expectFieldError(await activate(first.card.code, "123456"), "pin", "too_easy");
  await expectFieldError(await activate(first.card.code, "777777"), "pin", "too_easy");
  const fifteenDaysLater = await activate(first.card.code, "246801", time.now + 15 * DAY);
  await expectFieldError(fifteenDaysLater, "code", "activation_code_expired");

  const reissued = await api.call(`/api/residents/${first.resident.id}/activation-card`, {
    method: "POST",
    cookie: staff,
    now: tick(MINUTE),
  });
  assert.equal(reissued.status, 200);
  audited.activation_card_issued = { requestId: rid(reissued), resident: first.resident.id };
  const second = await reissued.json();
  assert.notEqual(second.code, first.card.code);
  assert.equal(second.resident_id, first.resident.id);

  await expectFieldError(await activate(first.card.code, "246801"), "code", "activation_code_replaced");
  const activated = await activate(second.code, "246801");
  assert.equal(activated.status, 200);
  const session = sessionFrom(activated);
  assert.equal((await whoAmI(session)).account_id, first.resident.id);
  assert.equal((await pinSignIn(first.resident.resident_number, "246801")).status, 200);

  // A new card (the answer to a forgotten PIN) ends every session and clears the PIN.
  const third = await api.call(`/api/residents/${first.resident.id}/activation-card`, {
    method: "POST",
    cookie: staff,
    now: tick(MINUTE),
  });
  assert.equal(third.status, 200);
  assert.equal(await whoAmI(session), null);
  const sessions = await api.call("/api/sessions", { cookie: session, now: time.now });
  const gone = await expectProblem(assert, sessions, 401);
  assert.equal(gone.type, "/problems/unauthenticated");
  const oldPin = await expectProblem(assert, await pinSignIn(first.resident.resident_number, "246801"), 401);
  assert.equal(oldPin.type, "/problems/sign-in-failed");
  const card = await third.json();
  assert.equal((await activate(card.code, "918273")).status, 200);
  assert.equal((await pinSignIn(first.resident.resident_number, "918273")).status, 200);
});

test("PIN sign-in: right, wrong, unknown and malformed resident numbers", async () => {
  const amal = resident("acct-res-amal");
  tick();
  const ok = await pinSignIn(amal.resident_number, amal.pin);
  assert.equal(ok.status, 200);
  audited.sign_in = { requestId: rid(ok), resident: "acct-res-amal" };
  assert.equal((await ok.json()).account_id, "acct-res-amal");
  assert.ok(sessionFrom(ok));

  const wrong = await pinSignIn(amal.resident_number, "000111");
  audited.sign_in_failed = { requestId: rid(wrong), resident: "acct-res-amal" };
  const wrongProblem = await expectProblem(assert, wrong, 401);
  assert.equal(wrongProblem.type, "/problems/sign-in-failed");
  assert.equal(wrong.headers.get("set-cookie"), null);

  // An unknown number gets the very same answer: no way to learn which numbers exist.
  const unknownProblem = await expectProblem(assert, await pinSignIn("1999999999", "000111"), 401);
  assert.equal(unknownProblem.type, wrongProblem.type);
  assert.equal(unknownProblem.detail, wrongProblem.detail);

  const malformed = await expectProblem(assert, await pinSignIn("12345", amal.pin), 422);
  assert.deepEqual(
    malformed.errors.map((e) => [e.field, e.code]),
    [["resident_number", "wrong_length"]],
  );
  // Arabic-Indic digits from an Arabic keyboard are the same number.
  const arabic = amal.resident_number.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  assert.equal((await pinSignIn(arabic, amal.pin)).status, 200);
});

/** Five failures in a row: four 401s, then the fifth (the one that locks) is already a 429. */
async function failFiveTimes(number, now) {
  for (let attempt = 1; attempt <= 4; attempt++) {
    const problem = await expectProblem(assert, await pinSignIn(number, "000111", now), 401);
    assert.equal(problem.type, "/problems/sign-in-failed", `attempt ${attempt}`);
  }
  const fifth = await pinSignIn(number, "000111", now);
  const problem = await expectProblem(assert, fifth, 429);
  assert.equal(problem.type, "/problems/too-many-attempts");
  assert.equal(fifth.headers.get("retry-after"), "900");
  assert.match(problem.detail, /Wait 15 minutes/);
  return fifth;
}

test("PIN sign-in: the fifth wrong PIN locks the number for 15 minutes, known or not", async () => {
  const dawit = resident("acct-res-dawit");
  const lockedAt = tick();
  const locking = await failFiveTimes(dawit.resident_number, lockedAt);
  audited.locked_out = { requestId: rid(locking), resident: "acct-res-dawit" };

  // Locked: even the right PIN is refused, and the wait counts down.
  const refused = await pinSignIn(dawit.resident_number, dawit.pin, lockedAt + 1000);
  assert.equal((await expectProblem(assert, refused, 429)).type, "/problems/too-many-attempts");
  assert.equal(refused.headers.get("retry-after"), "899");
  // Other numbers are not affected by this lock.
  const amal = resident("acct-res-amal");
  assert.equal((await pinSignIn(amal.resident_number, amal.pin, lockedAt + 1000)).status, 200);

  // A number nobody has locks the same way, so a lock-out does not reveal that an account exists.
  await failFiveTimes("1888888888", lockedAt);
  const stillLocked = await pinSignIn("1888888888", "000111", lockedAt + 1000);
  assert.equal(stillLocked.status, 429);
  assert.equal(stillLocked.headers.get("retry-after"), "899");

  const almost = await pinSignIn(dawit.resident_number, dawit.pin, lockedAt + 15 * MINUTE - 1000);
  assert.equal(almost.status, 429);
  assert.equal(almost.headers.get("retry-after"), "1");
  const again = await pinSignIn(dawit.resident_number, dawit.pin, tick(15 * MINUTE + 1000));
  assert.equal(again.status, 200);
});

test("activation: one code raced by several phones activates exactly once", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const { card } = await createResident(staff);
  const answers = await Promise.all(
    ["482917", "582918", "682919", "782910"].map((pin) => activate(card.code, pin)),
  );
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, 422, 422, 422]);
  for (const loser of answers.filter((r) => r.status === 422)) {
    await expectFieldError(loser, "code", "activation_code_used");
  }
});

test("PIN sign-in: guesses sent in parallel all count towards the lock-out", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const { resident: created, card } = await createResident(staff);
  assert.equal((await activate(card.code, "135792")).status, 200);
  const guesses = await Promise.all(
    ["000011", "000012", "000013", "000014", "000015", "000016", "000017", "000018"].map((pin) =>
      pinSignIn(created.resident_number, pin),
    ),
  );
  for (const answer of guesses) assert.ok([401, 429].includes(answer.status), `status ${answer.status}`);
  // Eight failures, counted atomically: the number is locked, so even the right PIN is refused.
  const right = await pinSignIn(created.resident_number, "135792");
  assert.equal(right.status, 429);
});

test("audit: every door and every look at a resident leaves a line with its request id", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const amal = await signInResident(api, "acct-res-amal", { now: time.now });

  // A resident asking for another resident's record is refused and that is recorded.
  const denied = await api.call("/api/residents/acct-res-oksana", { cookie: amal, now: time.now });
  assert.equal((await expectProblem(assert, denied, 403)).type, "/problems/forbidden");
  audited.permission_denied = { requestId: rid(denied), resident: "acct-res-oksana" };
  // Reading one's own record is not surveilled.
  const own = await api.call("/api/residents/acct-res-amal", { cookie: amal, now: time.now });
  assert.equal(own.status, 200);
  const read = await api.call("/api/residents/acct-res-amal", { cookie: staff, now: time.now });
  assert.equal(read.status, 200);
  assert.equal((await read.json()).resident_number, resident("acct-res-amal").resident_number);
  audited.resident_read = { requestId: rid(read), resident: "acct-res-amal" };
  const listed = await api.call("/api/residents", { cookie: staff, now: time.now });
  assert.equal(listed.status, 200);
  const shown = (await listed.json()).residents.map((r) => r.id);
  assert.ok(shown.includes("acct-res-amal") && !shown.includes("acct-res-dawit"), shown.join());

  const admin = await signInEmployee(api, "acct-admin", { now: tick() });
  const audit = async (search) => {
    const response = await api.call(`/api/audit?${search}`, { cookie: admin, now: time.now });
    assert.equal(response.status, 200, search);
    return (await response.json()).entries;
  };

  const expected = {
    activated: { requestId: audited.activated, resident: "acct-res-oksana", actor: "acct-res-oksana" },
    sign_in: { ...audited.sign_in, actor: "acct-res-amal" },
    sign_in_failed: { ...audited.sign_in_failed, actor: null },
    locked_out: { ...audited.locked_out, actor: null },
    permission_denied: { ...audited.permission_denied, actor: "acct-res-amal" },
    resident_read: { ...audited.resident_read, actor: "acct-staff-zwolle" },
    resident_created: { ...audited.resident_created, actor: "acct-staff-zwolle" },
    activation_card_issued: { ...audited.activation_card_issued, actor: "acct-staff-zwolle" },
  };
  for (const [event, want] of Object.entries(expected)) {
    assert.ok(want.requestId, `the earlier test recorded a request id for ${event}`);
    const entries = await audit(`event=${event}&resident=${want.resident}`);
    assert.ok(entries.length > 0, event);
    for (const e of entries) assert.deepEqual([e.event, e.resident_id], [event, want.resident]);
    const entry = entries.find((e) => e.request_id === want.requestId);
    assert.ok(entry, `${event}: no entry with request id ${want.requestId}`);
    assert.equal(entry.actor_id, want.actor, event);
  }

  // The card issued with a new resident is recorded under the creating request too.
  const created = audited.resident_created;
  assert.ok(
    (await audit(`event=activation_card_issued&resident=${created.resident}`)).some(
      (e) => e.request_id === created.requestId,
    ),
  );
  // One resident_listed line per resident shown, all under the list request's id.
  const listedLines = (await audit("event=resident_listed")).filter((e) => e.request_id === rid(listed));
  assert.deepEqual(listedLines.map((e) => e.resident_id).sort(), [...shown].sort());
  // No resident_read under the resident's own read.
  const amalReads = await audit("event=resident_read&resident=acct-res-amal");
  assert.ok(!amalReads.some((e) => e.request_id === rid(own)));
  // Denials name the action.
  const denial = (await audit("event=permission_denied")).find((e) => e.request_id === rid(denied));
  assert.equal(denial.detail, "action=read_resident");

  const nope = await api.call("/api/audit?event=nope", { cookie: admin, now: time.now });
  const bad = await expectProblem(assert, nope, 422);
  assert.deepEqual(
    bad.errors.map((e) => [e.field, e.code]),
    [["event", "unknown_event"]],
  );
  // Staff may not read the log.
  assert.equal((await api.call("/api/audit", { cookie: staff, now: time.now })).status, 403);
});

test("PIN sign-in: a resident without a move row still signs in and reads her pages", async () => {
  // Registration always writes the first move; a row lost by hand (or an import) must not break
  // the door or the pages behind it. Her location is on the resident row; the moves are history.
  const amal = resident("acct-res-amal");
  await query(api.persist, "DELETE FROM resident_moves WHERE resident_id = 'acct-res-amal'");
  const [{ n }] = await query(api.persist, "SELECT COUNT(*) AS n FROM resident_moves WHERE resident_id = 'acct-res-amal'");
  assert.equal(n, 0);
  tick();
  const response = await pinSignIn(amal.resident_number, amal.pin);
  assert.equal(response.status, 200, await response.clone().text());
  const cookie = sessionFrom(response);
  assert.equal((await whoAmI(cookie)).account_id, "acct-res-amal");
  const own = await api.call("/api/residents/acct-res-amal", { cookie, now: time.now });
  assert.equal(own.status, 200, await own.clone().text());
  assert.deepEqual((await own.json()).moves, []);
  for (const path of ["/api/me/procedure", "/api/centre", "/api/activities?days=14&language=ar", "/api/me/favourites"]) {
    const read = await api.call(path, { cookie, now: time.now });
    assert.equal(read.status, 200, `${path}: ${await read.clone().text()}`);
  }
});
