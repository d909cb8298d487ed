// The trainers' learning API on real workerd + D1 (issue 6): authoring (validation with document
// paths, a taken id, versions and 409, reordering, the copied columns), learners (audited),
// groups, assignments (due dates on the location's clock, the same target twice), and the
// dashboard and its CSV after answers, attempts and certificates are stored for several residents.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, test } from "node:test";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { query, startApi } from "./harness.mjs";

// Monday 30 November 2026, 09:50 in Zwolle (UTC+1).
const NOW = Date.UTC(2026, 10, 30, 8, 50);

let api;
let trainer;
let staff; // Zwolle
let staffElsewhere; // Ter Apel and Budel
let admin;
let amal;
const people = {}; // name → account id of the residents made here (all at Zwolle)

const send = (method, path, body, cookie) =>
  api.call(path, { method, body, cookie, now: NOW, headers: { "idempotency-key": randomUUID() } });
const get = (path, cookie = trainer, headers = {}) => api.call(path, { cookie, now: NOW, headers });
const sql = (text) => query(api.persist, text);

before(async () => {
  api = await startApi();
  trainer = await signInEmployee(api, "acct-trainer-zwolle", { now: NOW });
  staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
  staffElsewhere = await signInEmployee(api, "acct-staff-terapel", { now: NOW });
  admin = await signInEmployee(api, "acct-admin", { now: NOW });
  amal = await signInResident(api, "acct-res-amal", { now: NOW });
  // Three more residents at Zwolle, registered by staff and activated as residents do it.
  for (const [i, name] of ["Bram", "Chen", "Dana"].entries()) {
    const created = await send(
      "POST",
      "/api/residents",
      { preferred_name: name, resident_number: `10000088${i}0`, language: "en", location_id: "loc-zwolle" },
      staff,
    );
    assert.equal(created.status, 201, await created.clone().text());
    const { resident, card } = await created.json();
    const activated = await api.call("/api/auth/activate", { body: { code: card.code, pin: "604817" }, now: NOW });
    assert.equal(activated.status, 200, await activated.clone().text());
    people[name] = resident.id;
  }
});

after(async () => {
  await api?.dispose();
});

const texts = (en, ar) => (ar ? { en, ar } : { en });
const choice = (id, en, correct = false) => ({ id, label: { en }, correct, feedback: {} });

/** A valid module: two lessons, four questions (one of each checked kind), pass mark 75 %. */
function moduleDoc(id, overrides = {}) {
  return {
    id,
    status: "published",
    competences: ["4.2"],
    level: 1,
    minutes: 15,
    pass_percent: 75,
    source_language: "en",
    title: { en: `Safe phone ${id}`, ar: "هاتف آمن", nl: "Veilige telefoon" },
    summary: texts("Keep your phone safe."),
    lessons: [
      {
        id: "l1",
        title: texts("Locking", "القفل"),
        items: [
          { id: "t1", content: { type: "text", text: texts("Use a screen lock.") } },
          {
            id: "q1",
            content: {
              type: "question",
              kind: "single",
              prompt: texts("Which PIN is strongest?"),
              choices: [choice("a", "1234"), choice("b", "0000"), choice("c", "8305", true)],
              explanation: {},
            },
          },
          {
            id: "q2",
            content: {
              type: "question",
              kind: "true_false",
              prompt: texts("You may share your PIN with friends."),
              choices: [
                { id: "true", label: {}, correct: false, feedback: {} },
                { id: "false", label: {}, correct: true, feedback: {} },
              ],
              explanation: {},
            },
          },
        ],
      },
      {
        id: "l2",
        title: texts("Updates"),
        items: [
          {
            id: "q3",
            content: {
              type: "question",
              kind: "multiple",
              prompt: texts("What keeps a phone safe?"),
              choices: [choice("x", "Updates", true), choice("y", "A lock", true), choice("z", "Unknown apps")],
              explanation: {},
            },
          },
          {
            id: "q4",
            content: {
              type: "question",
              kind: "order",
              prompt: texts("Put the steps in order."),
              choices: [choice("s1", "Open settings"), choice("s2", "Tap update"), choice("s3", "Restart")],
              explanation: {},
            },
          },
        ],
      },
    ],
    ...overrides,
  };
}

async function createModule(doc, cookie = trainer) {
  const response = await send("POST", "/api/learning/authoring/modules", doc, cookie);
  assert.equal(response.status, 201, await response.clone().text());
  return response.json();
}

