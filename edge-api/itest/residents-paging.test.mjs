// The staff resident list a page at a time on real workerd + D1: following `next` visits every
// resident of the location exactly once in name order (case-insensitive, then id), `limit` and
// `after` are checked (422 problem+json), staff elsewhere see none of them, and each page writes
// one `resident_listed` audit line per resident on it.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { registerResidents, signInEmployee } from "./accounts.mjs";
import { apiForFile, expectProblem, query } from "./harness.mjs";

const NOW = Date.UTC(2026, 10, 30, 8, 50);

const api = apiForFile();
let staff;
let elsewhere;
let made = [];

before(async () => {
  staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
  elsewhere = await signInEmployee(api, "acct-staff-terapel", { now: NOW });
  // Names that tie when case is ignored, and ones that tie exactly, so the id decides.
  const names = ["bram", "Bram", "Anna", "anna", "Zoë", "Émile", "Chen", "Chen", "Dina", "eva", "Femke", "gijs"];
  made = await registerResidents(api, staff, names, { now: NOW, numberPrefix: "20000077" });
});

const list = (cookie, search = "") => api.call(`/api/residents${search}`, { cookie, now: NOW });

/** Every page from the first, following `next`: `[{ body, requestId }]`. */
async function allPages(cookie, limit) {
  const pages = [];
  let after = null;
  do {
    const search = `?limit=${limit}${after ? `&after=${after}` : ""}`;
    const response = await list(cookie, search);
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.ok(body.residents.length <= limit, `page of ${body.residents.length} > ${limit}`);
    pages.push({ body, requestId: response.headers.get("x-request-id") });
    after = body.next;
    assert.ok(pages.length < 100, "paging does not end");
  } while (after);
  return pages;
}

// SQLite's NOCASE folds only A-Z; ties are broken by the id, compared byte-wise.
const nocase = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const bytes = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const inOrder = (a, b) => bytes(nocase(a.preferred_name), nocase(b.preferred_name)) || bytes(a.id, b.id);

test("following next visits every resident of the location once, in name order", async () => {
  const atZwolle = (await query(api.persist, "SELECT account_id FROM residents WHERE location_id = 'loc-zwolle'")).map(
    (r) => r.account_id,
  );
  assert.ok(atZwolle.length >= made.length + 1, `${atZwolle.length} residents at Zwolle`);
  for (const limit of [1, 5, 100]) {
    const pages = await allPages(staff, limit);
    const seen = pages.flatMap((p) => p.body.residents);
    assert.deepEqual(seen.map((r) => r.id).sort(), [...atZwolle].sort(), `limit ${limit}`);
    const sorted = [...seen].sort(inOrder);
    assert.deepEqual(seen.map((r) => r.id), sorted.map((r) => r.id), `limit ${limit}: order`);
    assert.equal(pages.at(-1).body.next, null);
    for (const page of pages.slice(0, -1)) assert.equal(page.body.residents.length, limit);
  }
  // Without `limit` a page holds 50; the location filter still narrows.
  const first = await list(staff, "?location=loc-zwolle");
  assert.equal(first.status, 200);
  const body = await first.json();
  assert.equal(body.residents.length, Math.min(50, atZwolle.length));
  assert.ok(body.residents.every((r) => r.location_id === "loc-zwolle"));
});

test("limit out of 1..100 and a cursor the list did not give are 422 on their field", async () => {
  for (const limit of ["0", "101", "-1", "ten", "2.5"]) {
    const problem = await expectProblem(assert, await list(staff, `?limit=${limit}`), 422);
    assert.equal(problem.errors[0].field, "limit", limit);
    assert.equal(problem.errors[0].code, "invalid_limit");
  }
  const colonless = Buffer.from("acct-no-separator").toString("hex");
  for (const after of ["zz", "abc", colonless, "3a6e616d65"]) {
    const problem = await expectProblem(assert, await list(staff, `?after=${after}`), 422);
    assert.equal(problem.errors[0].field, "after", after);
    assert.equal(problem.errors[0].code, "invalid_cursor");
  }
});

test("staff at another location get none of them, page after page", async () => {
  const ours = new Set(made.map((r) => r.id));
  const theirs = (await allPages(elsewhere, 5)).flatMap((p) => p.body.residents);
  assert.ok(theirs.length > 0, "Ter Apel has residents of its own");
  assert.deepEqual(
    theirs.filter((r) => ours.has(r.id) || r.location_id === "loc-zwolle"),
    [],
  );
  // Zwolle's cursor does not open Zwolle to them either.
  const ourFirst = await (await list(staff, "?limit=2")).json();
  const response = await list(elsewhere, `?limit=100&after=${ourFirst.next}`);
  assert.equal(response.status, 200);
  assert.ok((await response.json()).residents.every((r) => r.location_id !== "loc-zwolle"));
});

test("each page writes one resident_listed line per resident on it, by the caller", async () => {
  const pages = await allPages(staff, 5);
  assert.ok(pages.length >= 3, `${pages.length} pages`);
  for (const { body, requestId } of pages) {
    const lines = await query(
      api.persist,
      `SELECT resident_id, actor_id, actor_role FROM audit_log
       WHERE request_id = '${requestId}' AND event = 'resident_listed'`,
    );
    assert.deepEqual(
      lines.map((l) => l.resident_id).sort(),
      body.residents.map((r) => r.id).sort(),
      `request ${requestId}`,
    );
    assert.ok(lines.every((l) => l.actor_id === "acct-staff-zwolle" && l.actor_role === "staff"));
  }
});
