// Idempotency-Key on real workerd + D1: the server side of the offline write queue. A queued
// mutation sent again (the queue never saw the answer) returns the first answer and acts once.
import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import { test } from "node:test";
import { signInEmployee } from "./accounts.mjs";
import { forwardClock } from "./checks.mjs";
import { apiForFile, expectProblem, query } from "./harness.mjs";

const api = apiForFile();

const time = forwardClock();
const tick = time.tick;
const HOUR = 3_600_000;
const terApel = (name) => ({ ...newResident(name), location_id: "loc-ter-apel" });

let nextNumber = 4000000001;
const newResident = (name = "Queued Resident") => ({
  preferred_name: name,
  resident_number: String(nextNumber++),
  language: "ar",
  location_id: "loc-zwolle",
});

/** POST /api/residents with an Idempotency-Key; the answer's status, exact body text and header. */
async function create(cookie, key, body, { now = time.now, path = "/api/residents", method } = {}) {
  const response = await api.call(path, {
    body,
    cookie,
    now,
    method,
    headers: key === undefined ? {} : { "idempotency-key": key },
  });
  return {
    response,
    status: response.status,
    text: await response.clone().text(),
    replayed: response.headers.get("idempotent-replayed"),
  };
}

async function residentNumbers(cookie) {
  const response = await api.call("/api/residents?limit=100", { cookie, now: time.now });
  assert.equal(response.status, 200);
  return (await response.json()).residents.map((r) => r.resident_number);
}

const count = (numbers, number) => numbers.filter((n) => n === number).length;

test("five keys create five residents; replays, in parallel and twice, create nothing", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const before = (await residentNumbers(staff)).length;
  const queue = Array.from({ length: 5 }, (_, i) => ({ key: randomUUID(), body: newResident(`Queued ${i}`) }));

  const first = [];
  for (const { key, body } of queue) {
    const answer = await create(staff, key, body);
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.replayed, null);
    first.push(answer);
  }

  const replays = await Promise.all([...queue, ...queue].map(({ key, body }) => create(staff, key, body)));
  replays.forEach((replay, i) => {
    const original = first[i % 5];
    assert.equal(replay.status, 201);
    assert.equal(replay.replayed, "true");
    assert.equal(replay.text, original.text, "the stored answer, byte for byte");
    assert.match(replay.response.headers.get("content-type"), /^application\/json/);
    // The replay has its own request id (its own log line); the body keeps the first one's data.
    assert.notEqual(replay.response.headers.get("x-request-id"), original.response.headers.get("x-request-id"));
  });

  const numbers = await residentNumbers(staff);
  assert.equal(numbers.length, before + 5);
  for (const { body } of queue) assert.equal(count(numbers, body.resident_number), 1, body.resident_number);

  // Keys belong to the account, not the session: the queue may outlive a session.
  const later = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const fromNewSession = await create(later, queue[0].key, queue[0].body);
  assert.equal(fromNewSession.status, 201);
  assert.equal(fromNewSession.replayed, "true");
  assert.equal(fromNewSession.text, first[0].text);
  assert.equal((await residentNumbers(later)).length, before + 5);
});

test("concurrent first requests with one key create exactly one resident", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const key = randomUUID();
  const body = newResident("Raced");
  const answers = await Promise.all(Array.from({ length: 12 }, () => create(staff, key, body)));

  const fresh = answers.filter((a) => a.status === 201 && a.replayed === null);
  assert.equal(fresh.length, 1, answers.map((a) => `${a.status} ${a.replayed}`).join(", "));
  for (const answer of answers) {
    if (answer.status === 201) {
      assert.equal(answer.text, fresh[0].text);
    } else {
      const problem = await expectProblem(assert, answer.response, 409);
      assert.equal(problem.type, "/problems/request-in-progress");
      assert.equal(answer.response.headers.get("retry-after"), "1");
    }
  }
  assert.equal(count(await residentNumbers(staff), body.resident_number), 1);

  // Once the first has finished, the key answers with its result.
  const settled = await create(staff, key, body);
  assert.equal(settled.status, 201);
  assert.equal(settled.replayed, "true");
  assert.equal(settled.text, fresh[0].text);
});

