// The residents' learning API on real workerd + D1, part 1: my modules with assignments
// (direct, by group, at the current location only), due dates and overdue, ETag/304; a module in
// one language (drafts and unknown ids are 404); grading of every question kind; the 422s (a
// question of another module, unknown choices, an attempt too far ahead, steps not in the
// module); the seen set merging; who may call (401/403).
// learning-attempts.test.mjs covers replays, order, parallel answers, certificates and /verify.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { expectProblem, query } from "./harness.mjs";
import { CORRECT, NOW, QUESTIONS, WRONG, fullModule, learningFile, okJson, smallModule } from "./learning-fixture.mjs";

const file = learningFile({
  modules: [
    fullModule("mod-it-full"),
    fullModule("mod-it-draft", { status: "draft" }),
    smallModule("mod-it-small-b", { level: 1, title: "Beta basics" }),
    smallModule("mod-it-small-a", { level: 1, title: "Alpha basics" }),
    smallModule("mod-it-level3", { level: 3, title: "Advanced" }),
  ],
  learners: 4,
  prefix: "20000001",
});
const { api, c } = file;
let staff, trainer, admin, amal, learners;

before(async () => {
  ({ staff, admin, learners } = await file.ready());
  trainer = await signInEmployee(api, "acct-trainer-zwolle", { now: NOW });
  amal = await signInResident(api, "acct-res-amal", { now: NOW });
});

const mine = (overview) => overview.modules.filter((m) => m.id.startsWith("mod-it-"));

test("my learning: assigned first by due date (directly or through a group, here only), then by level and title", async () => {
  const [me, other] = learners;
  await query(
    api.persist,
    `INSERT INTO learning_groups (id, location_id, name, created_by, created_at, updated_at) VALUES
       ('grp-it', 'loc-zwolle', 'Tuesday class', 'acct-trainer-zwolle', 1, 1);
     INSERT INTO learning_group_members (group_id, account_id) VALUES ('grp-it', '${me.id}');
     INSERT INTO learning_assignments (id, module_id, location_id, group_id, account_id, due_on, assigned_by, assigned_at) VALUES
       ('as-1', 'mod-it-small-b', 'loc-zwolle', 'grp-it', NULL, '2026-12-10', 'acct-trainer-zwolle', 1),
       ('as-2', 'mod-it-full', 'loc-zwolle', NULL, '${me.id}', '2026-11-20', 'acct-trainer-zwolle', 1),
       ('as-3', 'mod-it-full', 'loc-zwolle', NULL, '${me.id}', NULL, 'acct-trainer-zwolle', 1),
       ('as-4', 'mod-it-level3', 'loc-zwolle', 'grp-it', NULL, NULL, 'acct-trainer-zwolle', 1),
       ('as-5', 'mod-it-small-a', 'loc-ter-apel', NULL, '${me.id}', '2026-11-01', 'acct-staff-terapel', 1);`,
  );
  const response = await c.get("/api/learning?language=en", me.cookie);
  const overview = await okJson(response);
  const list = mine(overview);
  assert.deepEqual(
    list.map((m) => [m.id, m.assigned, m.due_on, m.overdue]),
    [
      ["mod-it-full", true, "2026-11-20", true],
      ["mod-it-small-b", true, "2026-12-10", false],
      ["mod-it-level3", true, null, false],
      // Assigned at Ter Apel only: not here. Then by level, then title.
      ["mod-it-small-a", false, null, false],
    ],
  );
  assert.ok(!overview.modules.some((m) => m.id === "mod-it-draft"), "drafts are not listed");
  const full = list[0];
  assert.equal(full.state, "not_started");
  assert.deepEqual([full.answered, full.questions], [0, 5]);
  assert.deepEqual(full.title, { text: "Test module mod-it-full", lang: "en" });
  assert.deepEqual(full.competences, ["4.2", "2.1"]);
  assert.equal(full.level, 2);
  assert.equal(full.version, 1);
  assert.equal(full.certificate_code, null);

  // Not in the group and no direct assignment: nothing assigned, sorted by level then title.
  const others = mine(await okJson(await c.get("/api/learning", other.cookie)));
  assert.deepEqual(
    others.map((m) => [m.id, m.assigned]),
    [
      ["mod-it-small-a", false],
      ["mod-it-small-b", false],
      ["mod-it-full", false],
      ["mod-it-level3", false],
    ],
  );

  // In Arabic where written, else English; a second read with the tag is a 304.
  const arabic = await c.get("/api/learning?language=ar", me.cookie);
  const ar = mine(await okJson(arabic.clone()));
  assert.deepEqual(ar[0].title, { text: "وحدة اختبار mod-it-full", lang: "ar" });
  assert.deepEqual(ar[0].summary, { text: "A module for the integration tests.", lang: "en" });
  const etag = arabic.headers.get("etag");
  assert.ok(etag);
  assert.equal(arabic.headers.get("cache-control"), "private, no-cache");
  const again = await c.get("/api/learning?language=ar", me.cookie, { "if-none-match": etag });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");
  // Progress changes the answer, so the tag changes.
  await okJson(await c.answer("mod-it-full", "q-single", CORRECT["q-single"], me.cookie));
  const changed = await c.get("/api/learning?language=ar", me.cookie, { "if-none-match": etag });
  assert.equal(changed.status, 200);
  const after = mine(await changed.json())[0];
  assert.deepEqual([after.state, after.answered], ["in_progress", 1]);

  const bad = await c.get("/api/learning?language=xx", me.cookie);
  assert.equal((await expectProblem(assert, bad, 422)).errors[0].field, "language");
});

