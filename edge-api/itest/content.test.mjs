// The content API on real workerd + D1: what residents read (their location's and the
// agency-wide items, in their language with fallback and outdated marks, ETags, pages), the staff
// editor's rules (drafts, publication, version conflicts, validation, revisions, who may edit what),
// favourites, the news marker and the procedure stage.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { apiForFile, query } from "./harness.mjs";

const api = apiForFile();
let now = Date.now();
const cookies = {};
const FIXTURE = "item-demo-zwolle-news";

before(async () => {
  for (const [who, id] of [
    ["admin", "acct-admin"],
    ["zwolle", "acct-staff-zwolle"],
    ["terapel", "acct-staff-terapel"],
  ]) {
    cookies[who] = await signInEmployee(api, id, { now });
  }
  cookies.amal = await signInResident(api, "acct-res-amal", { now });
  cookies.dawit = await signInResident(api, "acct-res-dawit", { now });
});

/** One call as `who`; the test clock moves a second per call unless `at` is given. */
async function call(who, path, { method, body, headers, at } = {}) {
  now = at ?? now + 1000;
  const response = await api.call(path, { method, body, cookie: cookies[who], now, headers });
  const text = await response.text();
  let json = null;
  if (text) json = JSON.parse(text);
  return { status: response.status, json, headers: response.headers };
}
const put = (who, path, body, opts = {}) => call(who, path, { method: "PUT", body, ...opts });
const post = (who, path, body) => call(who, path, { method: "POST", body });

function expect(r, status, what) {
  assert.equal(r.status, status, `${what}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

const text = (title, body = `## ${title}\n\nCall [112](tel:112) in an emergency.`) => ({
  title,
  summary: `About ${title}`,
  body,
});

/** Creates an item and publishes its source text and the item; returns the StaffItem. */
async function publishedItem(who, fields, source = text("News"), { at } = {}) {
  const created = expect(await post(who, "/api/content/items", { fields, source }), 201, "create");
  const lang = fields.source_language;
  const withText = expect(
    await put(who, `/api/content/items/${created.id}/translations/${lang}`, {
      text: source,
      status: "published",
      version: 1,
    }),
    200,
    "publish source text",
  );
  return expect(
    await put(
      who,
      `/api/content/items/${created.id}/publication`,
      { published: true, version: withText.version },
      { at },
    ),
    200,
    "publish item",
  );
}

const news = (location_id) => ({ kind: "news", location_id, source_language: "en" });
const article = (location_id) => ({
  kind: "article",
  location_id,
  category: "health_care",
  procedure_stage: "general_procedure",
  source_language: "en",
});