test("a key whose first request is still running answers 409; a claim abandoned for 60 s is taken over", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const key = randomUUID();
  const body = newResident("Slow");
  const sha256 = (text) => createHash("sha256").update(text).digest("hex");
  // Another request (its isolate, say) has claimed the key and is still working on it.
  await query(
    api.persist,
    `INSERT INTO idempotency_keys (scope, key_hash, method, path, body_sha256, owner, created_at)
     VALUES ('account:acct-staff-zwolle', '${sha256(key)}', 'POST', '/api/residents',
             '${sha256(JSON.stringify(body))}', 'another-request', ${time.now})`,
  );
  const busy = await create(staff, key, body, { now: time.now + 59_000 });
  const problem = await expectProblem(assert, busy.response, 409);
  assert.equal(problem.type, "/problems/request-in-progress");
  assert.equal(busy.response.headers.get("retry-after"), "1");
  assert.equal(count(await residentNumbers(staff), body.resident_number), 0);

  // That request never finished: after 60 s its claim is abandoned and this one runs.
  time.now += 61_000;
  const taken = await create(staff, key, body);
  assert.equal(taken.status, 201, taken.text);
  assert.equal(taken.replayed, null);
  assert.equal((await create(staff, key, body)).replayed, "true");
  assert.equal(count(await residentNumbers(staff), body.resident_number), 1);
});

test("a reused key with another body or path is 422; bad keys are 400; sign-in doors refuse keys", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const key = randomUUID();
  const body = newResident("Original");
  const created = await create(staff, key, body);
  assert.equal(created.status, 201);
  const residentId = JSON.parse(created.text).resident.id;

  const otherBody = await create(staff, key, { ...body, preferred_name: "Changed" });
  const reused = await expectProblem(assert, otherBody.response, 422);
  assert.equal(reused.type, "/problems/idempotency-key-reused");
  // Byte-level: the same JSON with other spacing is another request.
  const respaced = await create(staff, key, JSON.stringify(body, null, 1));
  assert.equal((await expectProblem(assert, respaced.response, 422)).type, "/problems/idempotency-key-reused");
  const otherPath = await create(staff, key, { location_id: "loc-zwolle" }, {
    path: `/api/residents/${residentId}/location`,
    method: "PUT",
  });
  assert.equal((await expectProblem(assert, otherPath.response, 422)).type, "/problems/idempotency-key-reused");
  const numbers = await residentNumbers(staff);
  assert.equal(count(numbers, body.resident_number), 1);

  for (const bad of ["", "x".repeat(101), "two words", '"unterminated', "a\tb"]) {
    const answer = await create(staff, bad, newResident("Never"));
    const problem = await expectProblem(assert, answer.response, 400);
    assert.equal(problem.type, "/problems/invalid-idempotency-key", JSON.stringify(bad));
  }
  // 100 characters and the draft's quoted form are keys.
  assert.equal((await create(staff, "k".repeat(100), newResident("Long key"))).status, 201);
  assert.equal((await create(staff, `"${randomUUID()}"`, newResident("Quoted key"))).status, 201);
  // A quoted key and the bare key are the same key.
  const bare = randomUUID();
  const quotedBody = newResident("Quoted twice");
  assert.equal((await create(staff, `"${bare}"`, quotedBody)).status, 201);
  assert.equal((await create(staff, bare, quotedBody)).replayed, "true");

  const signIn = await api.call("/api/auth/staff-sign-in", {
    body: { email: "staff.zwolle@wegwijs.example", password: "x", code: "000000" },
    headers: { "idempotency-key": randomUUID() },
    now: time.now,
  });
  assert.equal((await expectProblem(assert, signIn, 400)).type, "/problems/invalid-idempotency-key");
  const signOut = await api.call("/api/auth/sign-out", {
    method: "POST",
    cookie: staff,
    headers: { "idempotency-key": randomUUID() },
    now: time.now,
  });
  assert.equal((await expectProblem(assert, signOut, 400)).type, "/problems/invalid-idempotency-key");

  // GET is idempotent already: the header is ignored.
  const read = await api.call("/api/residents", { cookie: staff, now: time.now, headers: { "idempotency-key": "a b" } });
  assert.equal(read.status, 200);
  assert.equal(read.headers.get("idempotent-replayed"), null);
});

