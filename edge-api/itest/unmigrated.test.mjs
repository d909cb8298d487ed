// The API on a D1 database that was never migrated: it must say so, not crash or leak SQL errors.
import assert from "node:assert/strict";
import { test } from "node:test";
import { apiForFile, expectProblem } from "./harness.mjs";

const api = apiForFile({ migrate: false, seed: false });

test("health is 503 degraded with no migration", async () => {
  const response = await api.fetch("/api/health");
  assert.equal(response.status, 503);
  assert.deepEqual(await response.json(), {
    status: "degraded",
    database: { reachable: true, migration: null },
    version: "0.1.0",
  });
});

test("a data route answers 503 problem+json without internals", async () => {
  const response = await api.fetch("/api/locations");
  const problem = await expectProblem(assert, response, 503);
  assert.equal(problem.type, "/problems/service-unavailable");
  const text = JSON.stringify(problem);
  assert.doesNotMatch(text, /no such table|SQLITE|agencies/i);
});
