// Learning, the resident's side. A new resident (in Arabic) opens a seeded module online,
// goes offline, answers every question (one wrong, still a pass at 75 %), reloads offline and finds
// her progress kept, reconnects: the server has exactly one answer per question and one finished
// attempt, and the certificate code shows. The code verifies at /verify/<code> for someone signed
// out (module, no name); a code with a typing error gets "check the code". Online, a failed attempt
// offers Try again and the next attempt passes. axe finds nothing on My learning, the player (a
// step, and a question with its feedback), the passport and /verify in English and Arabic.
import { expect, expectNoAxeViolations, freshResident, putInOrder, setLanguage, signInResident, staffForFile, test, workThrough } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ mode: "serial" });

// From the seed curriculum (edge-api/seed/learning/mod-phone-problems.json): order, picture,
// true/false and single questions, pass mark 75 %.
const MODULE = "mod-phone-problems";
const ANSWERS = {
  "pp-restart-q": { order: ["hold", "tap", "wait", "unlock"] },
  // Wrong on purpose (airplane mode is the right picture): 3 of 4 still passes.
  "pp-internet-q1": { pick: "wifi", correct: false },
  "pp-internet-q2": { pick: "true" },
  "pp-storage-q": { pick: "videos" },
};
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

let ORIGIN;
let certificateCode;

const staffContext = staffForFile();
let staff; // a context signed in as staff at Zwolle, to register a new resident per test

test.beforeAll(() => {
  ({ origin: ORIGIN, context: staff } = staffContext);
});

/** A new resident for one test (signed in on `page`), so a retry starts clean. */
async function newLearner(page, context, name, language = "en") {
  const credentials = await freshResident(staff, context, ORIGIN, name, language);
  await page.goto("/");
  await expect(page.getByTestId("sign-out")).toBeVisible();
  return credentials;
}

let certified; // the first test's learner, who holds a certificate (for the passport's axe scan)

/** Answers the question on screen from ANSWERS and checks the feedback; other steps need nothing. */
async function answer(step, id) {
  const wanted = ANSWERS[id];
  if (!wanted) return;
  if (wanted.order) {
    const start = await step.getByTestId("learning-order-row").evaluateAll((rows) => rows.map((r) => r.dataset.choice));
    expect(start, "an order question never starts in the right order").not.toEqual(wanted.order);
    await putInOrder(step, wanted.order);
    await step.getByTestId("learning-submit").click();
  } else {
    await step.locator(`[data-testid=learning-choice][data-choice="${wanted.pick}"]`).click();
  }
  await expect(step.getByTestId("learning-feedback")).toHaveAttribute("data-correct", String(wanted.correct ?? true));
}

test("a module done offline survives a reload and arrives once, with a certificate that verifies", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `Learner ${Date.now().toString(36)}`;
  certified = await newLearner(page, context, name, "ar");
  await setLanguage(page, "ar");
  await page.goto("/learning");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const card = page.locator(`[data-testid=learning-module][data-module="${MODULE}"]`);
  await expect(card).toBeVisible();
  await expect(card.locator("progress")).toBeVisible();
  await card.getByTestId("learning-open").click();
  await expect(page.getByTestId("learning-step")).toBeVisible();
  await expect(page.getByTestId("learning-where")).toBeVisible();

  await context.setOffline(true);
  // Halfway (the wrong picture answered), reload offline: she continues after it.
  await workThrough(page, answer, "pp-internet-q1");
  await expect(page.getByTestId("learning-queued")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("learning-step")).toHaveAttribute("data-item", "pp-internet-q2");
  await expect(page.getByTestId("learning-queued")).toBeVisible();
  await workThrough(page, answer);
  await expect(page.getByTestId("learning-score")).toHaveAttribute("data-correct", "3");
  await expect(page.getByTestId("learning-score")).toHaveAttribute("data-total", "4");
  await expect(page.getByTestId("learning-passed")).toBeVisible();
  await expect(page.getByTestId("learning-certificate-waiting")).toBeVisible();

  // Still offline: the end screen comes back from the device.
  await page.reload();
  await expect(page.getByTestId("learning-passed")).toBeVisible();
  await expect(page.getByTestId("learning-certificate-waiting")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByTestId("pending")).toBeEmpty({ timeout: 30_000 });
  const code = page.getByTestId("learning-certificate-code");
  await expect(code).toBeVisible({ timeout: 20_000 });
  certificateCode = (await code.innerText()).trim();
  expect(certificateCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  const progress = await page.evaluate(async (id) => {
    const response = await fetch(`/api/learning/modules/${id}/progress`, { cache: "no-store" });
    return response.json();
  }, MODULE);
  const answered = progress.answers.map((a) => a.question_id).sort();
  expect(answered).toEqual(Object.keys(ANSWERS).sort());
  expect(progress.attempts).toHaveLength(1);
  expect(progress.attempts[0]).toMatchObject({ attempt: 1, correct: 3, total: 4, passed: true });
  expect(progress.certificate.code).toBe(certificateCode);

  // Anyone can check it: module and date, no name.
  const stranger = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: "block" });
  const other = await stranger.newPage();
  await other.goto(`/verify/${certificateCode}`);
  await expect(other.getByTestId("verify-module")).not.toBeEmpty();
  await expect(other.getByTestId("verify-result")).toBeVisible();
  await expect(other.locator("main")).not.toContainText(name);
  // One character changed: the check character catches it.
  const first = certificateCode[0];
  const forged = ALPHABET[(ALPHABET.indexOf(first) + 1) % 32] + certificateCode.slice(1);
  await other.getByTestId("verify-code").fill(forged);
  await other.getByTestId("verify-submit").click();
  await expect(other.getByTestId("verify-mistyped")).toBeVisible();
  await stranger.close();
});

