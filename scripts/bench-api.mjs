// API latency benchmark (a report, not a test gate). Starts the real Worker on workerd with a fresh
// migrated + seeded D1 (same harness as the integration tests), then for each endpoint sends a
// bounded number of requests over loopback: first sequentially (latency), then with a fixed
// concurrency (throughput). Prints p50/p95/p99 and requests per second.
//
// Sign-in runs one argon2id verification (m=19 MiB, t=2, p=1) inside workerd; it is measured with
// fewer requests, and its difference to `/api/session` (same D1 work shape, no hash) estimates
// the hash time.
//
//   node scripts/bench-api.mjs [requests-per-endpoint=500] [concurrency=10]
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { resident, signInEmployee, signInResident } from "../edge-api/itest/accounts.mjs";
import { startApi } from "../edge-api/itest/harness.mjs";

const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 10);
const amal = resident("acct-res-amal");
// name → [requests, request function]; a function returns the Response.
const endpoints = {
  "/api/health": [total, (api) => api.fetch("/api/health")],
  "/api/locations": [total, (api) => api.fetch("/api/locations")],
  "/api/session": [total, (api, s) => api.call("/api/session", { cookie: s.resident })],
  "/api/residents": [total, (api, s) => api.call("/api/residents", { cookie: s.staff })],
  "/api/content?language=ar": [total, (api, s) => api.call("/api/content?language=ar", { cookie: s.resident })],
  "/api/centre": [total, (api, s) => api.call("/api/centre", { cookie: s.resident })],
  "/api/activities?days=14": [total, (api, s) => api.call("/api/activities?days=14", { cookie: s.resident })],
  // Learning: the answer is a replay after the first (the first answer counts), so every
  // request does the full read-grade-insert-reread work without finishing an attempt.
  "/api/learning?language=ar": [total, (api, s) => api.call("/api/learning?language=ar", { cookie: s.resident })],
  "/api/learning/modules/mod-safe-phone": [
    total,
    (api, s) => api.call("/api/learning/modules/mod-safe-phone?language=ar", { cookie: s.resident }),
  ],
  "PUT …/answers/sp-lock-q": [
    total,
    (api, s) =>
      api.call("/api/learning/modules/mod-safe-phone/answers/sp-lock-q", {
        method: "PUT",
        cookie: s.resident,
        headers: { "idempotency-key": randomUUID() },
        body: { attempt: 1, choices: ["true"], answered_at_ms: Date.now() },
      }),
  ],
  "/api/learning/dashboard (trainer)": [
    total,
    (api, s) => api.call("/api/learning/dashboard?module=mod-safe-phone&location=loc-zwolle", { cookie: s.trainer }),
  ],
  "POST /api/auth/resident-sign-in": [
    Math.min(total, 100),
    (api) => api.call("/api/auth/resident-sign-in", { body: { resident_number: amal.resident_number, pin: amal.pin } }),
  ],
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timed(api, sessions, path, send) {
  const start = performance.now();
  const response = await send(api, sessions);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - start;
}

const api = await startApi();
try {
  const sessions = { resident: await signInResident(api, "acct-res-amal"), staff: await signInEmployee(api, "acct-staff-zwolle"), trainer: await signInEmployee(api, "acct-trainer-zwolle") };
  for (const [path, [total, send]] of Object.entries(endpoints)) {
    for (let i = 0; i < 10; i++) await timed(api, sessions, path, send); // warm-up
    const sequential = [];
    for (let i = 0; i < total; i++) sequential.push(await timed(api, sessions, path, send));
    sequential.sort((a, b) => a - b);

    let next = 0;
    const startAll = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next += 1;
          await timed(api, sessions, path, send);
        }
      }),
    );
    const seconds = (performance.now() - startAll) / 1000;
    console.log(
      `${path.padEnd(32)} sequential n=${total}: p50 ${percentile(sequential, 50).toFixed(2)} ms, ` +
        `p95 ${percentile(sequential, 95).toFixed(2)} ms, p99 ${percentile(sequential, 99).toFixed(2)} ms; ` +
        `concurrency ${concurrency}: ${(total / seconds).toFixed(0)} req/s`,
    );
  }
} finally {
  await api.dispose();
}
