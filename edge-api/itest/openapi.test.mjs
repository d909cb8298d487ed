// The contract as the real Worker serves it: the committed document, conditional like the other
// reads, and a valid OpenAPI 3.1 document by an independent validator.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { ROOT, apiForFile } from "./harness.mjs";

const api = apiForFile({ seed: false });
const COMMITTED = JSON.parse(readFileSync(join(ROOT, "edge-api/openapi.json"), "utf8"));

describe("GET /api/openapi.json", () => {
  test("serves the committed document as JSON with an ETag", async () => {
    const response = await api.fetch("/api/openapi.json");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^application\/json/);
    assert.match(response.headers.get("etag") ?? "", /^W\/"/);
    assert.equal(response.headers.get("cache-control"), "private, no-cache");
    assert.deepEqual(await response.json(), COMMITTED);
  });

  test("answers 304 without a body to a matching If-None-Match", async () => {
    const etag = (await api.fetch("/api/openapi.json")).headers.get("etag");
    const again = await api.fetch("/api/openapi.json", { headers: { "if-none-match": etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get("etag"), etag);
    assert.equal(await again.text(), "");
    const other = await api.fetch("/api/openapi.json", { headers: { "if-none-match": 'W/"other"' } });
    assert.equal(other.status, 200);
    await other.arrayBuffer();
  });

  test("validates as OpenAPI 3.1", async () => {
    const document = await (await api.fetch("/api/openapi.json")).json();
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.equal(validator.version, "3.1");
    assert.equal(document.openapi, "3.1.0");
  });

  test("the validator is not a pushover: a broken copy fails", async () => {
    const broken = structuredClone(COMMITTED);
    broken.paths["/api/health"].get.responses = { 200: { content: {} } };
    const result = await new Validator().validate(broken);
    assert.equal(result.valid, false);
  });

  test("names every operation's roles and covers the document's own route", async () => {
    const document = await (await api.fetch("/api/openapi.json")).json();
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );
    assert.ok(operations.length > 0);
    for (const { path, method, operation } of operations) {
      assert.ok(Array.isArray(operation["x-roles"]) && operation["x-roles"].length > 0, `${method} ${path}`);
    }
    assert.deepEqual(document.paths["/api/openapi.json"].get["x-roles"], ["public"]);
  });

  test("the static reference page links to the document, where assets are served", async (t) => {
    const response = await api.fetch("/api-docs/");
    const html = await response.text();
    if (response.status !== 200 || !html.includes("Wegwijs API")) {
      t.skip("static assets are not served here (dist/ not built, or not by this dev server)");
      return;
    }
    assert.match(html, /href="\/api\/openapi\.json"/);
    assert.doesNotMatch(html, /<script/i);
  });
});
