// Fixtures of the learning integration tests: modules written straight into D1 (the trainers'
// API is another part), residents registered and activated the way staff and residents do it,
// small request helpers, and one API per test file set up with them (`learningFile`).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before } from "node:test";
import { registerResidents, signInEmployee } from "./accounts.mjs";
import { apiForFile, query } from "./harness.mjs";

// Monday 30 November 2026, 09:50 in Zwolle (UTC+1).
export const NOW = Date.UTC(2026, 10, 30, 8, 50);

const t = (en, ar) => (ar ? { en, ar } : { en });

const choice = (id, label, correct = false, extra = {}) => ({
  id,
  label: t(label),
  correct,
  feedback: t(correct ? `Yes: ${label}.` : `Not ${label}.`),
  ...extra,
});

/**
 * A published module with one question of every kind (5 questions, pass mark 75 %: 4 right pass,
 * 3 fail). `CORRECT` holds the right answer to each question, `WRONG` a wrong one.
 */
export function fullModule(id, { status = "published", lessons } = {}) {
  return {
    id,
    status,
    competences: ["4.2", "2.1"],
    level: 2,
    minutes: 15,
    pass_percent: 75,
    source_language: "en",
    title: t(`Test module ${id}`, `وحدة اختبار ${id}`),
    summary: t("A module for the integration tests."),
    lessons: lessons ?? [
      {
        id: "l1",
        title: t("First lesson", "الدرس الأول"),
        items: [
          { id: "t1", content: { type: "text", text: t("Read this first.", "اقرأ هذا أولا.") } },
          { id: "img1", content: { type: "image", src: "/learning/test/phone.svg", alt: t("A phone"), caption: {} } },
          { id: "try1", content: { type: "try_it", text: t("Open Settings.") } },
          {
            id: "q-single",
            content: {
              type: "question",
              kind: "single",
              prompt: t("Which PIN is strongest?"),
              choices: [choice("a", "829163", true), choice("b", "1234")],
              explanation: t("Long and not a pattern."),
            },
          },
          {
            id: "q-tf",
            content: {
              type: "question",
              kind: "true_false",
              prompt: t("A bank never asks for your PIN by SMS."),
              choices: [
                { id: "true", label: {}, correct: true, feedback: {} },
                { id: "false", label: {}, correct: false, feedback: {} },
              ],
              explanation: {},
            },
          },
        ],
      },
      {
        id: "l2",
        title: t("Second lesson"),
        items: [
          {
            id: "q-multi",
            content: {
              type: "question",
              kind: "multiple",
              prompt: t("Which are warning signs?"),
              choices: [choice("a", "Hurry", true), choice("b", "Strange link", true), choice("c", "Your name")],
              explanation: {},
            },
          },
          {
            id: "q-order",
            content: {
              type: "question",
              kind: "order",
              prompt: t("Put the steps in order."),
              choices: [choice("s1", "Open Settings"), choice("s2", "Tap Security"), choice("s3", "Choose PIN")],
              explanation: {},
            },
          },
          {
            id: "q-pic",
            content: {
              type: "question",
              kind: "picture",
              prompt: t("Which picture shows a locked phone?"),
              choices: [
                choice("p1", "A phone with a padlock", true, { image: "/learning/test/locked.svg" }),
                choice("p2", "An open phone", false, { image: "/learning/test/open.svg" }),
              ],
              explanation: {},
            },
          },
        ],
      },
    ],
  };
}

export const QUESTIONS = ["q-single", "q-tf", "q-multi", "q-order", "q-pic"];
export const CORRECT = {
  "q-single": ["a"],
  "q-tf": ["true"],
  "q-multi": ["b", "a"],
  "q-order": ["s1", "s2", "s3"],
  "q-pic": ["p1"],
};
export const WRONG = {
  "q-single": ["b"],
  "q-tf": ["false"],
  "q-multi": ["a"],
  "q-order": ["s2", "s1", "s3"],
  "q-pic": ["p2"],
};

