// The trainers' dashboard and its CSV on real workerd + D1, after answers, attempts,
// certificates and seen steps are stored for residents at two locations: learner states, overdue,
// per-question figures (each answer once, only the location's residents), counts, the CSV's
// escaping and formula guard, the audit lines, and who may look.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { NOW, moduleDoc, trainingFile } from "./training-fixtures.mjs";

const file = trainingFile();
const { send, get, sql, createModule } = file;
// staff: Zwolle; staffElsewhere: Ter Apel and Budel; people: name → account id (at Zwolle).
let trainer, staff, staffElsewhere, admin, amal, people;

const MODULE = "mod-itest-b";
let groupAssignment;

before(async () => {
  ({ trainer, staff, staffElsewhere, admin, amal, people } = await file.ready());
  await createModule(moduleDoc(MODULE));
  const group = await send(
    "POST",
    "/api/learning/groups",
    { location_id: "loc-zwolle", name: "Tuesday morning", member_ids: ["acct-res-amal", people.Bram, people.Chen] },
    trainer,
  );
  assert.equal(group.status, 201, await group.clone().text());
  const groupId = (await group.json()).id;
  const assign = async (to, due_on) => {
    const response = await send("POST", "/api/learning/assignments", { module_id: MODULE, to, due_on }, trainer);
    assert.equal(response.status, 201, await response.clone().text());
    return response.json();
  };
  groupAssignment = await assign({ kind: "group", group_id: groupId }, "2026-12-15");
  await assign({ kind: "resident", account_id: "acct-res-amal" }, "2026-12-01");
});

