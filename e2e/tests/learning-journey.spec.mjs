// Learning across audiences: the trainer (Tara, Zwolle) makes a group with a resident who
// just activated her card, and assigns a seeded module to the group. The resident sees it as
// assigned with its due date, opens it, goes offline, works through it (one answer wrong, still a
// pass), reloads offline and finds her progress, reconnects. The trainer's dashboard then shows her
// as completed, and the per-question figures grew by exactly one answer each (the right ones by one
// correct); her certificate verifies at /verify/<code> for anyone; the CSV export has her row.
//
// A fresh resident per run (registered by staff, activated here), so a retry starts clean. The
// answers come from the seed file itself, so a change to the curriculum cannot silently pass.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, freshResident, putInOrder, signInEmployeeApi, test, workThrough, zwolleDate } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });

const MODULE_ID = "mod-strong-passwords";
const MODULE = JSON.parse(readFileSync(new URL(`../../edge-api/seed/learning/${MODULE_ID}.json`, import.meta.url), "utf8"));
const QUESTIONS = MODULE.lessons.flatMap((l) => l.items).filter((i) => i.content.type === "question");
// The one answered wrong on purpose: the first single-choice question (3 of 4 passes at 70/75 %).
const WRONG = QUESTIONS.find((q) => q.content.kind === "single").id;
const RUN = Date.now().toString(36);
const NAME = `Journey ${RUN}`;

const DUE = zwolleDate(7);

async function api(context, origin, method, path, data) {
  const response = await context.request.fetch(path, {
    method,
    headers: { origin, "idempotency-key": randomUUID() },
    data,
  });
  const body = await response.text();
  expect(response.status(), `${method} ${path}: ${body}`).toBeLessThan(300);
  return path.endsWith(".csv") || path.includes(".csv?") ? body : JSON.parse(body);
}

/** Answers the question on screen: correctly, except WRONG; other steps need nothing. */
async function answer(step, id) {
  const question = QUESTIONS.find((q) => q.id === id);
  if (!question) return;
  const { kind, choices } = question.content;
  const right = choices.filter((c) => c.correct).map((c) => c.id);
  if (kind === "order") {
    await putInOrder(step, choices.map((c) => c.id));
    await step.getByTestId("learning-submit").click();
  } else if (kind === "multiple") {
    for (const choice of right) await step.locator(`[data-testid=learning-check-choice][data-choice="${choice}"]`).check();
    await step.getByTestId("learning-submit").click();
  } else {
    const pick = question.id === WRONG ? choices.find((c) => !c.correct).id : right[0];
    await step.locator(`[data-testid=learning-choice][data-choice="${pick}"]`).click();
  }
  await expect(step.getByTestId("learning-feedback")).toHaveAttribute("data-correct", String(question.id !== WRONG));
}