/** A small published module with one single-choice question. */
export function smallModule(id, { level = 1, title = `Small ${id}` } = {}) {
  return {
    id,
    status: "published",
    competences: ["1.1"],
    level,
    minutes: 5,
    pass_percent: 70,
    source_language: "en",
    title: t(title),
    summary: {},
    lessons: [
      {
        id: "only",
        title: t("Only lesson"),
        items: [
          {
            id: "q-only",
            content: {
              type: "question",
              kind: "single",
              prompt: t("Pick yes."),
              choices: [choice("yes", "Yes", true), choice("no", "No")],
              explanation: {},
            },
          },
        ],
      },
    ],
  };
}

const sql = (value) => `'${String(value).replaceAll("'", "''")}'`;

export async function insertModule(persist, module, { version = 1 } = {}) {
  await query(
    persist,
    `INSERT INTO learning_modules (id, status, level, minutes, pass_percent, competences, source_language, doc, ` +
      `version, created_by, created_at, updated_by, updated_at) VALUES (${sql(module.id)}, ${sql(module.status)}, ` +
      `${module.level}, ${module.minutes}, ${module.pass_percent}, ${sql(JSON.stringify(module.competences))}, ` +
      `${sql(module.source_language)}, ${sql(JSON.stringify(module))}, ${version}, 'acct-admin', 1767225600000, ` +
      `'acct-admin', 1767225600000)`,
  );
}

/** What a trainer's save does to the row: a new document and the next version. */
export async function replaceModule(persist, module) {
  await query(
    persist,
    `UPDATE learning_modules SET doc = ${sql(JSON.stringify(module))}, version = version + 1, ` +
      `updated_at = updated_at + 1 WHERE id = ${sql(module.id)}`,
  );
}

export { sql };

/** Registers `count` residents ("Learner <prefix><i>") at `location` as staff do, and activates them. */
export function newResidents(api, staff, count, { now, location = "loc-zwolle", language = "en", prefix }) {
  const names = Array.from({ length: count }, (_, i) => `Learner ${prefix}${i}`);
  return registerResidents(api, staff, names, { now, location, language, numberPrefix: prefix });
}

/**
 * The API of one residents' learning test file: `modules` written into D1, staff (Zwolle) and
 * admin signed in, and `learners` new residents at Zwolle (numbers from `prefix`), set up once
 * before the first test. `ready()` resolves to `{ staff, admin, learners }` (a file's own `before`
 * awaits it: Node 20 starts top-level hooks together); `c` makes the residents' requests at `NOW`.
 */
export function learningFile({ modules, learners, prefix }) {
  const api = apiForFile();
  let setUp;
  const ready = () =>
    (setUp ??= (async () => {
      const { persist } = await api.ready();
      for (const module of modules) await insertModule(persist, module);
      const staff = await signInEmployee(api, "acct-staff-zwolle", { now: NOW });
      const admin = await signInEmployee(api, "acct-admin", { now: NOW });
      return { staff, admin, learners: await newResidents(api, staff, learners, { now: NOW, prefix }) };
    })());
  before(ready);
  return { api, c: client(api, NOW), ready };
}

export function client(api, now) {
  const put = (path, body, cookie, { key = randomUUID(), at = now } = {}) =>
    api.call(path, { method: "PUT", body, cookie, now: at, headers: { "idempotency-key": key } });
  return {
    get: (path, cookie, headers = {}) => api.call(path, { cookie, now, headers }),
    put,
    answer: (module, question, choices, cookie, { attempt = 1, answeredAt = now - 60_000, key, at } = {}) =>
      put(
        `/api/learning/modules/${module}/answers/${question}`,
        { attempt, choices, answered_at_ms: answeredAt },
        cookie,
        { key, at },
      ),
    seen: (module, items, cookie, opts) => put(`/api/learning/modules/${module}/seen`, { items }, cookie, opts),
  };
}

export async function okJson(response) {
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return JSON.parse(text);
}
