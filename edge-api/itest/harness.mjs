// Starts the real Worker on real workerd with a fresh local D1 per call (wrangler's
// unstable_startWorker), with the real migrations and, unless told otherwise, the demo seed.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before } from "node:test";
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

/**
 * The demo seed as one file (as `scripts/seed.sh` loads it): `seed/demo.sql`, then every
 * `seed/content/*.sql` in name order.
 */
function seedFile(persist) {
  const dir = join(ROOT, "edge-api/seed/content");
  const parts = [join(ROOT, "edge-api/seed/demo.sql")].concat(
    readdirSync(dir).filter((f) => f.endsWith(".sql")).sort().map((f) => join(dir, f)),
  );
  const file = join(persist, "seed.sql");
  writeFileSync(file, parts.map((p) => readFileSync(p, "utf8")).join("\n"));
  return file;
}

/**
 * Runs SQL against the test's D1 state and resolves to the rows. Asynchronous on purpose: a
 * blocking call of a few seconds lets the dev server's keep-alive timer close the idle connection at
 * the very moment the next request is written on it ("SocketError: other side closed").
 */
export function query(persist, sql) {
  const args = ["d1", "execute", "DB", "--local", "--persist-to", persist, "--json", "--command", sql];
  return new Promise((resolve, reject) => {
    execFile(join(ROOT, "node_modules/.bin/wrangler"), args, { cwd: ROOT, encoding: "utf8" }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)[0].results),
    );
  });
}

/**
 * `vars` become plain-text bindings on top of wrangler.toml's (e.g. `{ AUTH_PEPPER: "…" }`). The test
 * clock is always enabled here: a request may carry `x-wegwijs-test-now-ms` to move "now".
 */
export async function startApi({ migrate = true, seed = true, vars = {} } = {}) {
  const persist = mkdtempSync(join(tmpdir(), "wegwijs-itest-"));
  if (migrate) wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);
  if (seed) wrangler(["d1", "execute", "DB", "--local", "--persist-to", persist, "--file", seedFile(persist)]);
  const worker = await unstable_startWorker({
    config: join(ROOT, "wrangler.toml"),
    bindings: Object.fromEntries(
      Object.entries({ WEGWIJS_TEST_CLOCK: "enabled", ...vars }).map(([name, value]) => [
        name,
        { type: "plain_text", value },
      ]),
    ),
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
  const origin = new URL(base).origin;
  await answering(base);
  return {
    persist,
    origin,
    fetch: (path, init) => fetch(new URL(path, base), init),
    /**
     * A request as the app's own page sends it (same Origin, JSON body). Options: `cookie` (a
     * session token), `now` (ms, the test clock), `method`, `headers`.
     */
    call(path, { method, body, cookie, now, headers = {} } = {}) {
      const h = { origin, ...headers };
      if (body !== undefined) h["content-type"] = "application/json";
      if (cookie) h.cookie = `${SESSION_COOKIE}=${cookie}`;
      if (now !== undefined) h["x-wegwijs-test-now-ms"] = String(now);
      return fetch(new URL(path, base), {
        method: method ?? (body === undefined ? "GET" : "POST"),
        headers: h,
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      });
    },
    async dispose() {
      await worker.dispose();
      rmSync(persist, { recursive: true, force: true });
    },
  };
}

/**
 * The API of one test file (`options` as for [`startApi`]): started once, before the first test,
 * and disposed after the last. Node 20 starts a file's top-level `before` hooks together rather
 * than one after another, so `call` and `fetch` wait for the start themselves and a file's own
 * `before` may use them (or `await api.ready()`, which resolves to the running API) at once;
 * `persist` and `origin` are there once it runs.
 */
export function apiForFile(options) {
  let running;
  let started;
  const ready = () => (started ??= startApi(options).then((api) => (running = api)));
  before(ready);
  after(async () => {
    if (started) await (await started).dispose();
  });
  const get = (name) => {
    if (!running) throw new Error(`api.${name} before the API runs: await api.ready() first`);
    return running[name];
  };
  return {
    ready,
    get persist() {
      return get("persist");
    },
    get origin() {
      return get("origin");
    },
    fetch: async (path, init) => (await ready()).fetch(path, init),
    call: async (path, options) => (await ready()).call(path, options),
  };
}

/**
 * `ready` can resolve a moment before workerd accepts connections on a loaded machine (a first
 * fetch then fails with a reset), so wait until the health route answers at all, up to 30 s.
 */
async function answering(base) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await (await fetch(new URL("/api/health", base))).arrayBuffer();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const SESSION_COOKIE = "__Host-wegwijs-session";

/** The session token from a response's Set-Cookie, or null. */
export function sessionFrom(response) {
  const header = response.headers.get("set-cookie") ?? "";
  const match = header.match(/__Host-wegwijs-session=([0-9a-f]*)/);
  return match && match[1] ? match[1] : null;
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
