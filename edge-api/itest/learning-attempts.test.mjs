// The residents' learning API on real workerd + D1, part 2: what offline phones do to
// answers (replays with the same and with a new Idempotency-Key, out-of-order arrival, parallel
// last answers), failed and passed attempts, exactly one certificate, a trainer reordering the
// module mid-attempt, /api/verify (forgiving typing, refusing forged codes, no personal data), and
// the passport surviving a move to another location.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { expectProblem, query } from "./harness.mjs";
import { CORRECT, NOW, QUESTIONS, WRONG, fullModule, learningFile, okJson, replaceModule } from "./learning-fixture.mjs";

// 00:30 on Tuesday 1 December in Zwolle, still 30 November in UTC.
const LATE = Date.UTC(2026, 10, 30, 23, 30);

const file = learningFile({
  modules: ["mod-it-a", "mod-it-cert", "mod-it-reorder"].map((id) => fullModule(id)),
  learners: 7,
  prefix: "30000001",
});
const { api, c } = file;
let admin, learners;

const count = async (table, account, extra = "") =>
  (await query(api.persist, `SELECT count(*) AS n FROM ${table} WHERE account_id = '${account}' ${extra}`))[0].n;

before(async () => {
  ({ admin, learners } = await file.ready());
});

test("a replay (same key) and the same answer with a new key store exactly one answer; the first counts", async () => {
  const me = learners[0];
  const key = randomUUID();
  const first = await c.answer("mod-it-a", "q-single", CORRECT["q-single"], me.cookie, { key });
  const body = await okJson(first);
  assert.deepEqual([body.correct, body.recorded, body.progress.answers.length], [true, true, 1]);
  const replay = await c.answer("mod-it-a", "q-single", CORRECT["q-single"], me.cookie, { key });
  assert.equal(replay.headers.get("idempotent-replayed"), "true");
  assert.deepEqual(await okJson(replay), body);
  const again = await okJson(await c.answer("mod-it-a", "q-single", CORRECT["q-single"], me.cookie));
  assert.deepEqual([again.correct, again.recorded], [true, false]);
  // A second try with another answer changes nothing: the first answer counts.
  const other = await okJson(await c.answer("mod-it-a", "q-single", WRONG["q-single"], me.cookie));
  assert.deepEqual([other.correct, other.recorded], [true, false]);
  assert.deepEqual(other.progress.answers, [{ question_id: "q-single", attempt: 1, choices: ["a"], correct: true }]);
  assert.equal(await count("learning_answers", me.id), 1);
  assert.equal(await count("learning_progress", me.id), 1);
});

test("answers arriving out of order (attempt 2 before the end of attempt 1) finish each attempt exactly once", async () => {
  const me = learners[1];
  // The phone did attempt 1 offline (two wrong: 3 of 5, below 75 %), then attempt 2 (all right);
  // the queue delivers them mixed up, with the phone's answer times.
  const deliveries = [
    [1, "q-pic", WRONG],
    [1, "q-order", WRONG],
    [2, "q-single", CORRECT],
    [1, "q-multi", CORRECT],
    [2, "q-pic", CORRECT],
    [1, "q-tf", CORRECT],
    [2, "q-tf", CORRECT],
    [1, "q-single", CORRECT], // the last of attempt 1
    [2, "q-order", CORRECT],
    [2, "q-multi", CORRECT], // the last of attempt 2
  ];
  let last;
  for (const [i, [attempt, q, answers]] of deliveries.entries()) {
    last = await okJson(
      await c.answer("mod-it-a", q, answers[q], me.cookie, { attempt, answeredAt: NOW - 3_600_000 + i * 1000 }),
    );
    assert.equal(last.recorded, true, `${attempt} ${q}`);
    const finished = last.progress.attempts.map((a) => a.attempt);
    assert.deepEqual(finished, i < 7 ? [] : i < 9 ? [1] : [1, 2], `after ${attempt} ${q}`);
  }
  assert.deepEqual(
    last.progress.attempts.map(({ attempt, correct, total, passed }) => ({ attempt, correct, total, passed })),
    [
      { attempt: 1, correct: 3, total: 5, passed: false },
      { attempt: 2, correct: 5, total: 5, passed: true },
    ],
  );
  assert.equal(last.progress.state, "completed");
  assert.equal(last.progress.attempt, 2);
  assert.ok(last.progress.certificate);
  // Every delivery again with new keys (a queue that lost its answers): nothing changes.
  for (const [attempt, q, answers] of deliveries) {
    const again = await okJson(await c.answer("mod-it-a", q, answers[q], me.cookie, { attempt }));
    assert.equal(again.recorded, false);
  }
  assert.equal(await count("learning_answers", me.id), 10);
  assert.equal(await count("learning_attempts", me.id), 2);
  assert.equal(await count("learning_certificates", me.id), 1);
  const stored = await query(api.persist, `SELECT answered_at FROM learning_answers WHERE account_id = '${me.id}'`);
  assert.ok(stored.every((r) => r.answered_at < NOW), "the phone's answer times are kept");
});

