// Shared helpers: an axe scan with the WCAG 2.2 AA tags, and a page that fails the test on any
// console error or CSP violation.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import { employee, totp } from "../../edge-api/itest/demo.mjs";

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

export const test = base.extend({
  consoleErrors: async ({ page }, use) => {
    const errors = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
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
  const { card } = await created.json();
  const activation = await context.request.post("/api/auth/activate", {
    headers: { origin },
    data: { code: card.code, pin: "381905" },
  });
  expect(activation.status(), await activation.text()).toBe(200);
  return { resident_number: residentNumber, pin: "381905" };
}
