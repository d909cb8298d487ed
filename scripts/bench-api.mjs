// API latency benchmark (a report, not a test gate). Starts the real Worker on workerd with a fresh
// migrated + seeded D1 (same harness as the integration tests), then for each endpoint sends a
// bounded number of requests over loopback: first sequentially (latency), then with a fixed
// concurrency (throughput). Prints p50/p95/p99 and requests per second.
//
//   node scripts/bench-api.mjs [requests-per-endpoint=500] [concurrency=10]
import { performance } from "node:perf_hooks";
import { startApi } from "../edge-api/itest/harness.mjs";

const total = Number(process.argv[2] ?? 500);
const concurrency = Number(process.argv[3] ?? 10);
const endpoints = ["/api/health", "/api/locations"];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timed(api, path) {
  const start = performance.now();
  const response = await api.fetch(path);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - start;
}

const api = await startApi();
try {
  for (const path of endpoints) {
    for (let i = 0; i < 20; i++) await timed(api, path); // warm-up
    const sequential = [];
    for (let i = 0; i < total; i++) sequential.push(await timed(api, path));
    sequential.sort((a, b) => a - b);

    let next = 0;
    const startAll = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next += 1;
          await timed(api, path);
        }
      }),
    );
    const seconds = (performance.now() - startAll) / 1000;
    console.log(
      `${path.padEnd(16)} sequential n=${total}: p50 ${percentile(sequential, 50).toFixed(2)} ms, ` +
        `p95 ${percentile(sequential, 95).toFixed(2)} ms, p99 ${percentile(sequential, 99).toFixed(2)} ms; ` +
        `concurrency ${concurrency}: ${(total / seconds).toFixed(0)} req/s`,
    );
  }
} finally {
  await api.dispose();
}