test("authoring: create, validation with document paths, a taken id, versions, reordering", async () => {
  const created = await createModule(moduleDoc("mod-itest-a"));
  assert.equal(created.version, 1);
  assert.deepEqual(created.module, moduleDoc("mod-itest-a"));
  assert.ok(created.complete_languages.includes("en"));
  assert.ok(!created.complete_languages.includes("ar"), "only some texts are in Arabic");

  const again = await send("POST", "/api/learning/authoring/modules", moduleDoc("mod-itest-a"), admin);
  assert.equal(again.status, 409);
  assert.deepEqual((await again.json()).errors.map((e) => [e.field, e.code]), [["id", "taken"]]);

  const broken = moduleDoc("mod-itest-broken", { level: 9 });
  broken.lessons[0].items[1].content.choices[2].correct = false;
  broken.lessons[1].title = {};
  const invalid = await send("POST", "/api/learning/authoring/modules", broken, trainer);
  assert.equal(invalid.status, 422);
  const fields = (await invalid.json()).errors.map((e) => e.field);
  assert.ok(fields.includes("level"), fields);
  assert.ok(fields.includes("lessons[0].items[1].content.choices"), fields);
  assert.ok(fields.includes("lessons[1].title.en"), fields);
  assert.equal((await sql("SELECT count(*) AS n FROM learning_modules WHERE id = 'mod-itest-broken'"))[0].n, 0);

  const read = await get("/api/learning/authoring/modules/mod-itest-a");
  assert.equal(read.status, 200);
  const etag = read.headers.get("etag");
  assert.deepEqual(await read.json(), created);
  assert.equal((await get("/api/learning/authoring/modules/mod-itest-a", trainer, { "if-none-match": etag })).status, 304);
  assert.equal((await get("/api/learning/authoring/modules/mod-nope")).status, 404);

  // Reorder the lessons and a lesson's items, make it a draft of 25 minutes, level 2.
  const edited = moduleDoc("mod-itest-a", { status: "draft", minutes: 25, level: 2 });
  edited.lessons.reverse();
  edited.lessons[1].items.reverse();
  const saved = await send("PUT", "/api/learning/authoring/modules/mod-itest-a", { version: 1, module: edited }, trainer);
  assert.equal(saved.status, 200, await saved.clone().text());
  const draft = await saved.json();
  assert.equal(draft.version, 2);
  assert.deepEqual(draft.module.lessons.map((l) => l.id), ["l2", "l1"]);
  assert.deepEqual(draft.module.lessons[1].items.map((i) => i.id), ["q2", "q1", "t1"]);
  const [row] = await sql("SELECT status, level, minutes, version FROM learning_modules WHERE id = 'mod-itest-a'");
  assert.deepEqual(row, { status: "draft", level: 2, minutes: 25, version: 2 });

  // A stale version stores nothing.
  const stale = await send(
    "PUT",
    "/api/learning/authoring/modules/mod-itest-a",
    { version: 1, module: moduleDoc("mod-itest-a", { minutes: 99 }) },
    admin,
  );
  assert.equal(stale.status, 409);
  const problem = await stale.json();
  assert.equal(problem.type, "/problems/conflict");
  assert.equal(problem.current_version, 2);
  assert.deepEqual(await sql("SELECT minutes, version FROM learning_modules WHERE id = 'mod-itest-a'"), [
    { minutes: 25, version: 2 },
  ]);
  // The id is fixed; an invalid document names its field.
  const renamed = await send(
    "PUT",
    "/api/learning/authoring/modules/mod-itest-a",
    { version: 2, module: moduleDoc("mod-itest-other") },
    trainer,
  );
  assert.equal(renamed.status, 422);
  assert.equal((await renamed.json()).errors[0].field, "id");
  const bad = await send(
    "PUT",
    "/api/learning/authoring/modules/mod-itest-a",
    { version: 2, module: moduleDoc("mod-itest-a", { pass_percent: 0 }) },
    trainer,
  );
  assert.equal(bad.status, 422);
  assert.equal((await bad.json()).errors[0].field, "pass_percent");

  // The list: drafts included, titles in the asked language or the source language.
  const arabic = await (await get("/api/learning/authoring/modules?language=ar")).json();
  const mine = arabic.find((m) => m.id === "mod-itest-a");
  assert.deepEqual(mine.title, { text: "هاتف آمن", lang: "ar" });
  assert.equal(mine.status, "draft");
  assert.equal(mine.version, 2);
  assert.equal(mine.minutes, 25);
  const tigrinya = await (await get("/api/learning/authoring/modules?language=ti")).json();
  assert.deepEqual(tigrinya.find((m) => m.id === "mod-itest-a").title, { text: "Safe phone mod-itest-a", lang: "en" });

  assert.equal((await get("/api/learning/authoring/modules", staff)).status, 403);
  assert.equal((await get("/api/learning/authoring/modules", amal)).status, 403);
  assert.equal((await send("POST", "/api/learning/authoring/modules", moduleDoc("mod-itest-s"), staff)).status, 403);
});