test("a module in one language; drafts and unknown modules are 404; the tag follows version and language", async () => {
  const response = await c.get("/api/learning/modules/mod-it-full?language=ar", amal);
  const view = await okJson(response.clone());
  assert.equal(view.id, "mod-it-full");
  assert.equal(view.language, "ar");
  assert.equal(view.pass_percent, 75);
  assert.deepEqual(view.title, { text: "وحدة اختبار mod-it-full", lang: "ar" });
  assert.deepEqual(view.lessons[0].title, { text: "الدرس الأول", lang: "ar" });
  assert.deepEqual(view.lessons[1].title, { text: "Second lesson", lang: "en" }, "per-text fallback");
  assert.deepEqual(
    view.lessons.flatMap((l) => l.items.map((i) => i.id)),
    ["t1", "img1", "try1", "q-single", "q-tf", "q-multi", "q-order", "q-pic"],
  );
  const pic = view.lessons[1].items[2].content;
  assert.equal(pic.type, "question");
  assert.equal(pic.kind, "picture");
  assert.equal(pic.choices[0].image, "/learning/test/locked.svg");

  const etag = response.headers.get("etag");
  const same = await c.get("/api/learning/modules/mod-it-full?language=ar", amal, { "if-none-match": etag });
  assert.equal(same.status, 304);
  const english = await c.get("/api/learning/modules/mod-it-full?language=en", amal, { "if-none-match": etag });
  assert.equal(english.status, 200);
  assert.equal((await english.json()).title.lang, "en");
  // Without a language: Amal's (Arabic).
  assert.equal((await okJson(await c.get("/api/learning/modules/mod-it-full", amal))).language, "ar");

  for (const path of [
    "/api/learning/modules/mod-it-draft",
    "/api/learning/modules/mod-it-nope",
    "/api/learning/modules/mod-it-draft/progress",
  ]) {
    await expectProblem(assert, await c.get(path, amal), 404);
  }
  await expectProblem(assert, await c.answer("mod-it-draft", "q-single", ["a"], amal), 404);
  await expectProblem(assert, await c.seen("mod-it-draft", ["t1"], amal), 404);
});

test("every question kind is graded by the server", async () => {
  const me = learners[2];
  for (const q of QUESTIONS) {
    const right = await okJson(await c.answer("mod-it-full", q, CORRECT[q], me.cookie, { attempt: 1 }));
    assert.deepEqual([right.question_id, right.attempt, right.correct, right.recorded], [q, 1, true, true], q);
  }
  // Attempt 1 passed (5 of 5); attempt 2 may be practised: every wrong answer is graded wrong.
  for (const q of QUESTIONS) {
    const wrong = await okJson(await c.answer("mod-it-full", q, WRONG[q], me.cookie, { attempt: 2 }));
    assert.equal(wrong.correct, false, q);
  }
  // A multiple-choice answer must pick exactly the right ones, in any order.
  const small = await okJson(await c.answer("mod-it-small-a", "q-only", ["no"], me.cookie));
  assert.equal(small.correct, false);
  assert.equal(small.progress.state, "needs_help", "a finished attempt below the pass mark");
  assert.equal(small.progress.attempt, 2);
});

