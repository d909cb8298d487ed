// The authorization matrix (edge-api/authz-matrix.json) on real workerd + D1: every route of the
// route table × every principal (anonymous, residents, staff here and elsewhere, trainer, admin),
// sent for real. deny → 401 (anonymous) or 403 (signed in); allow → anything but 401/403 and no 5xx.
// edge-api/tests/authz_matrix.rs checks the same file against ROUTES and decide().
//
// Writes carry `{}` (or, for POST /api/residents, a body that passes validation and authorization
// but clashes with an existing resident number), so an allowed call stops at 400/409/422 and
// changes nothing. The few routes that act without a body (ACTS) run last, refused principals
// first, and the sessions they end are signed in again afterwards.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { employee, resident, signInEmployee } from "./accounts.mjs";
import { ROOT, query, sessionFrom, startApi } from "./harness.mjs";

const MATRIX = JSON.parse(readFileSync(join(ROOT, "edge-api/authz-matrix.json"), "utf8"));
const PRINCIPALS = MATRIX.principals;
const SIGNED_IN = PRINCIPALS.filter((p) => p !== "anonymous");
const account = (principal) => MATRIX.accounts[principal];

/**
 * "METHOD path" of every row of ROUTES, read from the route table's source: each row names its
 * path as a template of shared/src/api_paths.rs.
 */
