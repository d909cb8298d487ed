// Key reads at the agency's real size (a report, not a test gate). Serves the Worker with
// `wrangler dev` on 127.0.0.1:8791 over the state `cargo xtask seed-scale` made, signs in as the
// scale accounts its manifest names (at the largest location), and sends each read sequentially,
// reporting p50/p95/p99 per read end to end and inside the Worker (its Server-Timing, D1 included;
// turned on only here) against the budget (p99 <= 25 ms, judged inside the Worker: locally the
// dev server's proxy adds a floor of its own, see /api/health).
//
//   cargo xtask seed-scale && node scripts/bench-scale.mjs [requests-per-read=300] [--json FILE]
//
// WEGWIJS_SCALE_STATE (default target/scale-state) and WEGWIJS_SCALE_PORT (default 8791) move it.
// Reads that the app audits write while they read (the staff resident list adds one audit line per
// resident shown), so the state grows by what the run does, as it would in use.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { DEMO, totp } from "../edge-api/itest/demo.mjs";
import { ROOT, SESSION_COOKIE, sessionFrom } from "../edge-api/itest/harness.mjs";

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : null;
const total = Number(args[0] ?? 300);
const state = resolve(ROOT, process.env.WEGWIJS_SCALE_STATE ?? "target/scale-state");
const port = Number(process.env.WEGWIJS_SCALE_PORT ?? 8791);
const base = `http://127.0.0.1:${port}`;
const BUDGET_MS = 25;
const manifest = JSON.parse(readFileSync(join(state, "scale-manifest.json"), "utf8"));
const demo = (id) => DEMO.employees.find((e) => e.id === id);

