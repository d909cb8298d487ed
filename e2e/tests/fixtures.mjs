// Shared helpers: an axe scan with the WCAG 2.2 AA tags, a page that fails the test on any console
// error or CSP violation, sign-ins, the language choice, an answer lost on its way back, walking
// through a learning module, text the pseudo-locale did not reach, dates in Zwolle, and a staff
// context per spec file.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { employee, resident, totp } from "../../edge-api/itest/demo.mjs";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe violations").toEqual([]);
}

/**
 * Signs a demo employee in through the staff sign-in page. A TOTP code works once per 30 s step
 * and account, and another spec may have just used this step for the same account: a refused code
 * is tried again in the next step.
 */
export async function signInEmployee(page, id) {
  const account = employee(id);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await page.goto("/staff/sign-in");
    await page.getByLabel("E-mail address").fill(account.email);
    await page.getByLabel("Password", { exact: true }).fill(account.password);
    await page.getByLabel("Code from your authenticator app").fill(totp(account.totp_secret));
    await page.getByRole("button", { name: "Sign in" }).click();
    const outcome = await Promise.race([
      page.getByTestId("sign-out").waitFor().then(() => "in"),
      page.getByTestId("form-alert").waitFor().then(() => "refused"),
    ]);
    if (outcome === "in") return;
    // Waiting for the next step must not eat the test's own time.
    base.info().setTimeout(base.info().timeout + 35_000);
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  }
  throw new Error(`${id}: sign-in refused twice`);
}

/**
 * The seeded residents several spec files sign in as, expecting English. A test that changes one's
 * account language puts it back when it passes; this puts it back when a test fails (a timeout
 * included), so one failure cannot turn into a failure of every later spec.
 */
const SHARED_RESIDENTS = ["acct-res-amal", "acct-res-dawit", "acct-res-oksana"];

async function restoreSharedResidents(browser, baseURL) {
  const origin = new URL(baseURL).origin;
  const context = await browser.newContext({ baseURL, storageState: undefined });
  try {
    for (const id of SHARED_RESIDENTS) {
      const who = resident(id);
      await context.clearCookies();
      const signedIn = await context.request.post("/api/auth/resident-sign-in", {
        headers: { origin },
        data: { resident_number: who.resident_number, pin: who.pin },
      });
      if (signedIn.status() !== 200) continue; // a spec may have changed this PIN on purpose
      await context.request.put("/api/me/language", {
        headers: { origin, "idempotency-key": crypto.randomUUID() },
        data: { language: "en" },
      });
    }
  } finally {
    await context.close();
  }
}

