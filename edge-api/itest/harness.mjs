// Starts the real Worker on real workerd with a fresh local D1 per call (wrangler's
// unstable_startWorker), with the real migrations and, unless told otherwise, the demo seed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { unstable_startWorker } from "wrangler";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

export function wrangler(args) {
  return execFileSync(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Runs SQL against the test's D1 state and returns the rows. */
export function query(persist, sql) {
  const out = wrangler(["d1", "execute", "DB", "--local", "--persist-to", persist, "--json", "--command", sql]);
  return JSON.parse(out)[0].results;
}

export async function startApi({ migrate = true, seed = true } = {}) {
  const persist = mkdtempSync(join(tmpdir(), "wegwijs-itest-"));
  if (migrate) wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  if (seed) wrangler(["d1", "execute", "DB", "--local", "--persist-to", persist, "--file", "edge-api/seed/demo.sql"]);
  const worker = await unstable_startWorker({
    config: join(ROOT, "wrangler.toml"),
    dev: {
      persist,
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
      watch: false,
      logLevel: "error",
    },
  });
  await worker.ready;
  const base = await worker.url;
  return {
    persist,
    fetch: (path, init) => fetch(new URL(path, base), init),
    async dispose() {
      await worker.dispose();
      rmSync(persist, { recursive: true, force: true });
    },
  };
}

export const REQUEST_ID = /^[0-9a-f]{32}$/;

/** Asserts an RFC 9457 answer and returns the parsed document. */
export async function expectProblem(assert, response, status) {
  assert.equal(response.status, status);
  assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/);
  const problem = await response.json();
  assert.equal(problem.status, status);
  assert.match(problem.type, /^\/problems\//);
  assert.ok(problem.title, "problem has a title");
  assert.match(problem.request_id, REQUEST_ID);
  assert.equal(problem.request_id, response.headers.get("x-request-id"));
  return problem;
}