function call(path, { cookie, body, now } = {}) {
  const headers = { origin: base };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
  return fetch(new URL(path, base), {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** A scale employee shares a demo employee's password and TOTP secret (see seed_scale.rs). */
async function signInEmployee(email, like) {
  const e = demo(like);
  const response = await call("/api/auth/staff-sign-in", {
    body: { email, password: e.password, code: totp(e.totp_secret, Date.now()) },
  });
  if (response.status !== 200) throw new Error(`${email}: ${response.status} ${await response.text()}`);
  return sessionFrom(response);
}

async function signInResident({ resident_number, pin }) {
  const response = await call("/api/auth/resident-sign-in", { body: { resident_number, pin } });
  if (response.status !== 200) throw new Error(`${resident_number}: ${response.status} ${await response.text()}`);
  return sessionFrom(response);
}

async function startServer() {
  const server = spawn(
    join(ROOT, "node_modules/.bin/wrangler"),
    [
      "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", state,
      "--show-interactive-dev-session=false", "--log-level", "warn",
      // The Worker's own time (D1 included) in a Server-Timing header, to tell it from the dev server's.
      "--var", "WEGWIJS_SERVER_TIMING:enabled",
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const health = await fetch(`${base}/api/health`);
      if (health.ok) return server;
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) throw new Error("wrangler dev did not come up");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timed(name, path, cookie) {
  const start = performance.now();
  const response = await call(path, { cookie });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${name}: ${path} answered ${response.status}`);
  const worker = Number(/worker;dur=(\d+)/.exec(response.headers.get("server-timing") ?? "")?.[1]);
  if (!Number.isFinite(worker)) throw new Error(`${name}: no Server-Timing from the Worker`);
  return { ms, worker };
}

const server = await startServer();
const results = [];
try {
  const location = [...manifest.locations].sort((a, b) => b.residents - a.residents)[0];
  const staff = await signInEmployee(location.staff[0], manifest.staff_credentials_of);
  const trainer = await signInEmployee(location.trainers[0], manifest.trainer_credentials_of);
  const admin = await signInEmployee(demo(manifest.admin).email, manifest.admin);
  const residents = [];
  for (const r of location.active_residents.slice(0, 10)) residents.push({ ...r, cookie: await signInResident(r) });
  const languages = ["ar", "ti", "fa", "uk", "so", "tr", "en", "nl", "ps", "ckb"];
  const loc = encodeURIComponent(location.id);
  const modules = ["mod-safe-phone", "mod-email", "mod-scams", "mod-video-calls"];
  const day = 86_400_000;
  const today = Date.parse(`${manifest.today}T00:00:00Z`);
  const someone = residents[0];
  const staffId = `acct-${location.staff[0].split("@")[0].replace(".", "-")}`;
  // A cursor halfway down the largest location's list, found by walking its pages once.
  const pageOf = async (after) => {
    const response = await call(`/api/residents?location=${loc}${after ? `&after=${after}` : ""}`, { cookie: staff });
    if (!response.ok) throw new Error(`walking the resident list: ${response.status}`);
    return response.json();
  };
  const cursors = [];
  for (let page = await pageOf(null); page.next; page = await pageOf(page.next)) cursors.push(page.next);
  const middle = cursors[Math.floor(cursors.length / 2)];
  // name → (i) → [path, cookie]
  const reads = {
    // The floor: the Worker and one trivial D1 query, no session.
    "floor: /api/health": () => ["/api/health", null],
    "staff: resident list (largest location)": () => [`/api/residents?location=${loc}`, staff],
    "staff: resident list, a middle page": () => [`/api/residents?location=${loc}&after=${middle}`, staff],
    "home: /api/session": (i) => ["/api/session", residents[i % residents.length].cookie],
    "home: /api/residents/{own}": (i) => [`/api/residents/${residents[i % residents.length].id}`, residents[i % residents.length].cookie],
    "home: /api/locations": (i) => ["/api/locations", residents[i % residents.length].cookie],
    "home: /api/content (first page)": (i) => [`/api/content?language=${languages[i % languages.length]}&limit=100`, residents[i % residents.length].cookie],
    "home: /api/me/procedure": (i) => ["/api/me/procedure", residents[i % residents.length].cookie],
    "home: /api/centre": (i) => ["/api/centre", residents[i % residents.length].cookie],
    "home: /api/activities?days=14": (i) => [`/api/activities?days=14&language=${languages[i % languages.length]}`, residents[i % residents.length].cookie],
    "staff: activity definitions": () => [`/api/activities/definitions?location=${loc}`, staff],
    "staff: activities, 14 days": () => [`/api/activities?days=14&language=en&location=${loc}`, staff],
    "trainer: dashboard (largest location)": (i) => [`/api/learning/dashboard?module=${modules[i % modules.length]}&location=${loc}`, trainer],
    "audit: event=sign_in_failed": () => ["/api/audit?event=sign_in_failed", admin],
    "audit: event=sign_in, a week 6 months ago": () => [`/api/audit?event=sign_in&from_ms=${today - 180 * day}&to_ms=${today - 173 * day}`, admin],
    "audit: resident=…": () => [`/api/audit?resident=${someone.id}`, admin],
    "audit: actor=staff, one day": () => [`/api/audit?actor=${staffId}&from_ms=${today - 30 * day}&to_ms=${today - 29 * day}`, admin],
    "audit: one day, all events": () => [`/api/audit?from_ms=${today - 60 * day}&to_ms=${today - 59 * day}`, admin],
    "audit: event=resident_moved, page 2": () => ["/api/audit?event=resident_moved&before_id=600000", admin],
  };
  console.log(`${location.id}: ${location.residents} residents, ${location.learners} learners; ${total} sequential requests per read`);
  for (const [name, make] of Object.entries(reads)) {
    for (let i = 0; i < 5; i++) await timed(name, ...make(i)); // warm-up
    const samples = [];
    for (let i = 0; i < total; i++) samples.push(await timed(name, ...make(i)));
    const times = samples.map((s) => s.ms).sort((a, b) => a - b);
    const inWorker = samples.map((s) => s.worker).sort((a, b) => a - b);
    const row = {
      read: name, n: total,
      p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), max: times.at(-1),
      worker_p50: percentile(inWorker, 50), worker_p99: percentile(inWorker, 99), worker_max: inWorker.at(-1),
    };
    results.push(row);
    const verdict = row.worker_p99 <= BUDGET_MS ? "ok" : "OVER BUDGET";
    console.log(
      `${name.padEnd(44)} p50 ${row.p50.toFixed(1).padStart(6)}  p95 ${row.p95.toFixed(1).padStart(6)}  ` +
        `p99 ${row.p99.toFixed(1).padStart(6)}  max ${row.max.toFixed(1).padStart(6)} ms | Worker+D1 p50 ` +
        `${String(row.worker_p50).padStart(3)}  p99 ${String(row.worker_p99).padStart(3)}  max ${String(row.worker_max).padStart(3)} ms  ${verdict}`,
    );
  }
} finally {
  process.kill(-server.pid, "SIGTERM");
}
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2));
const over = results.filter((r) => r.worker_p99 > BUDGET_MS).length;
const overEndToEnd = results.filter((r) => r.p99 > BUDGET_MS).length;
console.log(
  `${results.length - over} reads within ${BUDGET_MS} ms p99 in the Worker (D1 included), ${over} over; ` +
    `end to end through wrangler dev: ${results.length - overEndToEnd} within, ${overEndToEnd} over`,
);