test("a module assigned to a group is done offline and reaches the trainer's dashboard exactly once", async ({
  browser,
}, info) => {
  test.setTimeout(240_000);
  const origin = new URL(info.project.use.baseURL).origin;

  // Staff register the resident; she activates her card on her own phone.
  const staff = await browser.newContext({ baseURL: origin });
  await signInEmployeeApi(staff, origin, "acct-staff-zwolle");
  const phone = await browser.newContext({ baseURL: origin, serviceWorkers: "allow" });
  await freshResident(staff, phone, origin, NAME);
  await staff.close();
  const resident = await phone.newPage();
  await resident.addInitScript(() => localStorage.setItem("wegwijs.language", "en"));

  // The trainer: a group with her (found through the filter), the module assigned to it.
  const trainerContext = await browser.newContext({ baseURL: origin });
  await signInEmployeeApi(trainerContext, origin, "acct-trainer-zwolle");
  const trainer = await trainerContext.newPage();
  const before = await api(trainerContext, origin, "GET", `/api/learning/dashboard?module=${MODULE_ID}&location=loc-zwolle`);
  const groupName = `Passwords ${RUN}`;
  await trainer.goto("/trainer/groups");
  await trainer.getByLabel("Group name").fill(groupName);
  await trainer.getByLabel("Filter by name").fill(NAME);
  await trainer.getByLabel(NAME).check();
  await trainer.getByTestId("trainer-save-group").click();
  await expect(trainer.getByTestId("trainer-group").filter({ hasText: groupName })).toContainText(NAME);
  await trainer.goto("/trainer/assignments");
  await trainer.getByLabel("Module", { exact: true }).selectOption(MODULE_ID);
  await trainer.getByLabel("Group", { exact: true }).selectOption({ label: groupName });
  await trainer.getByLabel("Due date (optional)").fill(DUE);
  await trainer.getByTestId("trainer-assign").click();
  await expect(trainer.getByTestId("trainer-assignment").filter({ hasText: groupName })).toContainText(DUE);

  // The resident sees it as assigned, with the due date, first in her list.
  await resident.goto("/learning");
  await resident.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await resident.reload();
  const card = resident.locator(`[data-testid=learning-module][data-module="${MODULE_ID}"]`);
  await expect(card).toBeVisible();
  await expect(resident.getByTestId("learning-module").first()).toHaveAttribute("data-module", MODULE_ID);
  await expect(card).toContainText(MODULE.title.en);
  await expect(card.getByTestId("learning-due")).toBeVisible();
  await expectNoAxeViolations(resident);
  await card.getByTestId("learning-open").click();
  await expect(resident.getByTestId("learning-step")).toBeVisible();

  // Offline from here: half of it, a reload (from the device), the rest.
  await phone.setOffline(true);
  const half = QUESTIONS[1].id;
  await workThrough(resident, answer, half);
  await resident.reload();
  await expect(resident.getByTestId("learning-step")).toBeVisible();
  await expect(resident.getByTestId("learning-step")).not.toHaveAttribute("data-item", QUESTIONS[0].id);
  await expect(resident.getByTestId("learning-queued")).toBeVisible();
  await workThrough(resident, answer);
  await expect(resident.getByTestId("learning-score")).toHaveAttribute("data-correct", String(QUESTIONS.length - 1));
  await expect(resident.getByTestId("learning-passed")).toBeVisible();
  await resident.reload();
  await expect(resident.getByTestId("learning-passed")).toBeVisible();
  expect((await api(trainerContext, origin, "GET", `/api/learning/dashboard?module=${MODULE_ID}&location=loc-zwolle`)).learners.find((l) => l.display_name === NAME).state).toBe("not_started");

  // Back online: the queue delivers; the certificate arrives.
  await phone.setOffline(false);
  await expect(resident.getByTestId("pending")).toBeEmpty({ timeout: 30_000 });
  const codeElement = resident.getByTestId("learning-certificate-code");
  await expect(codeElement).toBeVisible({ timeout: 20_000 });
  const code = (await codeElement.innerText()).trim();

  // The trainer's dashboard: completed, and every question one answer more (the wrong one not correct).
  await trainer.goto(`/trainer/dashboard?module=${MODULE_ID}`);
  const row = trainer.getByTestId("trainer-learner").filter({ hasText: NAME });
  await expect(row).toHaveAttribute("data-state", "completed");
  const after = await api(trainerContext, origin, "GET", `/api/learning/dashboard?module=${MODULE_ID}&location=loc-zwolle`);
  expect(after.learners.filter((l) => l.display_name === NAME)).toHaveLength(1);
  expect(after.counts.completed).toBe(before.counts.completed + 1);
  for (const question of QUESTIONS) {
    const was = before.questions.find((q) => q.question_id === question.id);
    const now = after.questions.find((q) => q.question_id === question.id);
    expect(now.answered, question.id).toBe(was.answered + 1);
    expect(now.correct, question.id).toBe(was.correct + (question.id === WRONG ? 0 : 1));
    const shown = trainer.locator(`[data-testid=trainer-question-stat][data-question="${question.id}"]`);
    await expect(shown).toHaveAttribute("data-answered", String(now.answered));
    await expect(shown).toHaveAttribute("data-correct", String(now.correct));
  }
  await expectNoAxeViolations(trainer);

  // The CSV export has her row, completed.
  const csvHref = await trainer.getByTestId("trainer-csv").getAttribute("href");
  const csv = await api(trainerContext, origin, "GET", csvHref);
  const line = csv.split(/\r\n/).find((l) => l.startsWith(NAME) || l.startsWith(`"${NAME}`));
  expect(line, "her row in the CSV").toBeTruthy();
  expect(line).toContain("completed");

  // Anyone can verify the certificate: the module, no name.
  const stranger = await browser.newContext({ baseURL: origin, serviceWorkers: "block" });
  const verify = await stranger.newPage();
  await verify.goto(`/verify/${code}`);
  await expect(verify.getByTestId("verify-module")).toContainText(MODULE.title.en);
  await expect(verify.locator("main")).not.toContainText(NAME);
  await stranger.close();
  await trainerContext.close();
  await phone.close();
});
