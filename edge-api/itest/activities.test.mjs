// Activities on real workerd + D1: the resident's week with counts and own standing,
// ETag/304, sign-up rules (past, cancelled, not an occurrence, twice, replays), the waiting list and
// its promotion, parallel sign-ups never exceeding the capacity, staff writes with versions (409),
// field errors, and the audited participants list.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { registerResidents, signInEmployee, signInResident } from "./accounts.mjs";
import { apiForFile } from "./harness.mjs";

// Monday 30 November 2026, 09:50 in Zwolle (UTC+1): the VluchtelingenWerk session starts at 10:00.
const NOW = Date.UTC(2026, 10, 30, 8, 50);
const MINUTE = 60_000;

const api = apiForFile();
let amal;
let staff;
let admin;
let others = [];
const ids = [];

before(async () => {
  amal = await signInResident(api, "acct-res-amal", { now: NOW });
  staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
  admin = await signInEmployee(api, "acct-admin", { now: NOW });
  // Eight more residents at Zwolle, registered and activated the way staff and residents do it.
  const names = Array.from({ length: 8 }, (_, i) => `Test Resident ${i}`);
  const made = await registerResidents(api, staff, names, { now: NOW, numberPrefix: "10000099" });
  ids.push(...made.map((r) => r.id));
  others = made.map((r) => r.cookie);
});

const put = (path, body, cookie, { now = NOW, key = randomUUID() } = {}) =>
  api.call(path, { method: "PUT", body, cookie, now, headers: { "idempotency-key": key } });
const signUp = (id, date, cookie, signedUp = true, opts) =>
  put(`/api/activities/${id}/occurrences/${date}/signup`, { signed_up: signedUp }, cookie, opts);

function newActivity(overrides = {}) {
  return {
    location_id: "loc-zwolle",
    recurrence: "once",
    start_date: "2026-12-02",
    start_time: "11:00",
    duration_minutes: 60,
    place: "Room 1",
    capacity: 1,
    language: null,
    source_language: "en",
    texts: [
      { language: "en", title: "Chess club", description: "Bring a friend." },
      { language: "ar", title: "نادي الشطرنج", description: "" },
    ],
    ...overrides,
  };
}

async function create(overrides) {
  const response = await api.call("/api/activities", {
    body: newActivity(overrides),
    cookie: staff,
    now: NOW,
    headers: { "idempotency-key": randomUUID() },
  });
  assert.equal(response.status, 201, await response.clone().text());
  return response.json();
}

test("a resident sees the coming week at their location, in their language, with an ETag", async () => {
  const response = await api.call("/api/activities?from=2026-11-30&days=7", { cookie: amal, now: NOW });
  assert.equal(response.status, 200, await response.clone().text());
  const etag = response.headers.get("etag");
  assert.match(etag, /^W\/"[0-9a-f]{16}"$/);
  const page = await response.json();
  assert.equal(page.location_id, "loc-zwolle");
  assert.equal(page.timezone, "Europe/Amsterdam");
  assert.equal(page.today, "2026-11-30");
  const ids = new Set(page.occurrences.map((o) => o.activity_id));
  assert.ok(ids.has("act-zwolle-language-cafe") && ids.has("act-zwolle-sinterklaas"));
  assert.ok(![...ids].some((id) => id.startsWith("act-terapel") || id.startsWith("act-budel")));
  const dates = page.occurrences.map((o) => `${o.date} ${o.start_time}`);
  assert.deepEqual(dates, [...dates].sort(), "ordered by date and time");
  const info = page.occurrences.find((o) => o.activity_id === "act-zwolle-vwn-info");
  assert.equal(info.date, "2026-11-30");
  assert.equal(info.start_time, "10:00");
  assert.equal(info.end_time, "11:30");
  assert.equal(info.started, false);
  assert.equal(info.text_language, "ar", "Amal's language is Arabic");
  assert.match(info.title, /اللجوء/);
  assert.deepEqual(info.mine, { state: "none" });
  const sinterklaas = page.occurrences.find((o) => o.activity_id === "act-zwolle-sinterklaas");
  assert.equal(sinterklaas.date, "2026-12-05");
  assert.equal(page.occurrences.filter((o) => o.activity_id === "act-zwolle-sinterklaas").length, 1);

  const again = await api.call("/api/activities?from=2026-11-30&days=7", {
    cookie: amal,
    now: NOW,
    headers: { "if-none-match": etag },
  });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");

  const dutch = await (await api.call("/api/activities?from=2026-11-30&days=7&language=nl", { cookie: amal, now: NOW })).json();
  assert.equal(dutch.occurrences.find((o) => o.activity_id === "act-zwolle-vwn-info").title, "Voorlichting: jouw asielprocedure");
  const tigrinya = await (await api.call("/api/activities?from=2026-11-30&days=7&language=ti", { cookie: amal, now: NOW })).json();
  assert.equal(tigrinya.occurrences[0].text_language, "en", "falls back to the source language");
});

