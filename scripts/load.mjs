// The load test's client (`bash scripts/load.sh` serves the API and runs it; a report, not a test
// gate). Keeps CONNECTIONS keep-alive connections busy for SECONDS with a mix of resident reads, one
// queued write and staff list reads, then compares the stored rows with the acknowledged writes.
//
// The write is a problem report (`POST /api/client-errors`, queued by the app through
// `api::report_client_error`), sent as the offline queue sends it: a fresh Idempotency-Key, the same
// bytes on every retry, 409 request-in-progress → again after Retry-After, no answer or 5xx → again
// after a pause. It is the queued write whose rows show a second delivery: every run of its handler
// inserts a new row, while the other queued writes (learning answers, sign-ups, favourites,
// language) are merges that store the same state however often they arrive. The message carries the
// key, so rows are counted per key. A share of the writes is sent again with the same key, as a
// phone does: after the answer came ("after"), while the first is still running ("racing"), or
// after the first was cut off mid-flight ("lost": the client aborts it and never sees its answer).
//
// Requests go through undici's fetch (what Node's fetch is built on; the pinned undici 7 that
// wrangler's miniflare installs) with one Agent of CONNECTIONS connections. CONNECTIONS virtual
// users each keep one request in flight; a retry that is due is taken before new work, so waiting
// for Retry-After never leaves a connection idle.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Agent, fetch } from "undici";
import { registerResidents, signInEmployee } from "../edge-api/itest/accounts.mjs";
import { SESSION_COOKIE, query } from "../edge-api/itest/harness.mjs";