test("a failed attempt, then attempt 2 passes: one certificate, dated on the location's local date", async () => {
  const me = learners[2];
  for (const q of QUESTIONS) {
    const answers = q === "q-order" || q === "q-multi" ? WRONG : CORRECT;
    await okJson(await c.answer("mod-it-cert", q, answers[q], me.cookie, { at: LATE, answeredAt: LATE + 86_400_000 }));
  }
  const failed = await okJson(await c.get("/api/learning/modules/mod-it-cert/progress", me.cookie));
  assert.equal(failed.attempt, 2, "the next attempt");
  assert.equal(failed.state, "needs_help");
  assert.deepEqual(failed.answers, [], "nothing answered in attempt 2 yet");
  assert.deepEqual(
    failed.attempts.map(({ attempt, correct, total, passed }) => [attempt, correct, total, passed]),
    [[1, 3, 5, false]],
  );
  assert.equal(failed.certificate, null);
  const future = await query(api.persist, `SELECT max(answered_at) AS t FROM learning_answers WHERE account_id = '${me.id}'`);
  assert.equal(future[0].t, LATE, "a phone clock ahead is clamped to the server's now");

  let outcome;
  for (const q of QUESTIONS) {
    outcome = await okJson(await c.answer("mod-it-cert", q, CORRECT[q], me.cookie, { attempt: 2, at: LATE }));
  }
  const cert = outcome.progress.certificate;
  assert.match(cert.code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  assert.equal(cert.issued_on, "2026-12-01", "Zwolle's date, not UTC's");
  assert.deepEqual([cert.module_id, cert.level, cert.competences], ["mod-it-cert", 2, ["4.2", "2.1"]]);
  assert.deepEqual(cert.title, { text: "Test module mod-it-cert", lang: "en" });
  assert.equal(outcome.progress.state, "completed");
  assert.equal(outcome.progress.attempt, 2);
  assert.equal(await count("learning_certificates", me.id), 1);

  const overview = await okJson(await c.get("/api/learning", me.cookie));
  const summary = overview.modules.find((m) => m.id === "mod-it-cert");
  assert.deepEqual([summary.state, summary.certificate_code, summary.answered], ["completed", cert.code, 5]);
});

test("parallel last answers finish the attempt once and issue one certificate", async () => {
  for (const me of [learners[3], learners[4]]) {
    for (const q of ["q-single", "q-tf", "q-multi"]) await okJson(await c.answer("mod-it-a", q, CORRECT[q], me.cookie));
    const responses = await Promise.all([
      c.answer("mod-it-a", "q-order", CORRECT["q-order"], me.cookie),
      c.answer("mod-it-a", "q-pic", CORRECT["q-pic"], me.cookie),
      c.answer("mod-it-a", "q-order", CORRECT["q-order"], me.cookie),
      c.answer("mod-it-a", "q-pic", CORRECT["q-pic"], me.cookie),
    ]);
    const bodies = await Promise.all(responses.map(okJson));
    assert.equal(bodies.filter((b) => b.recorded).length, 2, "one of each question counts");
    assert.equal(await count("learning_attempts", me.id), 1);
    assert.equal(await count("learning_certificates", me.id), 1);
    const progress = await okJson(await c.get("/api/learning/modules/mod-it-a/progress", me.cookie));
    const [{ code }] = await query(api.persist, `SELECT code FROM learning_certificates WHERE account_id = '${me.id}'`);
    assert.equal(progress.certificate.code, code);
    for (const b of bodies.filter((b) => b.progress.certificate)) assert.equal(b.progress.certificate.code, code);
    assert.deepEqual(progress.attempts.map((a) => [a.attempt, a.correct, a.passed]), [[1, 5, true]]);
  }
});

test("a trainer reordering the module mid-attempt loses nothing, and resuming follows the new order", async () => {
  const me = learners[5];
  await okJson(await c.seen("mod-it-reorder", ["t1", "img1"], me.cookie));
  await okJson(await c.answer("mod-it-reorder", "q-single", CORRECT["q-single"], me.cookie));
  await okJson(await c.answer("mod-it-reorder", "q-tf", WRONG["q-tf"], me.cookie));
  const before = await c.get("/api/learning/modules/mod-it-reorder?language=en", me.cookie);
  const etag = before.headers.get("etag");

  // Lessons swapped, every lesson's items reversed; ids unchanged (a new version).
  const module = fullModule("mod-it-reorder");
  module.lessons = module.lessons.reverse().map((l) => ({ ...l, items: [...l.items].reverse() }));
  await replaceModule(api.persist, module);

  const view = await c.get("/api/learning/modules/mod-it-reorder?language=en", me.cookie, { "if-none-match": etag });
  assert.equal(view.status, 200, "a new version is a new tag");
  const fresh = await view.json();
  assert.equal(fresh.version, 2);
  const order = fresh.lessons.flatMap((l) => l.items.map((i) => i.id));
  assert.deepEqual(order, ["q-pic", "q-order", "q-multi", "q-tf", "q-single", "try1", "img1", "t1"]);

  const progress = await okJson(await c.get("/api/learning/modules/mod-it-reorder/progress", me.cookie));
  assert.deepEqual(progress.seen, ["img1", "t1"], "seen steps kept, in the new order");
  assert.deepEqual(progress.answers.map((a) => [a.question_id, a.correct]), [["q-tf", false], ["q-single", true]]);
  // Where to continue (progress::resume_point): the first item neither seen nor answered.
  const done = new Set([...progress.seen, ...progress.answers.map((a) => a.question_id)]);
  assert.equal(order.find((id) => !done.has(id)), "q-pic");

  let outcome;
  for (const q of ["q-pic", "q-order", "q-multi"]) {
    outcome = await okJson(await c.answer("mod-it-reorder", q, CORRECT[q], me.cookie));
  }
  assert.deepEqual(
    outcome.progress.attempts.map(({ attempt, correct, total, passed }) => [attempt, correct, total, passed]),
    [[1, 4, 5, true]],
  );
  assert.ok(outcome.progress.certificate);
});

test("verify: a code shows module, level and date to anyone, forgiving case and spaces; forged codes are 422", async () => {
  const me = learners[2];
  const [{ code }] = await query(api.persist, `SELECT code FROM learning_certificates WHERE account_id = '${me.id}'`);
  const response = await api.call(`/api/verify/${code}`, { now: NOW });
  const text = await response.clone().text();
  const body = await okJson(response);
  assert.deepEqual(Object.keys(body).sort(), ["code", "competences", "issued_on", "level", "title"]);
  assert.deepEqual(body, {
    code,
    title: { text: "Test module mod-it-cert", lang: "en" },
    level: 2,
    competences: ["4.2", "2.1"],
    issued_on: "2026-12-01",
  });
  for (const personal of [me.id, me.name, "loc-zwolle", "Zwolle", "acct-"]) {
    assert.ok(!text.includes(personal), `no ${personal} in ${text}`);
  }

  const typed = encodeURIComponent(code.toLowerCase().replaceAll("-", " "));
  assert.equal((await okJson(await api.call(`/api/verify/${typed}`, { now: NOW }))).code, code);
  const arabic = await okJson(await api.call(`/api/verify/${code}?language=ar`, { now: NOW }));
  assert.deepEqual(arabic.title, { text: "وحدة اختبار mod-it-cert", lang: "ar" });
  // A later edit of the English title does not change what was certified; no Dutch title: stored.
  const edited = fullModule("mod-it-cert");
  edited.title.en = "Renamed module";
  await replaceModule(api.persist, edited);
  for (const asked of ["", "?language=en", "?language=nl"]) {
    const shown = await okJson(await api.call(`/api/verify/${code}${asked}`, { now: NOW }));
    assert.deepEqual(shown.title, { text: "Test module mod-it-cert", lang: "en" }, asked);
  }

  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const last = code.at(-1);
  const forged = code.slice(0, -1) + alphabet[(alphabet.indexOf(last) + 1) % 32];
  for (const [bad, reason] of [
    [forged, "check"],
    ["ABCD-EFGH", "length"],
    ["ABCD-EFGH-JKU1", "character"],
  ]) {
    const problem = await expectProblem(assert, await api.call(`/api/verify/${bad}`, { now: NOW }), 422);
    assert.deepEqual([problem.errors[0].field, problem.errors[0].code], ["code", reason], bad);
  }
  await expectProblem(assert, await api.call("/api/verify/MATR-1XTE-STCV", { now: NOW }), 404);
  const badLanguage = await api.call(`/api/verify/${code}?language=xx`, { now: NOW });
  assert.equal((await expectProblem(assert, badLanguage, 422)).errors[0].field, "language");
});

test("the passport lists certificates and competences and survives a move to another location", async () => {
  const me = learners[6];
  await query(
    api.persist,
    `INSERT INTO learning_assignments (id, module_id, location_id, group_id, account_id, due_on, assigned_by, assigned_at)
     VALUES ('as-move', 'mod-it-cert', 'loc-zwolle', NULL, '${me.id}', '2026-12-24', 'acct-trainer-zwolle', 1)`,
  );
  const empty = await okJson(await c.get("/api/learning/passport", me.cookie));
  assert.deepEqual(empty, { certificates: [], competences: [] });
  for (const q of QUESTIONS) await okJson(await c.answer("mod-it-a", q, CORRECT[q], me.cookie, { at: NOW }));
  for (const q of QUESTIONS) await okJson(await c.answer("mod-it-reorder", q, CORRECT[q], me.cookie, { at: LATE }));

  const response = await c.get("/api/learning/passport?language=ar", me.cookie);
  const passport = await okJson(response.clone());
  assert.deepEqual(
    passport.certificates.map((p) => [p.module_id, p.issued_on, p.title.lang]),
    [
      ["mod-it-reorder", "2026-12-01", "ar"],
      ["mod-it-a", "2026-11-30", "ar"],
    ],
    "newest first, titles in Arabic",
  );
  assert.deepEqual(passport.competences, [
    { code: "2.1", level: 2, achieved_on: "2026-11-30" },
    { code: "4.2", level: 2, achieved_on: "2026-11-30" },
  ]);
  const etag = response.headers.get("etag");
  const same = await c.get("/api/learning/passport?language=ar", me.cookie, { "if-none-match": etag });
  assert.equal(same.status, 304);
  const before = (await okJson(await c.get("/api/learning", me.cookie))).modules.find((m) => m.id === "mod-it-cert");
  assert.equal(before.assigned, true);

  const moved = await api.call(`/api/residents/${me.id}/location`, {
    method: "PUT",
    body: { location_id: "loc-ter-apel" },
    cookie: admin,
    // Later than the registration: a move's history row is keyed by its time.
    now: NOW + 60_000,
    headers: { "idempotency-key": randomUUID() },
  });
  assert.equal(moved.status, 200, await moved.clone().text());
  assert.deepEqual(await okJson(await c.get("/api/learning/passport?language=ar", me.cookie)), passport);
  // The Zwolle assignment stays behind; progress moves with the person.
  const overview = await okJson(await c.get("/api/learning", me.cookie));
  const cert = overview.modules.find((m) => m.id === "mod-it-cert");
  assert.deepEqual([cert.assigned, cert.due_on], [false, null]);
  assert.equal(overview.modules.find((m) => m.id === "mod-it-a").state, "completed");
});