test("pagination, bad parameters and another location", async () => {
  const first = await (await api.call("/api/activities?from=2026-11-30&days=14&limit=5", { cookie: amal, now: NOW })).json();
  assert.equal(first.occurrences.length, 5);
  assert.ok(first.next_cursor);
  const second = await (
    await api.call(`/api/activities?from=2026-11-30&days=14&limit=5&cursor=${first.next_cursor}`, { cookie: amal, now: NOW })
  ).json();
  assert.notDeepEqual(second.occurrences[0], first.occurrences[0]);
  for (const [params, field] of [["days=40", "days"], ["from=2026-13-01", "from"], ["limit=0", "limit"]]) {
    const response = await api.call(`/api/activities?${params}`, { cookie: amal, now: NOW });
    assert.equal(response.status, 422);
    assert.equal((await response.json()).errors[0].field, field);
  }
  const elsewhere = await api.call("/api/activities?location=loc-ter-apel", { cookie: amal, now: NOW });
  assert.equal(elsewhere.status, 403);
});

test("a full occurrence puts the next resident on the waiting list; a cancellation promotes them", async () => {
  const activity = await create();
  const path = (cookie) => signUp(activity.id, "2026-12-02", cookie);
  const first = await (await path(amal)).json();
  assert.deepEqual(first.mine, { state: "confirmed" });
  const second = await path(others[0]);
  assert.equal(second.status, 200);
  assert.deepEqual((await second.json()).mine, { state: "waiting", position: 1 });
  assert.deepEqual((await (await path(others[1])).json()).mine, { state: "waiting", position: 2 });

  // Twice is a no-op (another key); a replay of the same key is the stored answer.
  const key = randomUUID();
  const twice = await signUp(activity.id, "2026-12-02", others[0], true, { key });
  assert.deepEqual((await twice.json()).mine, { state: "waiting", position: 1 });
  const replay = await signUp(activity.id, "2026-12-02", others[0], true, { key });
  assert.equal(replay.headers.get("idempotent-replayed"), "true");
  assert.deepEqual((await replay.json()).mine, { state: "waiting", position: 1 });

  // Amal cancels: the first in line gets the place, the second moves up.
  const cancelled = await (await signUp(activity.id, "2026-12-02", amal, false)).json();
  assert.deepEqual(cancelled.mine, { state: "none" });
  assert.equal(cancelled.confirmed, 1);
  assert.equal(cancelled.waiting, 1);
  const page = await (await api.call("/api/activities?from=2026-12-02&days=1", { cookie: others[0], now: NOW })).json();
  const mine = page.occurrences.find((o) => o.activity_id === activity.id);
  assert.deepEqual(mine.mine, { state: "confirmed" });
  assert.equal(mine.confirmed, 1);
  assert.equal(mine.waiting, 1);
  // Cancelling when not signed up changes nothing.
  const noop = await (await signUp(activity.id, "2026-12-02", amal, false)).json();
  assert.deepEqual([noop.confirmed, noop.waiting], [1, 1]);

  // Staff see the names in order; each name shown is an audit line.
  const participants = await api.call(`/api/activities/${activity.id}/occurrences/2026-12-02/participants`, {
    cookie: staff,
    now: NOW,
  });
  assert.equal(participants.status, 200);
  const list = await participants.json();
  assert.deepEqual(list.confirmed.map((p) => p.account_id), [ids[0]]);
  assert.deepEqual(list.waiting.map((p) => p.name), ["Test Resident 1"]);
  const audit = await (await api.call("/api/audit?event=activity_participants_read", { cookie: admin, now: NOW })).json();
  const lines = audit.entries.filter((e) => e.request_id === participants.headers.get("x-request-id"));
  assert.deepEqual(lines.map((e) => e.resident_id).sort(), [ids[0], ids[1]].sort());
  assert.equal(lines[0].actor_id, "acct-staff-zwolle");
});