function tableRoutes() {
  const templates = readFileSync(join(ROOT, "shared/src/api_paths.rs"), "utf8");
  const pathOf = new Map([...templates.matchAll(/^\s*([A-Z_0-9]+) = "([^"]+)";/gm)].map(([, name, path]) => [name, path]));
  const source = readFileSync(join(ROOT, "edge-api/src/routes.rs"), "utf8");
  return [...source.matchAll(/route!\((Get|Post|Put|Patch|Delete) api_paths::([A-Z_0-9]+),/g)].map(([, method, name]) => {
    assert.ok(pathOf.has(name), `routes.rs names api_paths::${name}, which api_paths.rs does not define`);
    return `${method.toUpperCase()} ${pathOf.get(name)}`;
  });
}

/** Routes that act even on a body-less call; run after all others, in this order. */
const ACTS = [
  "DELETE /api/learning/assignments/{id}", // deletes the fixture assignment (later callers: 404)
  "DELETE /api/sessions/{id}", // ends Amal's second session
  "POST /api/residents/{id}/activation-card", // ends Amal's sessions and clears her PIN
  "POST /api/auth/sign-out-all",
  "POST /api/auth/sign-out",
];

/** Bodies other than `{}`. */
const BODIES = {
  // Valid, at Amal's location, with her resident number: authorized for the location, then 409.
  "POST /api/residents": {
    preferred_name: "Matrix Test",
    resident_number: resident("acct-res-amal").resident_number,
    language: "ar",
    location_id: "loc-zwolle",
  },
  // At Amal's location, with a body that fails validation: authorized for the location, then 422.
  "POST /api/content/items": {
    fields: { kind: "news", location_id: "loc-zwolle", source_language: "en" },
    source: { title: "Matrix test", summary: "", body: "<script>not stored</script>" },
  },
  // At loc-zwolle (authorized by location first), with no places: then 422.
  "POST /api/activities": {
    location_id: "loc-zwolle",
    recurrence: "once",
    start_date: "2027-01-04",
    start_time: "10:00",
    duration_minutes: 60,
    place: "Matrix room",
    capacity: 0,
    source_language: "en",
    texts: [{ language: "en", title: "Matrix test" }],
  },
  // At loc-zwolle (authorized by location first), without a name: 422.
  "POST /api/learning/groups": { location_id: "loc-zwolle", name: "", member_ids: [] },
  // To Amal (loc-zwolle, authorized by her location first), of a module that does not exist: 422.
  "POST /api/learning/assignments": {
    module_id: "mod-matrix-missing",
    to: { kind: "resident", account_id: "acct-res-amal" },
  },
  // Well-formed, then refused: an attempt far ahead (422), a step
  // that is not in the module (422); 404 when the module is not in the seed.
  "PUT /api/learning/modules/{id}/answers/{question_id}": { attempt: 99, choices: ["true"], answered_at_ms: 0 },
  "PUT /api/learning/modules/{id}/seen": { items: ["matrix-not-a-step"] },
};

// The objects the learning targets name (no seed has groups or
// assignments): a module, a group at loc-zwolle and an assignment of the module to the group.
const LEARNING_FIXTURES = `
  INSERT INTO learning_modules (id, status, level, minutes, pass_percent, competences, source_language,
    doc, created_by, created_at, updated_by, updated_at)
  VALUES ('mod-matrix', 'published', 1, 5, 50, '["4.2"]', 'en',
    '{"id":"mod-matrix","status":"published","competences":["4.2"],"level":1,"minutes":5,"pass_percent":50,"source_language":"en","title":{"en":"Matrix"},"summary":{},"lessons":[]}',
    'acct-trainer-zwolle', 0, 'acct-trainer-zwolle', 0);
  INSERT INTO learning_groups (id, location_id, name, created_by, created_at, updated_at)
  VALUES ('grp-matrix', 'loc-zwolle', 'Matrix class', 'acct-trainer-zwolle', 0, 0);
  INSERT INTO learning_assignments (id, module_id, location_id, group_id, assigned_by, assigned_at)
  VALUES ('asg-matrix', 'mod-matrix', 'loc-zwolle', 'grp-matrix', 'acct-trainer-zwolle', 0);`;

// One clock that only moves forward; an employee signing in again needs a later TOTP step.
let now = Date.now();
const usedStep = new Map();
const NEW_PIN = "604817";

let api;
const cookies = {}; // principal → session token
const pins = {}; // resident account → current PIN
let pendingCode = null; // the newest activation card of Amal's, once one was issued
let secondSession = null; // the id of Amal's second session (DELETE /api/sessions/{id})
let checks = 0;
let allowed = 0;

async function residentSignIn(id) {
  const r = resident(id);
  const response = await api.call("/api/auth/resident-sign-in", {
    body: { resident_number: r.resident_number, pin: pins[id] ?? r.pin },
    now,
  });
  assert.equal(response.status, 200, `${id} sign-in: ${response.status} ${await response.text()}`);
  return sessionFrom(response);
}

async function signIn(principal) {
  const id = account(principal);
  if (employee(id)) {
    if (usedStep.get(id) === Math.floor(now / 30_000)) now += 31_000;
    usedStep.set(id, Math.floor(now / 30_000));
    cookies[principal] = await signInEmployee(api, id, { now });
  } else if (id === account("resident_own") && pendingCode) {
    const response = await api.call("/api/auth/activate", { body: { code: pendingCode, pin: NEW_PIN }, now });
    assert.equal(response.status, 200, `re-activating ${id}: ${response.status} ${await response.text()}`);
    pendingCode = null;
    pins[id] = NEW_PIN;
    cookies[principal] = sessionFrom(response);
  } else {
    cookies[principal] = await residentSignIn(id);
  }
}

/** Signs in again every principal whose session an earlier call ended. */
async function refreshSessions() {
  for (const principal of SIGNED_IN) {
    const response = await api.call("/api/session", { cookie: cookies[principal], now });
    const view = await response.json();
    if (view?.account_id !== account(principal)) await signIn(principal);
  }
}

function request(key) {
  const [method, template] = key.split(" ");
  const target = MATRIX.targets[key];
  // A `content_item` or `service` target is { id, location }: the id goes into the path.
  const id =
    target &&
    (target.session_of
      ? secondSession
      : (target.content_item?.id ?? target.service?.id ?? target.learning_object?.id ?? Object.values(target)[0]));
  // A `learning_module` target is { id, question_id? }: each fills its own parameter.
  const module = target?.learning_module;
  let path = module
    ? template.replace("{id}", module.id).replace("{question_id}", module.question_id)
    : template.replace(/\{[^}]+\}/g, id);
  // A read about the location named in the query.
  if (target?.query_location) path += `?location=${target.query_location}`;
  const body = method === "GET" || method === "DELETE" ? undefined : (BODIES[key] ?? {});
  return { method, path, body };
}

/** Sends one cell and returns a failure message, or null. */
async function check(key, principal) {
  const expected = MATRIX.routes[key][principal];
  const { method, path, body } = request(key);
  const response = await api.call(path, { method, body, cookie: cookies[principal], now });
  const text = await response.text();
  const got = response.status;
  checks += 1;
  const fail = (why) =>
    `${key} × ${principal} (${account(principal) ?? "no session"}): expected ${expected}, got ${got}` +
    `${why ? ` (${why})` : ""}: ${text.slice(0, 200)}`;
  if (expected === "deny") {
    const [status, type] = principal === "anonymous" ? [401, "unauthenticated"] : [403, "forbidden"];
    if (got !== status) return fail();
    if (JSON.parse(text).type !== `/problems/${type}`) return fail(`not /problems/${type}`);
    return null;
  }
  allowed += 1;
  if (got === 401 || got === 403 || got >= 500) return fail();
  if (ACTS.includes(key) || method === "GET") {
    if (key === "POST /api/residents/{id}/activation-card" && got === 200) pendingCode = JSON.parse(text).code;
    return null;
  }
  // A write that got through must have stopped before changing anything.
  if (got < 400) {
    return fail(`a write sent ${JSON.stringify(body)} must stop at validation; if it acts anyway, add it to ACTS`);
  }
  return null;
}

before(async () => {
  api = await startApi();
  await query(api.persist, LEARNING_FIXTURES);
  for (const principal of SIGNED_IN) await signIn(principal);
  // Amal's second session, the one DELETE /api/sessions/{id} aims at.
  const second = await residentSignIn(account("resident_own"));
  const response = await api.call("/api/sessions", { cookie: second, now });
  secondSession = (await response.json()).find((s) => s.current).id;
});

after(async () => {
  const routes = Object.keys(MATRIX.routes).length;
  console.log(
    `matrix: ${routes} routes × ${PRINCIPALS.length} principals = ${routes * PRINCIPALS.length} cells; ` +
      `${checks} checks sent (${allowed} allow, ${checks - allowed} deny)`,
  );
  await api?.dispose();
});

test("the matrix names exactly the routes in the route table", () => {
  const table = tableRoutes();
  assert.equal(new Set(table).size, table.length, "routes.rs has a duplicate route");
  const file = Object.keys(MATRIX.routes);
  assert.deepEqual(
    {
      missing_from_matrix: table.filter((k) => !file.includes(k)),
      not_in_route_table: file.filter((k) => !table.includes(k)),
    },
    { missing_from_matrix: [], not_in_route_table: [] },
  );
  for (const key of ACTS) assert.ok(file.includes(key), `ACTS names ${key}, which is not a route`);
  for (const key of file.filter((k) => k.includes("{"))) {
    assert.ok(MATRIX.targets[key], `${key} has a path parameter but no target in the matrix`);
  }
});

const order = [...Object.keys(MATRIX.routes).filter((k) => !ACTS.includes(k)), ...ACTS];
for (const key of order) {
  test(key, async () => {
    const cells = MATRIX.routes[key];
    // Refused principals first: an allowed call may end sessions or replace the target.
    const principals = [
      ...PRINCIPALS.filter((p) => cells[p] === "deny"),
      ...PRINCIPALS.filter((p) => cells[p] === "allow"),
    ];
    assert.equal(principals.length, PRINCIPALS.length, `${key} lacks a verdict for a principal`);
    const failures = [];
    for (const principal of principals) {
      const failure = await check(key, principal);
      if (failure) failures.push(failure);
    }
    if (ACTS.includes(key) && key !== ACTS.at(-1)) await refreshSessions();
    if (failures.length) assert.fail(`${failures.length} cell(s) of ${key} disagree:\n  ${failures.join("\n  ")}`);
  });

  if (key === "GET /api/residents") {
    test("GET /api/residents returns only the rows in the caller's scope", async () => {
      const ids = async (principal) => {
        const response = await api.call("/api/residents?limit=100", { cookie: cookies[principal], now });
        assert.equal(response.status, 200);
        return (await response.json()).residents.map((r) => r.id);
      };
      const [amal, dawit] = [account("resident_own"), account("resident_other")];
      const here = await ids("staff_here");
      assert.ok(here.includes(amal) && !here.includes(dawit), `staff_here sees ${here}`);
      const elsewhere = await ids("staff_elsewhere");
      assert.ok(!elsewhere.includes(amal) && elsewhere.includes(dawit), `staff_elsewhere sees ${elsewhere}`);
      const all = await ids("admin");
      assert.ok(all.includes(amal) && all.includes(dawit), `admin sees ${all}`);
    });
  }
}