test("online: a failed attempt offers Try again, and the next attempt passes with a certificate", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await newLearner(page, context, `Retry ${Date.now().toString(36)}`);
  await setLanguage(page, "en");
  const module = "mod-strong-passwords";
  const wrong = {
    "pw-pin-q": { pick: "row", correct: false },
    "pw-password-q1": { ticks: ["words"], correct: false },
    "pw-secret-q1": { pick: "false", correct: false },
    "pw-secret-q2": { pick: "give", correct: false },
  };
  const right = {
    "pw-pin-q": { pick: "random" },
    "pw-password-q1": { ticks: ["password", "digits", "name"] },
    "pw-secret-q1": { pick: "true" },
    "pw-secret-q2": { pick: "hangup" },
  };
  const go = async (answers) => {
    for (let guard = 0; guard < 20; guard += 1) {
      if (await page.getByTestId("learning-end").isVisible()) return;
      const step = page.getByTestId("learning-step");
      const id = await step.getAttribute("data-item");
      const wanted = answers[id];
      if (wanted?.pick) await step.locator(`[data-testid=learning-choice][data-choice="${wanted.pick}"]`).click();
      if (wanted?.ticks) {
        for (const tick of wanted.ticks) await step.locator(`[data-testid=learning-check-choice][data-choice="${tick}"]`).check();
        await step.getByTestId("learning-submit").click();
      }
      if (wanted) {
        await expect(step.getByTestId("learning-feedback")).toHaveAttribute("data-correct", String(wanted.correct ?? true));
      }
      await page.getByTestId("learning-next").click();
      await expect(page.getByTestId("learning-step").or(page.getByTestId("learning-end"))).toBeVisible();
      if (await step.isVisible()) await expect(step).not.toHaveAttribute("data-item", id);
    }
    throw new Error("the module did not end");
  };
  await page.goto(`/learning/${module}`);
  await expect(page.getByTestId("learning-step")).toBeVisible();
  await go(wrong);
  await expect(page.getByTestId("learning-not-passed")).toBeVisible();
  await expect(page.getByTestId("learning-score")).toHaveAttribute("data-correct", "0");
  await page.getByTestId("learning-retry").click();
  // The next attempt opens at the first question (every step was seen already).
  await expect(page.getByTestId("learning-step")).toHaveAttribute("data-item", "pw-pin-q");
  await go(right);
  await expect(page.getByTestId("learning-passed")).toBeVisible();
  await expect(page.getByTestId("learning-certificate-code")).toBeVisible({ timeout: 20_000 });
  const progress = await page.evaluate(async (id) => {
    const response = await fetch(`/api/learning/modules/${id}/progress`, { cache: "no-store" });
    return response.json();
  }, module);
  expect(progress.attempts.map((a) => [a.attempt, a.correct, a.passed])).toEqual([
    [1, 0, false],
    [2, 4, true],
  ]);
  expect(progress.answers.every((a) => a.attempt === 2 && a.correct)).toBe(true);
  // A reload opens at the end screen with the certificate.
  await page.reload();
  await expect(page.getByTestId("learning-certificate-code")).toBeVisible();
});

test("no axe violations on the learning pages in English and Arabic", async ({ page }) => {
  test.setTimeout(120_000);
  // The first test's learner: she holds a certificate and has not opened these two modules.
  await signInResident(page, certified);
  // A different module per language, each opened fresh, so a question is there to answer.
  const modules = { en: "mod-email", ar: "mod-scams" };
  for (const language of ["en", "ar"]) {
    await setLanguage(page, language);
    await page.goto("/learning");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByTestId("learning-module").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `target/screenshots/learning-${language}.png`, fullPage: true });

    await page.goto(`/learning/${modules[language]}`);
    await expect(page.getByTestId("learning-step")).toBeVisible();
    await expectNoAxeViolations(page);
    // On to the first question; answer it with its first choice (or in the order shown).
    for (let guard = 0; guard < 10; guard += 1) {
      const step = page.getByTestId("learning-step");
      if ((await step.locator("[data-testid=learning-choice], [data-testid=learning-submit]").count()) > 0) break;
      const id = await step.getAttribute("data-item");
      await page.getByTestId("learning-next").click();
      await expect(step).not.toHaveAttribute("data-item", id);
    }
    const step = page.getByTestId("learning-step");
    if ((await step.getByTestId("learning-choice").count()) > 0) {
      await step.getByTestId("learning-choice").first().click();
    } else {
      const boxes = step.getByTestId("learning-check-choice");
      if ((await boxes.count()) > 0) await boxes.first().check();
      await step.getByTestId("learning-submit").click();
    }
    await expect(step.getByTestId("learning-feedback")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `target/screenshots/learning-player-${language}.png`, fullPage: true });

    await page.goto("/learning/passport");
    await expect(page.getByTestId("passport-certificate").first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `target/screenshots/learning-passport-${language}.png`, fullPage: true });

    await page.goto(`/verify/${certificateCode}`);
    await expect(page.getByTestId("verify-result")).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await setLanguage(page, "en");
});
