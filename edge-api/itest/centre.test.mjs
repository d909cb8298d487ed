// "My centre" on real workerd + D1 with the demo seed: who reads which location, ETag/304, staff
// writes with field errors (422), stale versions (409, nothing stored), and removal.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { apiForFile, expectProblem, query } from "./harness.mjs";

const api = apiForFile();
const s = {}; // name → session token
before(async () => {
  const now = Date.now();
  s.amal = await signInResident(api, "acct-res-amal");
  s.dawit = await signInResident(api, "acct-res-dawit");
  s.zwolle = await signInEmployee(api, "acct-staff-zwolle", { now });
  s.terapel = await signInEmployee(api, "acct-staff-terapel", { now });
  s.trainer = await signInEmployee(api, "acct-trainer-zwolle", { now });
  s.admin = await signInEmployee(api, "acct-admin", { now });
});

const get = (who, path = "/api/centre", headers = {}) => api.call(path, { cookie: s[who], headers });
const write = (who, method, path, body) => api.call(path, { method, body, cookie: s[who] });

const MON_FRI = ["monday", "tuesday", "wednesday", "thursday", "friday"];
function serviceBody(overrides = {}) {
  const day = [{ opens: 540, closes: 720 }];
  return {
    kind: "other",
    name: "Bicycle repair",
    note: "Bring your own bicycle.",
    phone: "+31 6 0000 0099",
    place: "Shed behind building C",
    hours: Object.fromEntries(MON_FRI.map((d) => [d, day])),
    exceptions: [{ date: "2026-12-25", ranges: [], reason: "Christmas Day" }],
    ...overrides,
  };
}