test("learners: the active residents living at the location, by name, each one audited", async () => {
  const response = await get("/api/learning/learners");
  assert.equal(response.status, 200);
  const list = await response.json();
  // Oksana (Zwolle) has not activated her account; Dawit lives in Ter Apel.
  assert.deepEqual(
    list.map((l) => l.display_name),
    ["Amal", "Bram", "Chen", "Dana"],
  );
  const audit = await sql(
    `SELECT resident_id, subject, actor_id FROM audit_log WHERE event = 'learners_listed' ` +
      `AND request_id = '${response.headers.get("x-request-id")}' ORDER BY resident_id`,
  );
  assert.deepEqual(audit.map((a) => a.resident_id), list.map((l) => l.account_id).sort());
  assert.ok(audit.every((a) => a.subject === "loc-zwolle" && a.actor_id === "acct-trainer-zwolle"));

  assert.equal((await get("/api/learning/learners?location=loc-ter-apel")).status, 403);
  const dawit = await (await get("/api/learning/learners?location=loc-ter-apel", admin)).json();
  assert.deepEqual(dawit.map((l) => l.account_id), ["acct-res-dawit"]);
  const noLocation = await get("/api/learning/learners", admin);
  assert.equal(noLocation.status, 422);
  assert.equal((await noLocation.json()).errors[0].field, "location");
  assert.equal((await get("/api/learning/learners", amal)).status, 403);
});

let group;

test("groups: members must live at the group's location; duplicates are ignored; versions", async () => {
  const elsewhere = await send(
    "POST",
    "/api/learning/groups",
    { location_id: "loc-zwolle", name: "Tuesday class", member_ids: ["acct-res-amal", "acct-res-dawit"] },
    trainer,
  );
  assert.equal(elsewhere.status, 422);
  const [error] = (await elsewhere.json()).errors;
  assert.equal(error.field, "member_ids");
  assert.match(error.message, /acct-res-dawit/);
  const pending = await send(
    "POST",
    "/api/learning/groups",
    { location_id: "loc-zwolle", name: "Tuesday class", member_ids: ["acct-res-oksana"] },
    trainer,
  );
  assert.equal(pending.status, 422);
  const unnamed = await send("POST", "/api/learning/groups", { location_id: "loc-zwolle", name: "  ", member_ids: [] }, trainer);
  assert.equal(unnamed.status, 422);
  assert.equal((await unnamed.json()).errors[0].field, "name");
  const long = await send("POST", "/api/learning/groups", { location_id: "loc-zwolle", name: "x".repeat(81), member_ids: [] }, trainer);
  assert.equal((await long.json()).errors[0].code, "too_long");
  assert.equal(
    (await send("POST", "/api/learning/groups", { location_id: "loc-ter-apel", name: "Elsewhere", member_ids: [] }, trainer)).status,
    403,
  );
  assert.equal((await sql("SELECT count(*) AS n FROM learning_groups"))[0].n, 0, "nothing stored");

  const created = await send(
    "POST",
    "/api/learning/groups",
    { location_id: "loc-zwolle", name: " Tuesday class ", member_ids: ["acct-res-amal", people.Bram, "acct-res-amal"] },
    trainer,
  );
  assert.equal(created.status, 201, await created.clone().text());
  group = await created.json();
  assert.equal(group.name, "Tuesday class");
  assert.equal(group.version, 1);
  assert.deepEqual(group.members.map((m) => m.display_name), ["Amal", "Bram"]);

  const updated = await send(
    "PUT",
    `/api/learning/groups/${group.id}`,
    { version: 1, name: "Tuesday morning", member_ids: [people.Chen, people.Bram, "acct-res-amal"] },
    trainer,
  );
  assert.equal(updated.status, 200, await updated.clone().text());
  group = await updated.json();
  assert.equal(group.version, 2);
  assert.deepEqual(group.members.map((m) => m.display_name), ["Amal", "Bram", "Chen"]);

  // A stale edit changes neither the name nor the members.
  const stale = await send("PUT", `/api/learning/groups/${group.id}`, { version: 1, name: "Stale", member_ids: [] }, staff);
  assert.equal(stale.status, 409);
  assert.equal((await stale.json()).current_version, 2);
  assert.deepEqual(await sql(`SELECT name, version FROM learning_groups WHERE id = '${group.id}'`), [
    { name: "Tuesday morning", version: 2 },
  ]);
  assert.equal((await sql(`SELECT count(*) AS n FROM learning_group_members WHERE group_id = '${group.id}'`))[0].n, 3);

  assert.equal((await send("PUT", `/api/learning/groups/${group.id}`, { version: 2, name: "X", member_ids: [] }, staffElsewhere)).status, 403);
  assert.equal((await send("PUT", "/api/learning/groups/grp-nope", { version: 1, name: "X", member_ids: [] }, trainer)).status, 404);

  const listed = await (await get("/api/learning/groups")).json();
  assert.deepEqual(listed, [group]);
  assert.equal((await get("/api/learning/groups?location=loc-zwolle", staffElsewhere)).status, 403);
  assert.deepEqual(await (await get("/api/learning/groups?location=loc-ter-apel", staffElsewhere)).json(), []);
});

