// The seed content (edge-api/seed/content/*.sql) goes straight into D1, past the API's checks. Here
// every seeded item and translation is sent back through the editor API as an admin, unchanged, so
// the real validator judges it: rich text markup (wegwijs_shared::richtext), title and summary
// lengths, links, categories. A seed text that fails would reach residents only as escaped plain paragraphs.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { signInEmployee } from "./accounts.mjs";
import { apiForFile, query } from "./harness.mjs";

const api = apiForFile();
let cookie;
let now = Date.now();

before(async () => {
  cookie = await signInEmployee(api, "acct-admin", { now });
});

async function put(path, body) {
  now += 1000;
  const response = await api.call(path, { method: "PUT", body, cookie, now });
  return { status: response.status, json: await response.json() };
}

const problemOf = (r) =>
  `${r.status} ${(r.json.errors ?? []).map((e) => `${e.field}: ${e.code} (${e.message})`).join("; ") || r.json.detail}`;

test("every seeded item passes the editor's validation", async () => {
  const items = await query(api.persist, "SELECT id FROM content_items ORDER BY id");
  assert.ok(items.length > 0, "no seed content");
  const failures = [];
  for (const { id } of items) {
    now += 1000;
    const response = await api.call(`/api/content/items/${id}`, { cookie, now });
    const item = await response.json();
    assert.equal(response.status, 200, `${id}: ${JSON.stringify(item)}`);
    const r = await put(`/api/content/items/${id}`, { fields: item.fields, version: item.version });
    if (r.status !== 200) failures.push(`${id}: ${problemOf(r)}`);
  }
  assert.deepEqual(failures, [], `seeded items the editor would refuse:\n  ${failures.join("\n  ")}`);
});

test("every seeded translation passes the editor's validation (rich text, lengths)", async () => {
  const rows = await query(
    api.persist,
    "SELECT item_id, language, title, summary, body, status, version FROM content_translations " +
      "ORDER BY item_id, language",
  );
  const failures = [];
  for (const t of rows) {
    const r = await put(`/api/content/items/${t.item_id}/translations/${t.language}`, {
      text: { title: t.title, summary: t.summary, body: t.body },
      status: t.status,
      version: t.version,
    });
    if (r.status !== 200) failures.push(`${t.item_id} [${t.language}]: ${problemOf(r)}`);
  }
  console.log(`checked ${rows.length} seeded translations`);
  assert.deepEqual(failures, [], `seeded texts the editor would refuse:\n  ${failures.join("\n  ")}`);
});