test("a 4xx answer is replayed as the same 4xx, and the key stays bound to that request", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const key = randomUUID();
  const invalid = { ...newResident("Invalid"), language: "xx" };
  const refused = await create(staff, key, invalid);
  const problem = await expectProblem(assert, refused.response, 422);
  assert.equal(problem.type, "/problems/validation-failed");
  const again = await create(staff, key, invalid);
  assert.equal(again.status, 422);
  assert.equal(again.replayed, "true");
  assert.equal(again.text, refused.text);
  assert.match(again.response.headers.get("content-type"), /^application\/problem\+json/);

  // A conflict (409) is kept too, though the conflicting resident came from another request.
  const taken = newResident("Taken");
  assert.equal((await create(staff, randomUUID(), taken)).status, 201);
  const conflictKey = randomUUID();
  const conflict = await create(staff, conflictKey, taken);
  assert.equal(conflict.status, 409);
  const conflictAgain = await create(staff, conflictKey, taken);
  assert.equal(conflictAgain.status, 409);
  assert.equal(conflictAgain.replayed, "true");
  assert.equal(conflictAgain.text, conflict.text);

  // A corrected request needs a new key.
  const corrected = await create(staff, key, { ...invalid, language: "ar" });
  assert.equal(corrected.status, 422);
  assert.equal(JSON.parse(corrected.text).type, "/problems/idempotency-key-reused");
});

test("keys of one account are invisible to another; answers are sealed; keys expire after 24 h", async () => {
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: tick() });
  const admin = await signInEmployee(api, "acct-admin", { now: time.now });
  const other = await signInEmployee(api, "acct-staff-terapel", { now: time.now });
  const key = randomUUID();
  const body = newResident("Staff's");
  const mine = await create(staff, key, body);
  assert.equal(mine.status, 201);
  const code = JSON.parse(mine.text).card.code;

  // The same key and body from another account is a new request (here: the number is taken),
  // never the staff member's stored answer with its activation code.
  const theirs = await create(admin, key, body);
  assert.equal(theirs.status, 409);
  assert.equal(theirs.replayed, null);
  assert.ok(!theirs.text.includes(code));
  // The same key with another body is not "reused" for a third account.
  const own = await create(other, key, terApel("Ter Apel's"));
  assert.equal(own.status, 201);
  assert.equal(own.replayed, null);
  assert.equal((await create(staff, key, body)).text, mine.text);

  // The database keeps neither the key nor the answer's secrets in readable form.
  const rows = await query(api.persist, "SELECT scope, key_hash, body, status FROM idempotency_keys");
  assert.ok(rows.length >= 2);
  const dump = JSON.stringify(rows);
  assert.ok(!dump.includes(key), "key not stored");
  assert.ok(!dump.includes(code), "activation code not stored in clear");
  assert.ok(!dump.includes(body.resident_number), "answer not stored in clear");
  assert.ok(rows.some((r) => r.scope === "account:acct-staff-zwolle" && r.status === 201));
  assert.ok(rows.some((r) => r.scope === "account:acct-admin" && r.status === 409));
  assert.ok(rows.some((r) => r.scope === "account:acct-staff-terapel" && r.status === 201));

  // 24 h later the key is free again: another body is a new request, not a reused key.
  const dayLater = time.now + 24 * HOUR + 60_000;
  const fresh = await signInEmployee(api, "acct-staff-zwolle", { now: dayLater });
  const reusedLater = await create(fresh, key, newResident("A day later"), { now: dayLater });
  assert.equal(reusedLater.status, 201, reusedLater.text);
  assert.equal(reusedLater.replayed, null);
  time.now = dayLater;
});

test("public routes: the key is scoped to the route, anonymous replays return the first receipt", async () => {
  const key = randomUUID();
  const report = { route: "/offline", message: "queued while offline" };
  const send = () =>
    api.call("/api/client-errors", { body: report, headers: { "idempotency-key": key }, now: time.now });
  const first = await send();
  assert.equal(first.status, 201);
  const receipt = await first.json();
  const again = await send();
  assert.equal(again.status, 201);
  assert.equal(again.headers.get("idempotent-replayed"), "true");
  assert.deepEqual(await again.json(), receipt);
  const [{ n }] = await query(api.persist, `SELECT COUNT(*) AS n FROM client_error_reports WHERE message = '${report.message}'`);
  assert.equal(n, 1);
});
