// Shared by the trainers' learning itests (training*.test.mjs): one API per file with the
// signed-in demo employees and Amal, three more residents at Zwolle, requests at `NOW`, and a valid
// module document.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before } from "node:test";
import { registerResidents, signInEmployee, signInResident } from "./accounts.mjs";
import { apiForFile, query } from "./harness.mjs";
import { NOW } from "./learning-fixture.mjs";

export { NOW };

/** Sessions: trainer, staff (Zwolle), staffElsewhere (Ter Apel, Budel), admin, amal; `people`. */
async function trainingSessions(api) {
  const trainer = await signInEmployee(api, "acct-trainer-zwolle", { now: NOW });
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
  const staffElsewhere = await signInEmployee(api, "acct-staff-terapel", { now: NOW });
  const admin = await signInEmployee(api, "acct-admin", { now: NOW });
  const amal = await signInResident(api, "acct-res-amal", { now: NOW });
  // Three more residents at Zwolle, registered by staff and activated as residents do it.
  const made = await registerResidents(api, staff, ["Bram", "Chen", "Dana"], { now: NOW, numberPrefix: "10000088" });
  const people = Object.fromEntries(made.map((r) => [r.name, r.id])); // name → account id
  return { trainer, staff, staffElsewhere, admin, amal, people };
}

/**
 * The API of one trainers' test file with [`trainingSessions`], set up once before the first test:
 * `ready()` resolves to them (a file's own `before` awaits it: Node 20 starts top-level hooks
 * together), and they are in `sessions` from then on. `send` and `get` call the API at `NOW` (`get`
 * and `createModule` as the trainer unless told otherwise; every write with a fresh
 * Idempotency-Key), `sql` queries its D1.
 */
export function trainingFile() {
  const api = apiForFile();
  let setUp;
  const file = {
    api,
    sessions: {},
    ready: () => (setUp ??= trainingSessions(api).then((sessions) => (file.sessions = sessions))),
    send: (method, path, body, cookie) =>
      api.call(path, { method, body, cookie, now: NOW, headers: { "idempotency-key": randomUUID() } }),
    get: (path, cookie = file.sessions.trainer, headers = {}) => api.call(path, { cookie, now: NOW, headers }),
    sql: (text) => query(api.persist, text),
    async createModule(doc, cookie = file.sessions.trainer) {
      const response = await file.send("POST", "/api/learning/authoring/modules", doc, cookie);
      assert.equal(response.status, 201, await response.clone().text());
      return response.json();
    },
  };
  before(file.ready);
  return file;
}

const texts = (en, ar) => (ar ? { en, ar } : { en });
const choice = (id, en, correct = false) => ({ id, label: { en }, correct, feedback: {} });

/** A valid module: two lessons, four questions (one of each checked kind), pass mark 75 %. */
export function moduleDoc(id, overrides = {}) {
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