describe("reading a centre", () => {
  test("a resident gets their own location without naming it", async () => {
    const response = await get("amal");
    assert.equal(response.status, 200);
    const centre = await response.json();
    assert.equal(centre.location_id, "loc-zwolle");
    assert.equal(centre.timezone, "Europe/Amsterdam");
    assert.equal(centre.emergency_number, "112");
    assert.match(centre.contacts.address, /Zwolle/);
    assert.ok(centre.contacts.version >= 1);
    const kinds = centre.services.map((x) => x.kind);
    assert.equal(kinds[0], "reception_desk", "sorted by kind, the desk first");
    assert.ok(kinds.includes("medical_practice") && kinds.includes("laundry"), kinds.join());
    const desk = centre.services.find((x) => x.id === "svc-zwolle-reception");
    assert.deepEqual(desk.hours.monday, [
      { opens: 540, closes: 750 },
      { opens: 810, closes: 1020 },
    ]);
    assert.deepEqual(
      desk.exceptions.map((e) => e.date),
      ["2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31", "2027-01-01"],
    );
    // Dawit lives in Ter Apel and gets Ter Apel.
    const dawit = await (await get("dawit")).json();
    assert.equal(dawit.location_id, "loc-ter-apel");
    assert.ok(dawit.services.every((x) => x.id.startsWith("svc-terapel-")));
  });

  test("a resident naming another location is refused; their own is fine", async () => {
    await expectProblem(assert, await get("amal", "/api/centre?location=loc-ter-apel"), 403);
    assert.equal((await get("amal", "/api/centre?location=loc-zwolle")).status, 200);
  });

  test("staff read their locations, not others; admin any; anonymous none", async () => {
    assert.equal((await get("terapel", "/api/centre?location=loc-budel")).status, 200);
    await expectProblem(assert, await get("terapel", "/api/centre?location=loc-zwolle"), 403);
    assert.equal((await get("trainer", "/api/centre?location=loc-zwolle")).status, 200);
    await expectProblem(assert, await get("trainer", "/api/centre?location=loc-budel"), 403);
    assert.equal((await get("admin", "/api/centre?location=loc-budel")).status, 200);
    const missing = await expectProblem(assert, await get("admin", "/api/centre"), 422);
    assert.equal(missing.errors[0].field, "location");
    await expectProblem(assert, await get("admin", "/api/centre?location=loc-nowhere"), 404);
    await expectProblem(assert, await api.call("/api/centre?location=loc-zwolle"), 401);
  });

  test("without a location: staff or a trainer at one location get it; at several must name one", async () => {
    const sanne = await get("zwolle");
    assert.equal(sanne.status, 200);
    assert.equal((await sanne.json()).location_id, "loc-zwolle");
    assert.equal((await (await get("trainer")).json()).location_id, "loc-zwolle");
    // Ties works at Ter Apel and Budel: no first-of-the-list guess.
    const ties = await expectProblem(assert, await get("terapel"), 422);
    assert.deepEqual(ties.errors.map((e) => [e.field, e.code]), [["location", "required"]]);
    const budel = await get("terapel", "/api/centre?location=loc-budel");
    assert.equal(budel.status, 200);
    assert.equal((await budel.json()).location_id, "loc-budel");
  });

  test("ETag: If-None-Match gives 304 until something changes", async () => {
    const first = await get("amal");
    const etag = first.headers.get("etag");
    assert.match(etag, /^W\/"[0-9a-f]{16}"$/);
    assert.match(first.headers.get("cache-control"), /private/);
    const again = await get("amal", "/api/centre", { "if-none-match": etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get("etag"), etag);
    assert.equal(await again.text(), "");
    assert.equal((await get("amal", "/api/centre", { "if-none-match": '"other"' })).status, 200);
    // Another location has another tag, so a tag never answers for the wrong location.
    const budel = await get("admin", "/api/centre?location=loc-budel");
    assert.notEqual(budel.headers.get("etag"), etag);
    // A staff change makes the old tag stale.
    const contacts = (await first.json()).contacts;
    const saved = await write("zwolle", "PUT", "/api/centre/loc-zwolle/contacts", {
      ...contacts,
      email: "desk.zwolle@wegwijs.example",
    });
    assert.equal(saved.status, 200, await saved.clone().text());
    const after = await get("amal", "/api/centre", { "if-none-match": etag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get("etag"), etag);
    assert.equal((await after.json()).contacts.email, "desk.zwolle@wegwijs.example");
  });
});

describe("staff edit contacts", () => {
  test("a stale version is 409 and stores nothing", async () => {
    const current = (await (await get("zwolle")).json()).contacts;
    const ok = await write("zwolle", "PUT", "/api/centre/loc-zwolle/contacts", {
      ...current,
      phone: "+31 6 0000 0777",
    });
    assert.equal(ok.status, 200);
    const saved = await ok.json();
    assert.equal(saved.version, current.version + 1);
    // Someone still holding the old version.
    const stale = await write("admin", "PUT", "/api/centre/loc-zwolle/contacts", {
      ...current,
      phone: "+31 6 0000 0888",
    });
    const problem = await expectProblem(assert, stale, 409);
    assert.equal(problem.errors[0].field, "version");
    const now = (await (await get("zwolle")).json()).contacts;
    assert.equal(now.phone, "+31 6 0000 0777");
    const [row] = await query(api.persist, "SELECT updated_by FROM centre_contacts WHERE location_id = 'loc-zwolle'");
    assert.equal(row.updated_by, "acct-staff-zwolle");
  });

  test("bad fields are named; staff elsewhere are refused", async () => {
    const bad = await write("zwolle", "PUT", "/api/centre/loc-zwolle/contacts", {
      phone: "call us",
      email: "nope",
      version: 99,
    });
    const problem = await expectProblem(assert, bad, 422);
    assert.deepEqual(problem.errors.map((e) => e.field).sort(), ["email", "phone"]);
    await expectProblem(
      assert,
      await write("terapel", "PUT", "/api/centre/loc-zwolle/contacts", { version: 1 }),
      403,
    );
  });

  test("a location's first contacts are saved from version 0, once", async () => {
    await query(api.persist, "DELETE FROM centre_contacts WHERE location_id = 'loc-budel'");
    const first = await write("terapel", "PUT", "/api/centre/loc-budel/contacts", {
      address: "Budel",
      version: 0,
    });
    assert.equal(first.status, 200);
    assert.equal((await first.json()).version, 1);
    await expectProblem(
      assert,
      await write("terapel", "PUT", "/api/centre/loc-budel/contacts", { address: "Again", version: 0 }),
      409,
    );
  });
});

describe("staff edit services", () => {
  test("invalid hours are 422 naming the field, and nothing is stored", async () => {
    const body = serviceBody();
    body.hours.monday = [
      { opens: 540, closes: 720 },
      { opens: 780, closes: 600 },
    ];
    body.hours.tuesday = [
      { opens: 540, closes: 720 },
      { opens: 700, closes: 800 },
    ];
    body.exceptions.push({ date: "2026-12-25", ranges: [], reason: "twice" });
    const response = await write("zwolle", "POST", "/api/centre/loc-zwolle/services", body);
    const problem = await expectProblem(assert, response, 422);
    const byField = Object.fromEntries(problem.errors.map((e) => [e.field, e.code]));
    assert.deepEqual(byField, {
      "hours.monday.1.closes": "closes_before_opens",
      "hours.tuesday.1.opens": "overlapping_ranges",
      "exceptions.1.date": "duplicate_date",
    });
    const [count] = await query(api.persist, "SELECT count(*) AS n FROM centre_services WHERE name = 'Bicycle repair'");
    assert.equal(count.n, 0);
  });

  test("create, update with a version, 409 on a stale one, remove", async () => {
    const created = await write("zwolle", "POST", "/api/centre/loc-zwolle/services", serviceBody());
    assert.equal(created.status, 201, await created.clone().text());
    const service = await created.json();
    assert.match(service.id, /^svc-/);
    assert.equal(service.version, 1);
    assert.deepEqual(service.exceptions, [{ date: "2026-12-25", ranges: [], reason: "Christmas Day" }]);
    const listed = (await (await get("amal")).json()).services.map((x) => x.id);
    assert.ok(listed.includes(service.id));

    const changed = { ...serviceBody(), version: 1 };
    changed.hours.saturday = [{ opens: 600, closes: 660 }];
    const updated = await write("zwolle", "PUT", `/api/centre/services/${service.id}`, changed);
    assert.equal(updated.status, 200, await updated.clone().text());
    const after = await updated.json();
    assert.equal(after.version, 2);
    assert.deepEqual(after.hours.saturday, [{ opens: 600, closes: 660 }]);

    const stale = { ...serviceBody({ name: "Overwritten" }), version: 1 };
    await expectProblem(assert, await write("admin", "PUT", `/api/centre/services/${service.id}`, stale), 409);
    const [row] = await query(api.persist, `SELECT name, version, updated_by FROM centre_services WHERE id = '${service.id}'`);
    assert.deepEqual(row, { name: "Bicycle repair", version: 2, updated_by: "acct-staff-zwolle" });

    await expectProblem(
      assert,
      await write("terapel", "PUT", `/api/centre/services/${service.id}`, changed),
      403,
    );
    await expectProblem(
      assert,
      await write("zwolle", "PUT", `/api/centre/services/${service.id}/removed`, { version: 1 }),
      409,
    );
    const removed = await write("zwolle", "PUT", `/api/centre/services/${service.id}/removed`, { version: 2 });
    assert.equal(removed.status, 200);
    const gone = (await (await get("amal")).json()).services.map((x) => x.id);
    assert.ok(!gone.includes(service.id));
    await expectProblem(assert, await write("zwolle", "PUT", `/api/centre/services/${service.id}`, changed), 404);
  });

  test("residents and trainers cannot write", async () => {
    await expectProblem(assert, await write("amal", "POST", "/api/centre/loc-zwolle/services", serviceBody()), 403);
    await expectProblem(assert, await write("trainer", "POST", "/api/centre/loc-zwolle/services", serviceBody()), 403);
  });
});