export const test = base.extend({
  sharedResidentsRestored: [
    async ({ browser, baseURL }, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) await restoreSharedResidents(browser, baseURL);
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // A TOTP step another spec (or this test's first try) just used is refused with a 401 that
      // Chromium logs; signInEmployee waits for the next step and throws if that fails too, so this
      // one logged refusal is expected, not an error of the page.
      const refusedStep = message.location().url.endsWith("/api/auth/staff-sign-in")
        && message.text().includes("status of 401");
      if (!refusedStep) errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/**
 * An employee signs in through the API into `context` (no page needed). A TOTP code works once per
 * 30 s step and account, and another spec may have just used this step: then wait for the next.
 */
export async function signInEmployeeApi(context, origin, id) {
  const account = employee(id);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await context.request.post("/api/auth/staff-sign-in", {
      headers: { origin },
      data: { email: account.email, password: account.password, code: totp(account.totp_secret) },
    });
    if (response.status() === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 500));
  }
  throw new Error(`${id}: sign-in failed three times`);
}

/**
 * A new resident at Zwolle, registered by `staff` (a signed-in staff context) and activated through
 * `context`, which is then signed in as them. Returns their resident number and PIN. Specs that change a resident's progress use one per
 * test, so a retry starts clean.
 */
export async function freshResident(staff, context, origin, name, language = "en") {
  const card = await newResidentCard(staff, origin, name, language);
  const activation = await context.request.post("/api/auth/activate", {
    headers: { origin },
    data: { code: card.activation_code, pin: "381905" },
  });
  expect(activation.status(), await activation.text()).toBe(200);
  return { resident_number: card.resident_number, pin: "381905" };
}

/**
 * A new resident at Zwolle, registered by `staff` (a signed-in staff context), with an unused
 * activation card: `{ id, resident_number, activation_code }`.
 */
export async function newResidentCard(staff, origin, name, language = "en") {
  const residentNumber = `4${String(Date.now()).slice(-8)}${Math.floor(Math.random() * 10)}`;
  const created = await staff.request.post("/api/residents", {
    headers: { origin, "idempotency-key": crypto.randomUUID() },
    data: {
      preferred_name: name,
      resident_number: residentNumber,
      language,
      location_id: "loc-zwolle",
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { resident, card } = await created.json();
  return { id: resident.id, resident_number: residentNumber, activation_code: card.code };
}

/** A resident signs in through the sign-in page (`who`: `{ resident_number, pin }`). */
export async function signInResident(page, who) {
  await page.goto("/sign-in");
  await page.getByLabel("Resident number").fill(who.resident_number);
  await page.getByLabel("PIN", { exact: true }).fill(who.pin);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
}

/**
 * The device's and the signed-in account's language: the account's choice wins at every session
 * load (`wegwijs_shared::languages::on_session`), so both are set.
 */
export async function setLanguage(page, language) {
  // An account without a language takes the device's at its first session load, through the
  // offline queue: wait until that write has landed, or it could arrive after this one and undo it.
  await expect.poll(async () => (await (await page.request.get("/api/session")).json())?.language ?? null).not.toBeNull();
  await page.evaluate((l) => localStorage.setItem("wegwijs.language", l), language);
  const response = await page.request.put("/api/me/language", {
    headers: { origin: new URL(page.url()).origin, "idempotency-key": crypto.randomUUID() },
    data: { language },
  });
  expect(response.status()).toBe(200);
}

/**
 * From now on, the first answer to a request matching `url` is lost on its way back (the server
 * did act): the offline queue must send it again with the same key. Returns the keys of every
 * request sent, in order.
 */
export async function loseFirstAnswer(context, url) {
  const keys = [];
  let lost = false;
  await context.route(url, async (route) => {
    keys.push(route.request().headers()["idempotency-key"]);
    if (!lost) {
      lost = true;
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  return keys;
}

/** Puts a learning order question's rows in `wanted` order with the Move up buttons only. */
export async function putInOrder(step, wanted) {
  for (let target = 0; target < wanted.length; target += 1) {
    for (;;) {
      const order = await step.getByTestId("learning-order-row").evaluateAll((rows) => rows.map((r) => r.dataset.choice));
      const at = order.indexOf(wanted[target]);
      if (at === target) break;
      await step.getByTestId("learning-order-row").nth(at).getByTestId("learning-move-up").click();
    }
  }
}

/**
 * Goes through a learning module from the current step to the end screen. `answer(step, id)` runs
 * on every step (it answers the questions); with `stopAfter`, it stops after that step instead.
 */
export async function workThrough(page, answer, stopAfter) {
  for (let guard = 0; guard < 40; guard += 1) {
    if (await page.getByTestId("learning-end").isVisible()) return;
    const step = page.getByTestId("learning-step");
    await expect(step).toBeVisible();
    const id = await step.getAttribute("data-item");
    await answer(step, id);
    if (id === stopAfter) return;
    await page.getByTestId("learning-next").click();
    await expect(page.getByTestId("learning-step").or(page.getByTestId("learning-end"))).toBeVisible();
    if (await step.isVisible()) await expect(step).not.toHaveAttribute("data-item", id);
  }
  throw new Error("the module did not end");
}

/**
 * Visible text with letters on the page that the pseudo-locale did not mark (⟦…⟧): a string that
 * does not come from a catalog. Elements matching `skip` are passed over.
 */
export function untranslatedText(page, skip) {
  return page.evaluate((skip) => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const element = node.parentElement;
      if (!text || !/\p{L}/u.test(text) || text.includes("⟦") || text.includes("⟧")) continue;
      if (element.closest(skip)) continue;
      if (!element.checkVisibility()) continue;
      found.push(text);
    }
    return found;
  }, skip);
}

/** `YYYY-MM-DD` in Zwolle (the demo location's wall calendar), `days` from now. */
export function zwolleDate(days) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() + days * 86_400_000));
}

/**
 * A browser context signed in (through the API) as staff at Zwolle for a whole spec file: opened
 * before its first test, closed after its last. `context` and `origin` are set once the file's
 * first `beforeAll` has run.
 */
export function staffForFile() {
  const file = {};
  test.beforeAll(async ({ browser }, info) => {
    test.setTimeout(120_000);
    file.origin = new URL(info.project.use.baseURL).origin;
    file.context = await browser.newContext({ baseURL: file.origin });
    await signInEmployeeApi(file.context, file.origin, "acct-staff-zwolle");
  });
  test.afterAll(async () => {
    await file.context?.close();
  });
  return file;
}