async function readAll(who, language, limit = 100) {
  const ids = [];
  let cursor = null;
  let pages = 0;
  do {
    const q = `/api/content?language=${language}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = expect(await call(who, q), 200, `read ${q}`);
    ids.push(...page.items.map((i) => i.id));
    cursor = page.next_cursor;
    pages += 1;
    assert.ok(pages < 50, "paging does not end");
  } while (cursor);
  return { ids, pages };
}

const revisions = (id) =>
  query(
    api.persist,
    `SELECT change, language, version, changed_by FROM content_revisions WHERE item_id = '${id}' ORDER BY id`,
  );

describe("staff editor", () => {
  test("a new item is an unpublished draft; publishing needs a published source text", async () => {
    const created = expect(
      await post("zwolle", "/api/content/items", { fields: news("loc-zwolle"), source: text("Bike repair") }),
      201,
      "create",
    );
    assert.equal(created.published, false);
    assert.equal(created.version, 1);
    assert.equal(created.created_by, "acct-staff-zwolle");
    assert.deepEqual(
      created.translations.map((t) => [t.language, t.status, t.version]),
      [["en", "draft", 1]],
    );
    const refused = await put("zwolle", `/api/content/items/${created.id}/publication`, {
      published: true,
      version: 1,
    });
    const problem = expect(refused, 422, "publish without a published source");
    assert.equal(problem.errors[0].field, "published");
    assert.equal(problem.errors[0].code, "source_not_published");

    const withText = expect(
      await put("zwolle", `/api/content/items/${created.id}/translations/en`, {
        text: text("Bike repair"),
        status: "published",
        version: 1,
      }),
      200,
      "publish the source text",
    );
    assert.equal(withText.source_revision, 1, "same text: no new source revision");
    assert.equal(withText.translations[0].version, 2);
    const published = expect(
      await put("zwolle", `/api/content/items/${created.id}/publication`, { published: true, version: 1 }),
      200,
      "publish",
    );
    assert.equal(published.published, true);
    assert.equal(published.version, 2);
    assert.ok(published.published_at > 0);

    assert.deepEqual(
      (await revisions(created.id)).map((r) => [r.change, r.language, r.version, r.changed_by]),
      [
        ["created", null, 1, "acct-staff-zwolle"],
        ["translation", "en", 2, "acct-staff-zwolle"],
        ["published", null, 2, "acct-staff-zwolle"],
      ],
    );
    const snapshot = JSON.parse(
      (await query(api.persist, `SELECT snapshot FROM content_revisions WHERE item_id = '${created.id}' ORDER BY id LIMIT 1`))[0]
        .snapshot,
    );
    assert.equal(snapshot.source.title, "Bike repair");
  });

  test("staff edit only their locations' items; agency-wide items are the admin's", async () => {
    const elsewhere = await post("terapel", "/api/content/items", { fields: news("loc-zwolle"), source: text("x") });
    assert.equal(elsewhere.status, 403);
    assert.equal((await call("terapel", `/api/content/items/${FIXTURE}`)).status, 403);
    const refused = await put("terapel", `/api/content/items/${FIXTURE}/translations/fr`, {
      text: text("Fermé"),
      status: "draft",
      version: 0,
    });
    assert.equal(refused.status, 403);
    assert.equal((await post("zwolle", "/api/content/items", { fields: news(null), source: text("x") })).status, 403);
    // Moving one's own item to another location is refused too.
    const own = expect(await call("zwolle", `/api/content/items/${FIXTURE}`), 200, "read own item");
    const moved = await put("zwolle", `/api/content/items/${FIXTURE}`, {
      fields: { ...own.fields, location_id: "loc-ter-apel" },
      version: own.version,
    });
    assert.equal(moved.status, 403);
    assert.equal(expect(await call("admin", `/api/content/items/${FIXTURE}`), 200, "admin").version, own.version);
    assert.equal((await post("admin", "/api/content/items", { fields: article(null), source: text("Rules") })).status, 201);
  });

  test("the source language can only move to a language that has a (published) text", async () => {
    const own = expect(await call("zwolle", `/api/content/items/${FIXTURE}`), 200, "read");
    const toFrench = await put("zwolle", `/api/content/items/${FIXTURE}`, {
      fields: { ...own.fields, source_language: "fr" },
      version: own.version,
    });
    assert.deepEqual(
      expect(toFrench, 422, "no French text").errors.map((e) => [e.field, e.code]),
      [["fields.source_language", "no_text_in_language"]],
    );
    assert.equal((await query(api.persist, `SELECT count(*) AS n FROM content_revisions WHERE item_id = '${FIXTURE}'`))[0].n, 0);
  });

  test("an unknown location is a field error", async () => {
    const r = await post("admin", "/api/content/items", { fields: news("loc-nowhere"), source: text("x") });
    assert.equal(expect(r, 422, "unknown location").errors[0].field, "fields.location_id");
  });

  test("script-bearing, oversized and badly linked bodies are refused, naming the field, storing nothing", async () => {
    const before = expect(await call("zwolle", `/api/content/items/${FIXTURE}`), 200, "before");
    const cases = [
      ["<script>alert(1)</script>", "html_not_allowed"],
      ['Hello <img src=x onerror="alert(1)">', "html_not_allowed"],
      ["a".repeat(20_001), "too_long"],
      ["[Click](javascript:alert(1))", "link_not_allowed"],
      ["# Big title", "heading_level"],
    ];
    for (const [body, code] of cases) {
      const r = await put("zwolle", `/api/content/items/${FIXTURE}/translations/en`, {
        text: { title: "Closed", summary: "", body },
        status: "published",
        version: 1,
      });
      const problem = expect(r, 422, code);
      assert.deepEqual(
        problem.errors.map((e) => [e.field, e.code]),
        [["text.body", code]],
      );
    }
    const created = await post("zwolle", "/api/content/items", {
      fields: news("loc-zwolle"),
      source: { title: "", summary: "", body: "<b>x</b>" },
    });
    assert.deepEqual(
      expect(created, 422, "create").errors.map((e) => e.field),
      ["source.title", "source.body"],
    );
    const afterwards = expect(await call("zwolle", `/api/content/items/${FIXTURE}`), 200, "after");
    assert.deepEqual(afterwards, before);
    assert.equal((await revisions(FIXTURE)).length, 0);
  });

  test("a stale version is a 409 naming the current one, and nothing is stored", async () => {
    const item = await publishedItem("zwolle", news("loc-zwolle"), text("Laundry"));
    assert.equal(item.version, 2);
    const count = (await revisions(item.id)).length;
    const stale = await put("zwolle", `/api/content/items/${item.id}`, {
      fields: { ...item.fields, contact: "Desk" },
      version: 1,
    });
    const problem = expect(stale, 409, "stale fields");
    assert.equal(problem.type, "/problems/conflict");
    assert.equal(problem.current_version, 2);
    assert.match(problem.detail, /Someone else changed/);
    const staleText = await put("zwolle", `/api/content/items/${item.id}/translations/en`, {
      text: text("Laundry", "Overwritten"),
      status: "published",
      version: 0,
    });
    assert.equal(expect(staleText, 409, "stale text").current_version, 2);
    const unchanged = expect(await call("zwolle", `/api/content/items/${item.id}`), 200, "reload");
    assert.equal(unchanged.fields.contact, null);
    assert.equal(unchanged.translations[0].text.body, text("Laundry").body);
    assert.equal((await revisions(item.id)).length, count);

    // Two editors saving the same version at once: exactly one wins.
    const [a, b] = await Promise.all(
      ["Desk A", "Desk B"].map((contact) =>
        put("zwolle", `/api/content/items/${item.id}`, { fields: { ...item.fields, contact }, version: 2 }),
      ),
    );
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const winner = a.status === 200 ? a.json : b.json;
    const stored = expect(await call("zwolle", `/api/content/items/${item.id}`), 200, "reload");
    assert.equal(stored.fields.contact, winner.fields.contact);
    assert.equal(stored.version, 3);
    assert.equal((await revisions(item.id)).length, count + 1);
  });

  test("the list shows the caller's items with coverage for all twelve languages, with an ETag", async () => {
    const page = expect(await call("zwolle", "/api/content/items?limit=100"), 200, "list");
    const fixture = page.items.find((i) => i.id === FIXTURE);
    assert.ok(fixture, "the fixture is listed");
    assert.equal(fixture.coverage.length, 12);
    assert.deepEqual(fixture.coverage.slice(0, 4), [
      ["en", "published"],
      ["nl", "published"],
      ["ar", "published"],
      ["fa", "missing"],
    ]);
    assert.ok(page.items.every((i) => i.location_id === "loc-zwolle"), "no other location, no agency-wide");
    const etag = (await call("zwolle", "/api/content/items?limit=100")).headers.get("etag");
    assert.match(etag, /^W\/"[0-9a-f]{16}"$/);
    const again = await call("zwolle", "/api/content/items?limit=100", { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);
    const articles = expect(await call("admin", "/api/content/items?kind=article"), 200, "articles");
    assert.ok(articles.items.length > 0 && articles.items.every((i) => i.kind === "article"));
    const agency = expect(await call("admin", "/api/content/items?location=agency"), 200, "agency-wide");
    assert.ok(agency.items.length > 0 && agency.items.every((i) => i.location_id === null));
    assert.equal((await call("zwolle", "/api/content/items?kind=poem")).status, 422);
    assert.equal((await call("amal", "/api/content/items")).status, 403);
  });
});

describe("residents reading", () => {
  let agencyWide;
  let terApel;

  before(async () => {
    agencyWide = await publishedItem("admin", article(null), text("Your GP"));
    terApel = await publishedItem("terapel", news("loc-ter-apel"), text("Ter Apel bus times"));
  });

  test("a resident sees their location's and the agency-wide items only", async () => {
    const amal = (await readAll("amal", "en")).ids;
    assert.ok(amal.includes(FIXTURE) && amal.includes(agencyWide.id), `${amal}`);
    assert.ok(!amal.includes(terApel.id));
    const dawit = (await readAll("dawit", "en")).ids;
    assert.ok(dawit.includes(terApel.id) && dawit.includes(agencyWide.id), `${dawit}`);
    assert.ok(!dawit.includes(FIXTURE));
    // Unpublished items are nobody's reading.
    const draft = expect(
      await post("zwolle", "/api/content/items", { fields: news("loc-zwolle"), source: text("Draft") }),
      201,
      "draft",
    );
    assert.ok(!(await readAll("amal", "en")).ids.includes(draft.id));
  });

  test("the asked language, else the source language marked as fallback; outdated after the source changes", async () => {
    const pick = async (language, id) => {
      const page = expect(await call("amal", `/api/content?language=${language}&limit=100`), 200, "read");
      return page.items.find((i) => i.id === id);
    };
    const fixture = await pick("ar", FIXTURE);
    assert.deepEqual([fixture.language, fixture.fallback, fixture.outdated], ["ar", false, false]);
    assert.match(fixture.body_html, /<a href="tel:112">112<\/a>/);
    assert.match(fixture.body_html, /<strong>/);

    let item = await pick("ar", agencyWide.id);
    assert.deepEqual([item.language, item.fallback, item.outdated], ["en", true, false]);
    assert.equal(item.title, "Your GP");
    assert.equal(item.category, "health_care");
    assert.equal(item.procedure_stage, "general_procedure");

    const translated = expect(
      await put("admin", `/api/content/items/${agencyWide.id}/translations/ar`, {
        text: text("طبيبك العام"),
        status: "published",
        version: 0,
      }),
      200,
      "arabic translation",
    );
    item = await pick("ar", agencyWide.id);
    assert.deepEqual([item.language, item.fallback, item.outdated, item.title], ["ar", false, false, "طبيبك العام"]);
    // A draft in the asked language is not shown: the source text is.
    expect(
      await put("admin", `/api/content/items/${agencyWide.id}/translations/fa`, {
        text: text("پزشک"),
        status: "draft",
        version: 0,
      }),
      200,
      "persian draft",
    );
    assert.equal((await pick("fa", agencyWide.id)).fallback, true);

    const en = translated.translations.find((t) => t.language === "en");
    const edited = expect(
      await put("admin", `/api/content/items/${agencyWide.id}/translations/en`, {
        text: text("Your GP", "## Your GP\n\nThe GP now has a walk-in hour at 08:00."),
        status: "published",
        version: en.version,
      }),
      200,
      "edit the source",
    );
    assert.equal(edited.source_revision, 2);
    assert.equal(edited.translations.find((t) => t.language === "ar").outdated, true);
    item = await pick("ar", agencyWide.id);
    assert.deepEqual([item.language, item.outdated], ["ar", true]);
    const coverage = expect(await call("admin", "/api/content/items?location=agency"), 200, "coverage").items.find(
      (i) => i.id === agencyWide.id,
    ).coverage;
    assert.deepEqual(Object.fromEntries(coverage).en, "published");
    assert.deepEqual(Object.fromEntries(coverage).ar, "outdated");
    assert.deepEqual(Object.fromEntries(coverage).fa, "outdated");
    assert.deepEqual(Object.fromEntries(coverage).ti, "missing");

    // Unpublishing the item takes it away from residents.
    const current = expect(await call("admin", `/api/content/items/${agencyWide.id}`), 200, "reload");
    expect(
      await put("admin", `/api/content/items/${agencyWide.id}/publication`, { published: false, version: current.version }),
      200,
      "unpublish",
    );
    assert.equal(await pick("ar", agencyWide.id), undefined);
    const again = expect(await call("admin", `/api/content/items/${agencyWide.id}`), 200, "reload");
    expect(
      await put("admin", `/api/content/items/${agencyWide.id}/publication`, { published: true, version: again.version }),
      200,
      "publish again",
    );
  });

  test("an ETag answers 304 until something the resident sees changes", async () => {
    const first = await call("amal", "/api/content?language=ar");
    assert.equal(first.status, 200);
    const etag = first.headers.get("etag");
    assert.match(etag, /^W\/"[0-9a-f]{16}"$/);
    assert.equal(first.headers.get("cache-control"), "private, no-cache");
    const same = await call("amal", "/api/content?language=ar", { headers: { "if-none-match": etag } });
    assert.equal(same.status, 304);
    assert.equal(same.json, null);
    assert.equal(same.headers.get("etag"), etag);

    await publishedItem("zwolle", news("loc-zwolle"), text("Swimming lessons"));
    const changed = await call("amal", "/api/content?language=ar", { headers: { "if-none-match": etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get("etag"), etag);
    assert.ok(changed.json.items.some((i) => i.title === "Swimming lessons"));
    // Another location's change does not touch Amal's ETag.
    const etag2 = changed.headers.get("etag");
    await publishedItem("terapel", news("loc-ter-apel"), text("Ter Apel market"));
    const untouched = await call("amal", "/api/content?language=ar", { headers: { "if-none-match": etag2 } });
    assert.equal(untouched.status, 304);
  });

  test("pages walk every item once, newest first, ties broken by id", async () => {
    const at = now + 60_000;
    // Two items published in the same millisecond.
    await publishedItem("zwolle", news("loc-zwolle"), text("Tie one"), { at });
    await publishedItem("zwolle", news("loc-zwolle"), text("Tie two"), { at });
    const whole = expect(await call("amal", "/api/content?language=en&limit=100"), 200, "whole");
    assert.equal(whole.next_cursor, null);
    assert.ok(whole.items.length >= 6, `only ${whole.items.length} items`);
    const keys = whole.items.map((i) => [i.published_at, i.id]);
    for (let k = 1; k < keys.length; k += 1) {
      const [pa, ia] = keys[k - 1];
      const [pb, ib] = keys[k];
      assert.ok(pa > pb || (pa === pb && ia < ib), `order at ${k}: ${keys[k - 1]} / ${keys[k]}`);
    }
    for (const limit of [1, 2, 5]) {
      const { ids, pages } = await readAll("amal", "en", limit);
      assert.equal(new Set(ids).size, ids.length, `duplicates with limit ${limit}`);
      assert.deepEqual(ids, whole.items.map((i) => i.id), `limit ${limit}`);
      assert.equal(pages, Math.ceil(ids.length / limit), `pages with limit ${limit}`);
    }
    const bad = await call("amal", "/api/content?cursor=zz");
    assert.equal(expect(bad, 422, "bad cursor").errors[0].field, "cursor");
    assert.equal(expect(await call("amal", "/api/content?language=xx"), 422, "bad language").errors[0].field, "language");
    assert.equal((await call(undefined, "/api/content")).status, 401);
  });
});

describe("favourites and the news marker", () => {
  test("saving twice keeps one, removing clears it, unknown kinds are refused", async () => {
    const path = `/api/me/favourites/news/${FIXTURE}`;
    expect(await put("amal", path, { saved: true }), 200, "save");
    const twice = expect(await put("amal", path, { saved: true }), 200, "save again");
    assert.deepEqual(
      twice.favourites.map((f) => [f.kind, f.id]),
      [["news", FIXTURE]],
    );
    assert.deepEqual(expect(await call("amal", "/api/me/favourites"), 200, "list").favourites.length, 1);
    assert.equal(expect(await call("dawit", "/api/me/favourites"), 200, "others").favourites.length, 0);
    expect(await put("amal", `/api/me/favourites/activity/act-1`, { saved: true }), 200, "activity");
    const removed = expect(await put("amal", path, { saved: false }), 200, "remove");
    assert.deepEqual(
      removed.favourites.map((f) => f.kind),
      ["activity"],
    );
    expect(await put("amal", path, { saved: false }), 200, "remove again");
    const unknown = await put("amal", `/api/me/favourites/poem/x`, { saved: true });
    assert.equal(expect(unknown, 422, "unknown kind").errors[0].field, "kind");
  });

  test("the news marker only moves forward and never past now", async () => {
    const seenAt = now - 10_000;
    assert.equal(expect(await put("amal", "/api/me/news-seen", { seen_at: seenAt }), 200, "mark").seen_at, seenAt);
    assert.equal(expect(await put("amal", "/api/me/news-seen", { seen_at: seenAt - 5000 }), 200, "older").seen_at, seenAt);
    const page = expect(await call("amal", "/api/content?language=ar"), 200, "read");
    assert.equal(page.news_seen_at, seenAt);
    const future = expect(await put("amal", "/api/me/news-seen", { seen_at: now + 10 ** 9 }), 200, "future");
    assert.equal(future.seen_at, now);
    assert.equal(expect(await call("dawit", "/api/content"), 200, "other").news_seen_at, null);
  });
});

describe("procedure stage", () => {
  test("staff at the resident's location set it; the resident and staff read it", async () => {
    const before = expect(await call("amal", "/api/me/procedure"), 200, "unset");
    assert.deepEqual(before, { stage: null, next: [], set_at: null });
    const set = expect(
      await put("zwolle", "/api/residents/acct-res-amal/procedure-stage", { stage: "general_procedure" }),
      200,
      "set",
    );
    assert.equal(set.stage, "general_procedure");
    assert.deepEqual(set.next, ["permit_granted", "extended_procedure", "appeal"]);
    assert.equal(set.set_at, now);
    assert.deepEqual(expect(await call("amal", "/api/me/procedure"), 200, "own"), set);
    const detail = expect(await call("zwolle", "/api/residents/acct-res-amal"), 200, "detail");
    assert.deepEqual(detail.procedure, set);
    const audit = await query(
      api.persist,
      "SELECT actor_id, detail FROM audit_log WHERE event = 'procedure_stage_set' AND resident_id = 'acct-res-amal'",
    );
    assert.deepEqual(audit, [{ actor_id: "acct-staff-zwolle", detail: "from=none to=general_procedure" }]);
  });

  test("staff elsewhere are refused and bad stages are field errors", async () => {
    const refused = await put("terapel", "/api/residents/acct-res-amal/procedure-stage", { stage: "appeal" });
    assert.equal(refused.status, 403);
    assert.equal(expect(await call("amal", "/api/me/procedure"), 200, "own").stage, "general_procedure");
    const bad = await put("zwolle", "/api/residents/acct-res-amal/procedure-stage", { stage: "decision" });
    assert.equal(expect(bad, 400, "bad stage").errors[0].field, "stage");
    assert.equal((await call("zwolle", "/api/me/procedure")).status, 403);
    assert.equal((await put("zwolle", "/api/residents/nobody/procedure-stage", { stage: "appeal" })).status, 404);
  });
});