test("parallel sign-ups never fill more places than there are", async () => {
  const activity = await create({ capacity: 3, start_date: "2026-12-03" });
  const answers = await Promise.all(others.map((cookie) => signUp(activity.id, "2026-12-03", cookie)));
  const statuses = await Promise.all(answers.map((r) => r.json()));
  const confirmed = statuses.filter((s) => s.mine.state === "confirmed");
  const positions = statuses.filter((s) => s.mine.state === "waiting").map((s) => s.mine.position);
  assert.equal(confirmed.length, 3);
  const roster = async () =>
    (await api.call(`/api/activities/${activity.id}/occurrences/2026-12-03/participants`, { cookie: staff, now: NOW })).json();
  const first = await roster();
  assert.deepEqual([first.confirmed.length, first.waiting.length], [3, 5]);
  assert.equal(new Set(positions).size, positions.length, "no two people share a place in line");

  // More places: the longest-waiting get them at once, in sign-up order.
  const current = await (await api.call(`/api/activities/${activity.id}`, { cookie: staff, now: NOW })).json();
  const waitingBefore = first.waiting.map((p) => p.account_id);
  const bigger = await put(
    `/api/activities/${activity.id}`,
    { activity: { ...current.activity, capacity: 5 }, version: current.version },
    staff,
  );
  assert.equal(bigger.status, 200, await bigger.clone().text());
  assert.equal((await bigger.json()).version, current.version + 1);
  const second = await roster();
  assert.deepEqual(
    second.confirmed.map((p) => p.account_id),
    [...first.confirmed.map((p) => p.account_id), ...waitingBefore.slice(0, 2)],
  );
  assert.deepEqual(second.waiting.map((p) => p.account_id), waitingBefore.slice(2));

  // A stale version is a 409 and changes nothing.
  const stale = await put(
    `/api/activities/${activity.id}`,
    { activity: { ...current.activity, place: "Somewhere else", texts: [{ language: "en", title: "Overwritten" }] }, version: current.version },
    staff,
  );
  assert.equal(stale.status, 409);
  assert.equal((await stale.json()).errors[0].code, "stale_version");
  const after = await (await api.call(`/api/activities/${activity.id}`, { cookie: staff, now: NOW })).json();
  assert.equal(after.activity.place, "Room 1");
  assert.deepEqual(after.activity.texts.map((t) => t.title).sort(), ["Chess club", "نادي الشطرنج"]);
});

test("started, cancelled and non-existent occurrences refuse sign-ups", async () => {
  const late = await signUp("act-zwolle-vwn-info", "2026-11-30", amal, true, { now: NOW + 10 * MINUTE });
  assert.equal(late.status, 422);
  assert.equal((await late.json()).errors[0].code, "activities_started");
  const early = await signUp("act-zwolle-vwn-info", "2026-11-30", amal, true, { now: NOW + 9 * MINUTE });
  assert.equal(early.status, 200);
  const tuesday = await signUp("act-zwolle-vwn-info", "2026-12-01", amal);
  assert.equal((await tuesday.json()).errors[0].code, "activities_no_occurrence");
  const badDate = await signUp("act-zwolle-vwn-info", "tomorrow", amal);
  assert.equal(badDate.status, 422);
  const unknown = await signUp("act-nope", "2026-12-01", amal);
  assert.equal(unknown.status, 404);

  const activity = await create({ start_date: "2026-12-04" });
  const cancel = await put(`/api/activities/${activity.id}/cancelled`, { cancelled: true, version: activity.version }, staff);
  assert.equal(cancel.status, 200, await cancel.clone().text());
  assert.equal((await cancel.json()).cancelled, true);
  const refused = await signUp(activity.id, "2026-12-04", amal);
  assert.equal((await refused.json()).errors[0].code, "activities_cancelled");
  const page = await (await api.call("/api/activities?from=2026-12-04&days=1", { cookie: amal, now: NOW })).json();
  assert.equal(page.occurrences.find((o) => o.activity_id === activity.id).cancelled, true);
});

test("staff input errors name their fields; staff elsewhere are refused", async () => {
  const response = await api.call("/api/activities", {
    body: newActivity({ capacity: 0, recurrence: "weekly", weekday: null, start_time: "7 pm", end_date: "2026-01-01" }),
    cookie: staff,
    now: NOW,
    headers: { "idempotency-key": randomUUID() },
  });
  assert.equal(response.status, 422);
  const fields = (await response.json()).errors.map((e) => e.field).sort();
  assert.deepEqual(fields, ["capacity", "end_date", "start_time", "weekday"]);

  const elsewhere = await signInEmployee(api, "acct-staff-terapel", { now: NOW });
  const denied = await api.call("/api/activities/act-zwolle-football/occurrences/2026-12-02/participants", {
    cookie: elsewhere,
    now: NOW,
  });
  assert.equal(denied.status, 403);
  const list = await (await api.call("/api/activities/definitions?location=loc-budel", { cookie: elsewhere, now: NOW })).json();
  assert.deepEqual(list.activities.map((a) => a.id).sort(), ["act-budel-crafts", "act-budel-vwn-info"]);
  // At two locations, Ties names one; Sanne (Zwolle only) need not.
  for (const path of ["/api/activities", "/api/activities/definitions"]) {
    const unnamed = await api.call(path, { cookie: elsewhere, now: NOW });
    assert.equal(unnamed.status, 422, path);
    assert.deepEqual((await unnamed.json()).errors.map((e) => e.field), ["location"], path);
    assert.equal((await api.call(path, { cookie: staff, now: NOW })).status, 200, path);
  }
});
