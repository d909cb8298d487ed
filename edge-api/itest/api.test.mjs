// The API on real workerd + D1, migrated and seeded.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { REQUEST_ID, ROOT, apiForFile, expectProblem, query } from "./harness.mjs";

// The newest migration file: health must name it, whichever issue added it last.
const NEWEST_MIGRATION = readdirSync(join(ROOT, "edge-api/migrations")).filter((f) => f.endsWith(".sql")).sort().at(-1);

const api = apiForFile();

const json = (body) => ({
  method: "POST",
  headers: { "content-type": "application/json", origin: api.origin },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("health", () => {
  test("reports D1 reachable and the newest migration", async () => {
    const response = await api.fetch("/api/health");
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      status: "ok",
      database: { reachable: true, migration: NEWEST_MIGRATION },
      version: "0.1.0",
    });
  });

  test("every API response carries a request id and the security headers", async () => {
    const response = await api.fetch("/api/health");
    assert.match(response.headers.get("x-request-id"), REQUEST_ID);
    const csp = response.headers.get("content-security-policy");
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("referrer-policy"), "no-referrer");
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.equal(response.headers.get("strict-transport-security"), "max-age=63072000; includeSubDomains");
    assert.equal(response.headers.get("server-timing"), null, "no timing oracle unless a bench turns it on");
  });

  test("request ids differ per request", async () => {
    const [a, b] = await Promise.all([api.fetch("/api/health"), api.fetch("/api/health")]);
    assert.notEqual(a.headers.get("x-request-id"), b.headers.get("x-request-id"));
  });
});

describe("locations", () => {
  test("lists the seeded agency and its locations sorted by name", async () => {
    const response = await api.fetch("/api/locations");
    assert.equal(response.status, 200);
    const directory = await response.json();
    assert.equal(directory.agency.id, "agency-demo");
    assert.deepEqual(
      directory.locations.map((l) => [l.id, l.kind, l.capacity]),
      [
        ["loc-budel", "pol", 800],
        ["loc-ter-apel", "col", 2000],
        ["loc-zwolle", "azc", 400],
      ],
    );
  });

  test("re-applying the seed does not duplicate rows", async () => {
    const { wrangler } = await import("./harness.mjs");
    wrangler(["d1", "execute", "DB", "--local", "--persist-to", api.persist, "--file", "edge-api/seed/demo.sql"]);
    const [{ n }] = await query(api.persist, "SELECT COUNT(*) AS n FROM locations");
    assert.equal(n, 3);
  });
});

describe("client error reports", () => {
  test("a valid report is stored and answered with 201 and its id", async () => {
    const failedRequest = "0123456789abcdef0123456789abcdef";
    const response = await api.fetch(
      "/api/client-errors",
      json({ route: "/staff", message: "Could not load locations", status: 503, request_id: failedRequest }),
    );
    assert.equal(response.status, 201);
    const { id } = await response.json();
    assert.match(id, REQUEST_ID);
    const rows = await query(api.persist, `SELECT route, status, failed_request_id, received_request_id FROM client_error_reports WHERE id = '${id}'`);
    assert.deepEqual(rows, [
      {
        route: "/staff",
        status: 503,
        failed_request_id: failedRequest,
        received_request_id: response.headers.get("x-request-id"),
      },
    ]);
  });

  test("malformed JSON is 400 problem+json", async () => {
    const problem = await expectProblem(assert, await api.fetch("/api/client-errors", json('{"route": ')), 400);
    assert.equal(problem.type, "/problems/malformed-body");
    assert.match(problem.detail, /not valid JSON/);
  });

  test("a wrong content type is 415", async () => {
    const response = await api.fetch("/api/client-errors", {
      method: "POST",
      headers: { "content-type": "text/plain", origin: api.origin },
      body: JSON.stringify({ route: "/", message: "x" }),
    });
    const problem = await expectProblem(assert, response, 415);
    assert.match(problem.detail, /text\/plain/);
  });

  test("a missing field is 400 and names the field", async () => {
    const problem = await expectProblem(assert, await api.fetch("/api/client-errors", json({ route: "/" })), 400);
    assert.deepEqual(problem.errors.map((e) => [e.field, e.code]), [["message", "required"]]);
  });

  test("a field of the wrong type is 400 and names the field", async () => {
    const problem = await expectProblem(
      assert,
      await api.fetch("/api/client-errors", json({ route: "/", message: "m", status: "teapot" })),
      400,
    );
    assert.equal(problem.errors[0].field, "status");
  });

  test("an unknown field is refused by name, so no personal data slips in", async () => {
    const problem = await expectProblem(
      assert,
      await api.fetch("/api/client-errors", json({ route: "/", message: "m", name: "Ada" })),
      400,
    );
    assert.deepEqual(problem.errors.map((e) => [e.field, e.code]), [["name", "unknown_field"]]);
  });

  test("invalid values are 422 with every field listed, and nothing is stored", async () => {
    const before = (await query(api.persist, "SELECT COUNT(*) AS n FROM client_error_reports"))[0].n;
    const problem = await expectProblem(
      assert,
      await api.fetch("/api/client-errors", json({ route: "staff", message: "  ", status: 42 })),
      422,
    );
    assert.deepEqual(problem.errors.map((e) => e.field), ["route", "message", "status"]);
    const afterCount = (await query(api.persist, "SELECT COUNT(*) AS n FROM client_error_reports"))[0].n;
    assert.equal(afterCount, before);
  });

  test("an oversized body is 413", async () => {
    const big = JSON.stringify({ route: "/", message: "x".repeat(20_000) });
    await expectProblem(assert, await api.fetch("/api/client-errors", json(big)), 413);
  });
});

describe("routing", () => {
  test("an unknown API route is 404 problem+json", async () => {
    const problem = await expectProblem(assert, await api.fetch("/api/does-not-exist"), 404);
    assert.equal(problem.type, "/problems/not-found");
  });

  test("a known route with the wrong method is 405 with Allow", async () => {
    const response = await api.fetch("/api/health", { method: "DELETE" });
    await expectProblem(assert, response, 405);
    assert.equal(response.headers.get("allow"), "GET");
  });

  test("non-API paths are the app: deep links get index.html with the CSP", async () => {
    const response = await api.fetch("/staff");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type"), /text\/html/);
    assert.match(response.headers.get("content-security-policy"), /default-src 'self'/);
    assert.equal(response.headers.get("strict-transport-security"), "max-age=63072000; includeSubDomains");
    const html = await response.text();
    assert.match(html, /<script type="module" src="\/app\/[0-9a-f]{16}\/boot\.js"><\/script>/);
    assert.doesNotMatch(html, /<script>(?!<)/, "no inline script");
  });
});