function setting(name, fallback, { min = Number.MIN_VALUE, max = Infinity } = {}) {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name}=${process.env[name]} is out of range`);
  return value;
}
const SECONDS = setting("WEGWIJS_LOAD_SECONDS", 60);
const CONNECTIONS = Math.round(setting("WEGWIJS_LOAD_CONNECTIONS", 50));
const RESIDENTS = Math.round(setting("WEGWIJS_LOAD_RESIDENTS", 48));
const RESEND = setting("WEGWIJS_LOAD_RESEND", 0.3, { min: 0, max: 1 });
const BASE = process.env.WEGWIJS_LOAD_BASE;
const STATE = process.env.WEGWIJS_LOAD_STATE;
if (!BASE || !STATE) throw new Error("run through scripts/load.sh (WEGWIJS_LOAD_BASE and WEGWIJS_LOAD_STATE)");
// After the run, retries still due may take until a cut-off claim is abandoned (the API frees it
// after 60 s); a write still without an answer after this counts as unacknowledged.
const DRAIN_MS = 120_000;
const LANGUAGES = ["en", "nl", "ar", "fa", "ps", "ckb", "ti", "so", "tr", "uk", "ru", "fr"];
const STAFF = "acct-staff-zwolle";
const LOCATION = "loc-zwolle";
const MODULE = "mod-safe-phone";
const MARK = "load-test ";
const IN_PROGRESS = "/problems/request-in-progress";

const agent = new Agent({ connections: CONNECTIONS });
const origin = new URL(BASE).origin;

/** A request as the app's page sends it (same Origin, JSON body, session cookie); the itest helpers' `api.call` shape. */
function call(path, { method, body, cookie, headers = {}, signal } = {}) {
  const h = { origin, ...headers };
  if (body !== undefined) h["content-type"] = "application/json";
  if (cookie) h.cookie = `${SESSION_COOKIE}=${cookie}`;
  return fetch(new URL(path, BASE), {
    method: method ?? (body === undefined ? "GET" : "POST"),
    headers: h,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    dispatcher: agent,
    signal,
  });
}

// ---- measurement -------------------------------------------------------------------------------

let deadline = Infinity;
/** kind → { ms: [latencies of answered requests], statuses: Map(status → count) }, per phase. */
const phases = { run: new Map(), after: new Map() };

function record(kind, status, ms) {
  const table = performance.now() <= deadline ? phases.run : phases.after;
  const entry = table.get(kind) ?? { ms: [], statuses: new Map() };
  table.set(kind, entry);
  if (typeof status === "number") entry.ms.push(ms);
  entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
}

async function timed(kind, path, init = {}) {
  const start = performance.now();
  let status;
  try {
    const response = await call(path, init);
    const text = await response.text();
    status = response.status;
    return { status, text, headers: response.headers };
  } catch (error) {
    status = init.signal?.aborted ? "aborted" : `no answer (${error.cause?.code ?? error.name})`;
    return { status };
  } finally {
    record(kind, status, performance.now() - start);
  }
}

// ---- the queued write ----------------------------------------------------------------------------

/** key → { key, cookie, body, answers: [{ id, replayed }], refused: [status] } */
const writes = new Map();
/** Retries and resends that are due at `at` (ms, performance.now()), oldest first. */
const due = [];
let delivering = 0;

function later(ms, run) {
  due.push({ at: performance.now() + ms, run });
  due.sort((a, b) => a.at - b.at);
}

function problemType(text) {
  try {
    return JSON.parse(text).type;
  } catch {
    return undefined;
  }
}

/** One copy of a write, sent until it has a final answer, as the offline queue does. */
async function deliver(w, kind, { abortAfterMs } = {}) {
  delivering += 1;
  try {
    const controller = abortAfterMs === undefined ? undefined : new AbortController();
    const timer = controller && setTimeout(() => controller.abort(), abortAfterMs);
    const answer = await timed(kind, "/api/client-errors", {
      body: w.body,
      cookie: w.cookie,
      // Each phone its own address (the local runtime keeps a sent cf-connecting-ip), as in a
      // centre of many phones: the report door limits what one client may send.
      headers: { "idempotency-key": w.key, "cf-connecting-ip": w.address },
      signal: controller?.signal,
    });
    clearTimeout(timer);
    const { status } = answer;
    if (typeof status === "number" && status >= 200 && status < 300) {
      w.answers.push({ id: JSON.parse(answer.text).id, replayed: answer.headers.get("idempotent-replayed") === "true" });
    } else if (status === 409 && problemType(answer.text) === IN_PROGRESS) {
      later(Number(answer.headers.get("retry-after") ?? 1) * 1000, () => deliver(w, "write resend"));
    } else if (typeof status !== "number" || status >= 500 || status === 408 || status === 429) {
      later(1000, () => deliver(w, "write resend"));
    } else {
      w.refused.push(status);
    }
  } finally {
    delivering -= 1;
  }
}

/** One address per phone, 198.18.x.y (the benchmarking range). */
const addresses = new Map();
const addressOf = (resident) => {
  if (!addresses.has(resident)) addresses.set(resident, `198.18.${addresses.size >> 8}.${addresses.size & 255}`);
  return addresses.get(resident);
};

async function newWrite(resident) {
  const key = randomUUID();
  const body = JSON.stringify({ route: "/learning", message: `${MARK}${key}`, status: 503, request_id: null });
  const w = { key, cookie: resident.cookie, address: addressOf(resident), body, answers: [], refused: [] };
  writes.set(key, w);
  const roll = Math.random() / RESEND;
  if (roll < 1 / 3) {
    // The copy is taken by the next free user, usually while the first still runs.
    later(0, () => deliver(w, "write resend"));
    await deliver(w, "write");
  } else if (roll < 2 / 3) {
    // Cut off within 30 ms of sending (under load, before the answer): the phone never sees an
    // answer and sends it again (an answer that did arrive first is recorded, and resent anyway).
    await deliver(w, "write", { abortAfterMs: Math.random() * 30 });
    if (w.answers.length) later(1000, () => deliver(w, "write resend"));
  } else if (roll < 1) {
    await deliver(w, "write");
    if (w.answers.length) later(Math.random() * 2000, () => deliver(w, "write resend"));
  } else {
    await deliver(w, "write");
  }
}

// ---- the mix -------------------------------------------------------------------------------------

const residentReads = {
  session: () => "/api/session",
  content: (r) => `/api/content?language=${r.language}`,
  centre: () => "/api/centre",
  activities: (r) => `/api/activities?days=14&language=${r.language}`,
  learning: (r) => `/api/learning?language=${r.language}`,
  "learning module": (r) => `/api/learning/modules/${MODULE}?language=${r.language}`,
};
const staffReads = {
  "staff residents": `/api/residents?location=${LOCATION}`,
  "staff activities": `/api/activities/definitions?location=${LOCATION}`,
};
/** [kind, weight]: residents outnumber staff; a quarter of the requests are writes. */
const MIX = [
  ...Object.keys(residentReads).map((kind) => [kind, 10]),
  ["write", 25],
  ["staff residents", 8],
  ["staff activities", 7],
];
const totalWeight = MIX.reduce((sum, [, weight]) => sum + weight, 0);
const pick = (list) => list[Math.floor(Math.random() * list.length)];

function operation(kind, principals) {
  const resident = pick(principals.residents);
  if (kind === "write") return newWrite(resident);
  if (kind in staffReads) return timed(kind, staffReads[kind], { cookie: principals.staff });
  return timed(kind, residentReads[kind](resident), { cookie: resident.cookie });
}

function randomKind() {
  let roll = Math.random() * totalWeight;
  for (const [kind, weight] of MIX) if ((roll -= weight) < 0) return kind;
  return MIX[MIX.length - 1][0];
}

async function user(principals, hardStop) {
  for (;;) {
    const now = performance.now();
    if (due.length && due[0].at <= now) await due.shift().run();
    else if (now < deadline) await operation(randomKind(), principals);
    else if ((due.length === 0 && delivering === 0) || now > hardStop) return;
    else await sleep(Math.min(50, due.length ? due[0].at - now : 50));
  }
}

// ---- setup -------------------------------------------------------------------------------------

async function principals() {
  const api = { call };
  const staff = await signInEmployee(api, STAFF);
  const perLanguage = Math.ceil(RESIDENTS / LANGUAGES.length);
  const groups = await Promise.all(
    LANGUAGES.map(async (language, index) => {
      const count = Math.max(0, Math.min(perLanguage, RESIDENTS - index * perLanguage));
      const names = Array.from({ length: count }, (_, i) => `Load ${language} ${i}`);
      const made = await registerResidents(api, staff, names, { location: LOCATION, language, numberPrefix: `9${String(index).padStart(2, "0")}` });
      return made.map((r) => ({ ...r, language }));
    }),
  );
  return { staff, residents: groups.flat() };
}

/** Every kind answers 2xx once before the clock starts, so a broken setup is not measured as load. */
async function smoke(p) {
  const r = p.residents[0];
  const checks = [
    ...Object.entries(residentReads).map(([kind, path]) => [kind, path(r), r.cookie]),
    ...Object.entries(staffReads).map(([kind, path]) => [kind, path, p.staff]),
  ];
  for (const [kind, path, cookie] of checks) {
    const response = await call(path, { cookie });
    const text = await response.text();
    if (!response.ok) throw new Error(`${kind} (${path}) answered ${response.status}: ${text.slice(0, 300)}`);
  }
}

// ---- the check -----------------------------------------------------------------------------------

const PAGE = 2000;

/** key → [row ids] of the stored problem reports this run made. */
async function storedRows() {
  const byKey = new Map();
  for (let offset = 0; ; offset += PAGE) {
    const page = await query(
      STATE,
      `SELECT id, substr(message, ${MARK.length + 1}) AS key FROM client_error_reports ` +
        `WHERE message LIKE '${MARK}%' ORDER BY id LIMIT ${PAGE} OFFSET ${offset}`,
    );
    for (const { id, key } of page) byKey.set(key, [...(byKey.get(key) ?? []), id]);
    if (page.length < PAGE) return byKey;
  }
}

function compare(byKey) {
  const c = { keys: writes.size, acknowledged: 0, unacknowledged: 0, unacknowledgedStored: 0, refused: 0, rows: 0, lost: 0, doubled: 0, otherRow: 0, firstAnswers: 0, replays: 0, strays: 0 };
  for (const ids of byKey.values()) c.rows += ids.length;
  for (const key of byKey.keys()) if (!writes.has(key)) c.strays += 1;
  for (const w of writes.values()) {
    const ids = byKey.get(w.key) ?? [];
    const ran = w.answers.filter((a) => !a.replayed).length;
    c.firstAnswers += ran;
    c.replays += w.answers.length - ran;
    // Two rows, or two answers that each say the handler ran: delivered twice.
    if (ids.length > 1 || ran > 1) c.doubled += 1;
    if (w.refused.length) c.refused += 1;
    if (w.answers.length === 0) {
      c.unacknowledged += 1;
      if (ids.length) c.unacknowledgedStored += 1;
      continue;
    }
    c.acknowledged += 1;
    if (ids.length === 0) c.lost += 1;
    // Every answer to one key names the one row it stored.
    else if (w.answers.some((a) => !ids.includes(a.id)) || new Set(w.answers.map((a) => a.id)).size > 1) c.otherRow += 1;
  }
  return c;
}

// ---- report --------------------------------------------------------------------------------------

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => (value === undefined ? "-" : value.toFixed(1));
const statusList = (statuses) => [...statuses].sort().map(([s, n]) => `${s}×${n}`).join(" ");

function table(title, kinds, seconds) {
  console.log(`\n${title}`);
  console.log(`${"kind".padEnd(20)}${"requests".padStart(9)}${"req/s".padStart(8)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}  statuses`);
  let total = 0;
  for (const [kind, { ms: latencies, statuses }] of [...kinds].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const n = [...statuses.values()].reduce((a, b) => a + b, 0);
    total += n;
    const rate = seconds ? (n / seconds).toFixed(1) : "";
    console.log(`${kind.padEnd(20)}${String(n).padStart(9)}${rate.padStart(8)}${ms(percentile(sorted, 50)).padStart(9)}${ms(percentile(sorted, 99)).padStart(9)}  ${statusList(statuses)}`);
  }
  return total;
}

/**
 * Non-2xx answers except the ones the protocol expects: the deliberate cut-offs, and 409 in progress
 * on either copy of a write (of a racing pair, either may claim the key first; a 409 of another
 * type counts as refused).
 */
function errors() {
  const counts = new Map();
  for (const kinds of Object.values(phases)) {
    for (const [kind, { statuses }] of kinds) {
      for (const [status, n] of statuses) {
        const expected = status === "aborted" || (status === 409 && kind.startsWith("write"));
        if (!expected && !(typeof status === "number" && status < 300)) counts.set(status, (counts.get(status) ?? 0) + n);
      }
    }
  }
  return counts;
}

// ---- main ----------------------------------------------------------------------------------------

const setupStart = performance.now();
const p = await principals();
await smoke(p);
console.log(`setup: staff ${STAFF} signed in, ${p.residents.length} residents registered and activated at ${LOCATION} in ${LANGUAGES.length} languages (${((performance.now() - setupStart) / 1000).toFixed(1)} s)`);
console.log(`load: ${SECONDS} s, ${CONNECTIONS} connections, writes sent again: ${(RESEND * 100).toFixed(0)} % (racing, lost, after: a third each)`);

const start = performance.now();
deadline = start + SECONDS * 1000;
await Promise.all(Array.from({ length: CONNECTIONS }, () => user(p, deadline + DRAIN_MS)));
const drained = (performance.now() - deadline) / 1000;
await agent.close();

const total = table(`during the run (${SECONDS} s)`, phases.run, SECONDS);
console.log(`throughput: ${(total / SECONDS).toFixed(1)} requests/s (${total} requests answered or cut off)`);
if (phases.after.size) table(`after the run: in-flight requests and due retries (${drained.toFixed(1)} s)`, phases.after);
const errorCounts = errors();
console.log(`\nerrors by status: ${errorCounts.size ? statusList(errorCounts) : "none"} (409 in progress on writes and the deliberate cut-offs not counted)`);

const [open] = await query(STATE, "SELECT count(*) AS n FROM idempotency_keys WHERE status IS NULL");
const c = compare(await storedRows());
console.log(
  `\nwrites: ${c.keys} keys; acknowledged ${c.acknowledged} (${c.firstAnswers} first answers, ${c.replays} replays); ` +
    `unacknowledged ${c.unacknowledged} (${c.unacknowledgedStored} of them stored); refused ${c.refused}`,
);
console.log(`stored rows: ${c.rows}; rows of no key this run sent: ${c.strays}; claims still open: ${open.n}`);
console.log(`lost ${c.lost}, duplicated ${c.doubled}, answers naming another row ${c.otherRow}`);

const serverFaults = [...errorCounts].filter(([s]) => typeof s === "number" && s >= 500).reduce((a, [, n]) => a + n, 0);
const failures = [
  c.lost && `${c.lost} acknowledged writes lost`,
  c.doubled && `${c.doubled} writes stored twice`,
  c.otherRow && `${c.otherRow} keys answered with another row`,
  c.strays && `${c.strays} rows of unknown keys`,
  c.refused && `${c.refused} writes refused`,
  serverFaults && `${serverFaults} server faults (5xx)`,
].filter(Boolean);
if (failures.length) {
  console.log(`FAILED: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("OK: nothing lost, nothing doubled");
