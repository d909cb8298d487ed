// The trainers' learning API on real workerd + D1: authoring (validation with document
// paths, a taken id, versions and 409, reordering, the copied columns, the body limit), learners
// (audited), groups (members of the location, versions) and assignments (published modules, due
// dates on the location's clock, the same target twice, deletion). Dashboard and CSV:
// training-dashboard.test.mjs.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { moduleDoc, trainingFile } from "./training-fixtures.mjs";

const file = trainingFile();
const { send, get, sql, createModule } = file;
// staff: Zwolle; staffElsewhere: Ter Apel and Budel; people: name → account id (at Zwolle).
let trainer, staff, staffElsewhere, admin, amal, people;

before(async () => {
  ({ trainer, staff, staffElsewhere, admin, amal, people } = await file.ready());
});

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

  // A module written in all twelve languages is far larger than an ordinary form.
  const languages = ["en", "nl", "ar", "fa", "ps", "ckb", "ti", "so", "tr", "uk", "ru", "fr"];
  const big = moduleDoc("mod-itest-big", {
    summary: Object.fromEntries(languages.map((l) => [l, "ب".repeat(1999)])),
  });
  const large = await send("POST", "/api/learning/authoring/modules", big, trainer);
  assert.ok(Buffer.byteLength(JSON.stringify(big)) > 40_000, "larger than the 16 KB form limit");
  assert.equal(large.status, 201, await large.clone().text());

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
  // Staff at several locations name one (no first-of-the-list guess); the trainer above has one.
  const several = await get("/api/learning/learners", staffElsewhere);
  assert.equal(several.status, 422);
  assert.deepEqual((await several.json()).errors.map((e) => e.field), ["location"]);
  assert.equal((await get("/api/learning/groups", staffElsewhere)).status, 422);
  const named = await get("/api/learning/learners?location=loc-ter-apel", staffElsewhere);
  assert.equal(named.status, 200);
  assert.deepEqual((await named.json()).map((l) => l.account_id), ["acct-res-dawit"]);
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
