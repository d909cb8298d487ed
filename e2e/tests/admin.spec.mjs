// Admin end to end: invite a trainer, who accepts the one-time link in their own browser (password,
// authenticator enrolment, recovery codes shown once) and lands in the trainer area; the audit log
// shows what happened and filters by event.
import { totp } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, signInEmployee, test } from "./fixtures.mjs";

test("an admin invites a trainer who sets up password and authenticator; the audit log shows it", async ({
  browser,
  page,
  consoleErrors,
}) => {
  await signInEmployee(page, "acct-admin");
  await expect(page).toHaveURL(/\/admin/);
  await expect(page.getByRole("heading", { level: 1, name: "Accounts" })).toBeVisible();
  await expect(page.getByTestId("accounts-table")).toContainText("staff.zwolle@wegwijs.example");
  await page.getByLabel("E-mail address").fill("nina.trainer@wegwijs.example");
  await page.getByLabel("Name", { exact: true }).fill("Nina");
  await page.getByLabel("Role").selectOption("trainer");
  await page.locator("#invite-loc-loc-budel").check();
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByTestId("invite-url").inputValue();
  expect(link).toMatch(/\/invite#token=[0-9a-f]{64}$/);
  await expectNoAxeViolations(page);

  // The trainer, in their own browser.
  const theirs = await browser.newContext();
  const invitee = await theirs.newPage();
  await invitee.goto(link);
  await invitee.getByLabel("Password", { exact: true }).fill("password1");
  await invitee.getByLabel("Type the password again").fill("password1");
  await invitee.getByRole("button", { name: "Continue" }).click();
  // The refusal is tied to the field it is about.
  await expect(invitee.getByText(/on a list of commonly used passwords/)).toBeVisible();
  await expect(invitee.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await invitee.getByLabel("Password", { exact: true }).fill("de fiets staat bij het station");
  await invitee.getByLabel("Type the password again").fill("de fiets staat bij het station");
  await invitee.getByRole("button", { name: "Continue" }).click();
  const secret = (await invitee.getByTestId("totp-secret").textContent()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(invitee.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("The 6-digit code the app shows").fill(totp(secret));
  await invitee.getByRole("button", { name: "Confirm" }).click();
  await expect(invitee.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await invitee.getByTestId("codes-stored").click();
  await expect(invitee).toHaveURL(/\/trainer$/);
  await expect(invitee.getByTestId("sign-out")).toBeVisible();
  await theirs.close();

  // The audit log, filtered to enrolments, names the new account's first sign-in.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const table = page.getByTestId("audit-table");
  await expect(table).toContainText("account invited");
  await page.getByLabel("Event").selectOption("account_enrolled");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(table.getByRole("row")).toHaveCount(2); // header + the one enrolment
  await expect(table).toContainText("(Trainer)");
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});