const MODULE = "mod-itest-b";
let groupAssignment;

test("assignments: published modules only, due dates from today on, the same target twice", async () => {
  await createModule(moduleDoc(MODULE));
  const assign = (body, cookie = trainer) => send("POST", "/api/learning/assignments?language=ar", body, cookie);
  const toGroup = { kind: "group", group_id: group.id };

  const draft = await assign({ module_id: "mod-itest-a", to: toGroup });
  assert.equal(draft.status, 422);
  assert.deepEqual((await draft.json()).errors.map((e) => [e.field, e.code]), [["module_id", "not_published"]]);
  assert.equal((await assign({ module_id: "mod-nope", to: toGroup })).status, 422);
  for (const due of ["2026-11-29", "2026-13-01", "30-11-2026"]) {
    const response = await assign({ module_id: MODULE, to: toGroup, due_on: due });
    assert.equal(response.status, 422, due);
    assert.equal((await response.json()).errors[0].field, "due_on");
  }
  assert.equal((await sql("SELECT count(*) AS n FROM learning_assignments"))[0].n, 0, "nothing stored");

  const first = await assign({ module_id: MODULE, to: toGroup, due_on: "2026-11-30" });
  assert.equal(first.status, 201, await first.clone().text());
  groupAssignment = await first.json();
  assert.equal(groupAssignment.to_name, "Tuesday morning");
  assert.deepEqual(groupAssignment.to, toGroup);
  assert.equal(groupAssignment.location_id, "loc-zwolle");
  assert.deepEqual(groupAssignment.module_title, { text: "هاتف آمن", lang: "ar" });
  const again = await assign({ module_id: MODULE, to: toGroup, due_on: "2026-12-15" }, staff);
  assert.equal(again.status, 200);
  const moved = await again.json();
  assert.equal(moved.id, groupAssignment.id);
  assert.equal(moved.due_on, "2026-12-15");
  assert.equal((await sql("SELECT count(*) AS n FROM learning_assignments"))[0].n, 1);

  const direct = await assign({ module_id: MODULE, to: { kind: "resident", account_id: "acct-res-amal" }, due_on: "2026-12-01" });
  assert.equal(direct.status, 201);
  assert.equal((await direct.json()).to_name, "Amal");
  const dawit = await assign({ module_id: MODULE, to: { kind: "resident", account_id: "acct-res-dawit" } });
  assert.equal(dawit.status, 403, "Dawit lives in Ter Apel");
  const toDana = await (await assign({ module_id: MODULE, to: { kind: "resident", account_id: people.Dana } })).json();
  assert.equal(toDana.due_on, null);

  const list = await (await get("/api/learning/assignments?language=nl")).json();
  assert.equal(list.length, 3);
  assert.ok(list.every((a) => a.module_title.text === "Veilige telefoon" && a.module_title.lang === "nl"));
  assert.equal((await get("/api/learning/assignments?location=loc-zwolle", staffElsewhere)).status, 403);

  assert.equal((await send("DELETE", "/api/learning/assignments/asg-nope", undefined, trainer)).status, 404);
  assert.equal((await send("DELETE", `/api/learning/assignments/${toDana.id}`, undefined, staffElsewhere)).status, 403);
  assert.equal((await send("DELETE", `/api/learning/assignments/${toDana.id}`, undefined, amal)).status, 403);
  assert.equal((await send("DELETE", `/api/learning/assignments/${toDana.id}`, undefined, trainer)).status, 204);
  assert.equal((await (await get("/api/learning/assignments")).json()).length, 2);
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
