// Shared by the trainers' learning itests (training*.test.mjs): the clock, the signed-in demo
// employees and Amal, three more residents at Zwolle, and a valid module document.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { signInEmployee, signInResident } from "./accounts.mjs";
import { startApi } from "./harness.mjs";

// Monday 30 November 2026, 09:50 in Zwolle (UTC+1).
export const NOW = Date.UTC(2026, 10, 30, 8, 50);

/** A fresh API with sessions: trainer, staff (Zwolle), staffElsewhere (Ter Apel, Budel), admin, amal. */
export async function startTraining() {
  const api = await startApi();
  const trainer = await signInEmployee(api, "acct-trainer-zwolle", { now: NOW });
  const staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
  const staffElsewhere = await signInEmployee(api, "acct-staff-terapel", { now: NOW });
  const admin = await signInEmployee(api, "acct-admin", { now: NOW });
  const amal = await signInResident(api, "acct-res-amal", { now: NOW });
  const people = {}; // name → account id
  // Three more residents at Zwolle, registered by staff and activated as residents do it.
  for (const [i, name] of ["Bram", "Chen", "Dana"].entries()) {
    const created = await api.call("/api/residents", {
      body: { preferred_name: name, resident_number: `10000088${i}0`, language: "en", location_id: "loc-zwolle" },
      cookie: staff,
      now: NOW,
      headers: { "idempotency-key": randomUUID() },
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { resident, card } = await created.json();
    const activated = await api.call("/api/auth/activate", { body: { code: card.code, pin: "604817" }, now: NOW });
    assert.equal(activated.status, 200, await activated.clone().text());
    people[name] = resident.id;
  }
  return { api, trainer, staff, staffElsewhere, admin, amal, people };
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