test("answers that do not fit are 422 with the field, and nothing is stored", async () => {
  const me = learners[3];
  const cases = [
    // A question of another module.
    [["mod-it-full", "q-only", ["yes"], {}], "question_id", "unknown_question"],
    [["mod-it-full", "q-nope", ["a"], {}], "question_id", "unknown_question"],
    [["mod-it-full", "q-single", ["z"], {}], "choices", "unknown_choice"],
    [["mod-it-full", "q-single", ["a", "b"], {}], "choices", "one_choice_expected"],
    [["mod-it-full", "q-multi", [], {}], "choices", "no_choice"],
    [["mod-it-full", "q-multi", ["a", "a"], {}], "choices", "duplicate_choice"],
    [["mod-it-full", "q-order", ["s1", "s2"], {}], "choices", "incomplete_order"],
    // Nothing answered yet: attempt 1 only.
    [["mod-it-full", "q-single", ["a"], { attempt: 2 }], "attempt", "attempt_not_allowed"],
    [["mod-it-full", "q-single", ["a"], { attempt: 0 }], "attempt", "attempt_not_allowed"],
  ];
  for (const [[module, q, choices, opts], field, code] of cases) {
    const problem = await expectProblem(assert, await c.answer(module, q, choices, me.cookie, opts), 422);
    assert.deepEqual([problem.errors[0].field, problem.errors[0].code], [field, code], `${q} ${choices}`);
  }
  const [{ n }] = await query(api.persist, `SELECT count(*) AS n FROM learning_answers WHERE account_id = '${me.id}'`);
  assert.equal(n, 0);
  const progress = await okJson(await c.get("/api/learning/modules/mod-it-full/progress", me.cookie));
  assert.deepEqual([progress.attempt, progress.answers, progress.state], [1, [], "not_started"]);

  // One answer in attempt 1 allows attempt 2 (a phone that went on offline), not 3.
  await okJson(await c.answer("mod-it-full", "q-single", ["a"], me.cookie));
  await okJson(await c.answer("mod-it-full", "q-tf", ["true"], me.cookie, { attempt: 2 }));
  const far = await expectProblem(assert, await c.answer("mod-it-full", "q-tf", ["true"], me.cookie, { attempt: 4 }), 422);
  assert.equal(far.errors[0].field, "attempt");
  // Unknown fields and missing ones are refused by the body decoder.
  const extra = await c.put("/api/learning/modules/mod-it-full/answers/q-tf", { attempt: 1, choices: ["true"], answered_at_ms: 1, score: 100 }, me.cookie);
  assert.equal(extra.status, 400);
});

test("steps seen merge as a set: unknown ids are 422, replays and parallel writes lose nothing", async () => {
  const me = learners[1];
  const bad = await expectProblem(assert, await c.seen("mod-it-full", ["t1", "q-only"], me.cookie), 422);
  assert.deepEqual([bad.errors[0].field, bad.errors[0].code], ["items", "unknown_item"]);
  assert.match(bad.errors[0].message, /q-only/);

  const first = await okJson(await c.seen("mod-it-full", ["try1", "t1", "t1"], me.cookie));
  assert.deepEqual(first.seen, ["t1", "try1"], "module order, each once");
  assert.equal(first.state, "in_progress");
  const parallel = await Promise.all([
    c.seen("mod-it-full", ["img1"], me.cookie),
    c.seen("mod-it-full", ["q-tf"], me.cookie),
    c.seen("mod-it-full", ["t1", "q-single"], me.cookie),
  ]);
  for (const r of parallel) assert.equal(r.status, 200);
  const progress = await okJson(await c.get("/api/learning/modules/mod-it-full/progress", me.cookie));
  assert.deepEqual(progress.seen, ["t1", "img1", "try1", "q-single", "q-tf"]);
  // An old write replayed late (a new key: the queue lost its answer) only re-adds.
  const late = await okJson(await c.seen("mod-it-full", ["t1"], me.cookie));
  assert.deepEqual(late.seen, progress.seen);
  const empty = await okJson(await c.seen("mod-it-full", [], me.cookie));
  assert.deepEqual(empty.seen, progress.seen);
  const [{ seen }] = await query(
    api.persist,
    `SELECT seen FROM learning_progress WHERE account_id = '${me.id}' AND module_id = 'mod-it-full'`,
  );
  assert.equal(JSON.parse(seen).length, 5);
});

test("only residents learn: anonymous 401, staff, trainers and admins 403; verify is public", async () => {
  const routes = [
    ["GET", "/api/learning"],
    ["GET", "/api/learning/modules/mod-it-full"],
    ["GET", "/api/learning/modules/mod-it-full/progress"],
    ["PUT", "/api/learning/modules/mod-it-full/answers/q-single", { attempt: 1, choices: ["a"], answered_at_ms: NOW }],
    ["PUT", "/api/learning/modules/mod-it-full/seen", { items: ["t1"] }],
    ["GET", "/api/learning/passport"],
  ];
  for (const [method, path, body] of routes) {
    const anonymous = await api.call(path, { method, body, now: NOW });
    await expectProblem(assert, anonymous, 401);
    for (const cookie of [staff, trainer, admin]) {
      const response = await api.call(path, { method, body, cookie, now: NOW });
      assert.equal((await expectProblem(assert, response, 403)).type, "/problems/forbidden", path);
    }
  }
  const verify = await api.call("/api/verify/MATR-1XTE-STCV", { now: NOW });
  await expectProblem(assert, verify, 404);
});
