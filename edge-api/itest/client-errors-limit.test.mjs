// The problem-report door is open to anyone, so it is limited per client (120 reports in 10
// minutes; an IPv6 client is its /64) and keeps at most 16 KiB of body: a larger one is a 413 by
// its Content-Length before reading, or, chunked, once it has streamed past the limit. `cf-connecting-ip` is set by Cloudflare's edge in production; the local
// runtime keeps one a test sends, which lets one test be many clients.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { apiForFile, expectProblem, query } from "./harness.mjs";

const api = apiForFile();
const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const MINUTE = 60_000;
const report = { route: "/staff", message: "Could not load locations", status: 503 };

const send = (address, now, { body = report, key } = {}) =>
  api.call("/api/client-errors", {
    body,
    now,
    headers: { "cf-connecting-ip": address, ...(key ? { "idempotency-key": key } : {}) },
  });

const stored = async () => (await query(api.persist, "SELECT COUNT(*) AS n FROM client_error_reports"))[0].n;

test("a client gets 120 reports in 10 minutes, then 429 with Retry-After; other clients are not held up", async () => {
  const before = await stored();
  for (let i = 0; i < 120; i++) assert.equal((await send("192.0.2.1", T0 + i)).status, 201, `report ${i + 1}`);
  // Sent from the offline queue, with its key: the 429 must not be kept for that key.
  const key = randomUUID();
  const refused = await send("192.0.2.1", T0 + 200, { key });
  const problem = await expectProblem(assert, refused, 429);
  assert.equal(problem.type, "/problems/too-many-attempts");
  assert.match(problem.detail, /Too many requests from this network/);
  const retryAfter = Number(refused.headers.get("retry-after"));
  assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${retryAfter}`);
  assert.equal(await stored(), before + 120, "the refused report is not stored");

  assert.equal((await send("192.0.2.2", T0 + 201)).status, 201, "another address is another client");
  // The window is counted from the client's first report: ten minutes on, it starts afresh, and
  // the queue's resend under the same key is stored, not answered with the old 429.
  const resent = await send("192.0.2.1", T0 + 10 * MINUTE + 1, { key });
  assert.equal(resent.status, 201);
  assert.equal(resent.headers.get("idempotent-replayed"), null);
});

test("200 addresses in one IPv6 /64 are one client", async () => {
  const statuses = [];
  for (let i = 1; i <= 200; i++) {
    statuses.push((await send(`2001:db8:5:6::${i.toString(16)}`, T0 + i)).status);
  }
  assert.equal(statuses.filter((s) => s === 201).length, 120);
  assert.equal(statuses.filter((s) => s === 429).length, 80);
  assert.equal((await send("2001:db8:5:7::1", T0 + 300)).status, 201, "the next /64 is another client");
});

test("a chunked body over 16 KiB is a 413, nothing is stored, and the Worker keeps serving", async () => {
  const before = await stored();
  const chunk = new TextEncoder().encode(" ".repeat(4096));
  let sent = 0;
  const body = new ReadableStream({
    pull(controller) {
      // 1 MiB in 4 KiB chunks, no Content-Length.
      if (sent >= 256) return controller.close();
      sent += 1;
      controller.enqueue(chunk);
    },
  });
  const { origin } = await api.ready();
  const response = await api.fetch("/api/client-errors", {
    method: "POST",
    headers: { "content-type": "application/json", origin, "cf-connecting-ip": "192.0.2.9" },
    body,
    duplex: "half",
  });
  const problem = await expectProblem(assert, response, 413);
  assert.equal(problem.type, "/problems/payload-too-large");
  assert.equal(await stored(), before);
  // Letting go of a half-read body used to make workerd restart under the next request.
  assert.equal((await api.fetch("/api/health")).status, 200);

  const declared = await api.fetch("/api/client-errors", {
    method: "POST",
    headers: { "content-type": "application/json", origin, "cf-connecting-ip": "192.0.2.9" },
    body: JSON.stringify({ ...report, message: "x".repeat(17_000) }),
  });
  await expectProblem(assert, declared, 413);
});