test("dashboard and CSV: states, overdue, per-question figures counted once, audited", async () => {
  // The group's assignment was due last week.
  await sql(`UPDATE learning_assignments SET due_on = '2026-11-20' WHERE id = '${groupAssignment.id}'`);
  const { Bram: bram, Dana: dana } = people;
  const t = NOW - 3_600_000;
  const answer = (who, attempt, q, correct, at = t) =>
    `('${who}', '${MODULE}', ${attempt}, '${q}', '[]', ${correct ? 1 : 0}, ${at}, ${at})`;
  await sql(
    `INSERT INTO learning_answers (account_id, module_id, attempt, question_id, choices, correct, answered_at, received_at) VALUES ` +
      [
        // Amal passed attempt 1 (3 of 4).
        answer("acct-res-amal", 1, "q1", true),
        answer("acct-res-amal", 1, "q2", true),
        answer("acct-res-amal", 1, "q3", true),
        answer("acct-res-amal", 1, "q4", false),
        // Bram failed attempt 1 (1 of 4) and started attempt 2.
        answer(bram, 1, "q1", false),
        answer(bram, 1, "q2", false),
        answer(bram, 1, "q3", true),
        answer(bram, 1, "q4", false),
        answer(bram, 2, "q1", true, t + 1000),
        // Dana is not assigned and started on her own.
        answer(dana, 1, "q1", true),
        // Dawit lives in Ter Apel: not in Zwolle's figures.
        answer("acct-res-dawit", 1, "q1", false),
      ].join(", "),
  );
  await sql(
    `INSERT INTO learning_attempts (account_id, module_id, attempt, correct, total, passed, completed_at) VALUES ` +
      `('acct-res-amal', '${MODULE}', 1, 3, 4, 1, ${t}), ('${bram}', '${MODULE}', 1, 1, 4, 0, ${t})`,
  );
  await sql(
    `INSERT INTO learning_certificates (code, account_id, module_id, level, competences, title, issued_at, issued_on) ` +
      `VALUES ('ITEST0000000', 'acct-res-amal', '${MODULE}', 1, '["4.2"]', 'Safe phone', ${t + 5}, '2026-11-30')`,
  );
  await sql(
    `INSERT INTO learning_progress (account_id, module_id, seen, started_at, updated_at) VALUES ` +
      `('${dana}', '${MODULE}', '["t1"]', ${t}, ${t + 7})`,
  );

  const response = await get(`/api/learning/dashboard?module=${MODULE}&language=ar`);
  assert.equal(response.status, 200, await response.clone().text());
  const dashboard = await response.json();
  assert.equal(dashboard.module_id, MODULE);
  assert.equal(dashboard.location_id, "loc-zwolle");
  assert.deepEqual(dashboard.title, { text: "هاتف آمن", lang: "ar" });
  const rows = dashboard.learners.map((l) => [l.display_name, l.state, l.assigned, l.due_on, l.overdue]);
  assert.deepEqual(rows, [
    // Amal is in the group and assigned directly: one row, the earliest due date.
    ["Amal", "completed", true, "2026-11-20", false],
    ["Bram", "needs_help", true, "2026-11-20", true],
    ["Chen", "not_started", true, "2026-11-20", true],
    ["Dana", "in_progress", false, null, false],
  ]);
  const [a, b, c, d] = dashboard.learners;
  assert.deepEqual([a.attempts, a.answered, a.questions, a.best_percent, a.completed_on], [1, 4, 4, 75, "2026-11-30"]);
  assert.deepEqual([b.attempts, b.answered, b.best_percent, b.completed_on], [1, 1, 25, null]);
  assert.deepEqual([c.attempts, c.answered, c.best_percent, c.last_activity_ms], [0, 0, null, null]);
  assert.equal(b.last_activity_ms, t + 1000);
  assert.equal(d.last_activity_ms, t + 7);
  assert.deepEqual(
    dashboard.questions.map((q) => [q.question_id, q.answered, q.correct, q.percent_correct]),
    [
      ["q1", 4, 3, 75],
      ["q2", 2, 1, 50],
      ["q3", 2, 2, 100],
      ["q4", 2, 0, 0],
    ],
  );
  assert.deepEqual(dashboard.counts, { not_started: 1, in_progress: 1, completed: 1, needs_help: 1, overdue: 2 });
  const audit = await sql(
    `SELECT actor_id, subject, detail FROM audit_log WHERE event = 'learner_progress_read' ` +
      `AND request_id = '${response.headers.get("x-request-id")}'`,
  );
  assert.deepEqual(audit, [
    { actor_id: "acct-trainer-zwolle", subject: MODULE, detail: `module=${MODULE} location=loc-zwolle` },
  ]);

  // Staff at the location may look; elsewhere, residents and other locations may not.
  assert.equal((await get(`/api/learning/dashboard?module=${MODULE}`, staff)).status, 200);
  assert.equal((await get(`/api/learning/dashboard?module=${MODULE}&location=loc-zwolle`, staffElsewhere)).status, 403);
  assert.equal((await get(`/api/learning/dashboard?module=${MODULE}&location=loc-ter-apel`)).status, 403);
  assert.equal((await get(`/api/learning/dashboard?module=${MODULE}`, amal)).status, 403);
  assert.equal((await get(`/api/learning/dashboard.csv?module=${MODULE}`, amal)).status, 403);
  assert.equal((await get("/api/learning/dashboard")).status, 422);
  assert.equal((await get("/api/learning/dashboard?module=mod-nope")).status, 404);
  // Ter Apel's dashboard of the same module: Dawit only, and only his answer.
  const terApel = await (await get(`/api/learning/dashboard?module=${MODULE}&location=loc-ter-apel`, admin)).json();
  assert.deepEqual(terApel.learners.map((l) => [l.display_name, l.state]), [["Dawit", "in_progress"]]);
  assert.deepEqual(terApel.questions[0], { ...terApel.questions[0], answered: 1, correct: 0, percent_correct: 0 });

  // The CSV: a name with a comma and quotes, and one that would be a formula.
  await sql(`UPDATE accounts SET display_name = 'Chen, "CJ"' WHERE id = '${people.Chen}'`);
  await sql(`UPDATE accounts SET display_name = '=Dana+1' WHERE id = '${dana}'`);
  const csv = await get(`/api/learning/dashboard.csv?module=${MODULE}`);
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get("content-type"), "text/csv; charset=utf-8");
  assert.match(csv.headers.get("content-disposition"), /^attachment; filename="learning-mod-itest-b-loc-zwolle-2026-11-30\.csv"$/);
  const bytes = new Uint8Array(await csv.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 byte order mark");
  const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
  assert.deepEqual(lines, [
    "learner,state,assigned,due_on,overdue,attempts,answered,questions,best_percent,completed_on",
    // Sorted by name: "=" comes before letters.
    "'=Dana+1,in_progress,false,,false,0,1,4,,",
    "Amal,completed,true,2026-11-20,false,1,4,4,75,2026-11-30",
    "Bram,needs_help,true,2026-11-20,true,1,1,4,25,",
    '"Chen, ""CJ""",not_started,true,2026-11-20,true,0,0,4,,',
    "",
  ]);
  const exported = await sql(
    `SELECT actor_id, detail FROM audit_log WHERE event = 'learner_progress_exported' ` +
      `AND request_id = '${csv.headers.get("x-request-id")}'`,
  );
  assert.deepEqual(exported, [{ actor_id: "acct-trainer-zwolle", detail: `module=${MODULE} location=loc-zwolle` }]);
});
