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
 * and account, so each spec signs a different demo account in.
 */
export async function signInEmployee(page, id) {
  const account = employee(id);
  await page.goto("/staff/sign-in");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Code from your authenticator app").fill(totp(account.totp_secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
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
