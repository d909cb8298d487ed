// Accounts end to end: staff register a resident and hand over the activation card; the resident
// activates on their own phone (a fresh browser context), signs in with the PIN, sees only their
// own data and signs out. A wrong PIN five times locks the account with a clear message.
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, signInEmployee, test } from "./fixtures.mjs";

async function signInResident(page, number, pin) {
  await page.goto("/sign-in");
  await page.getByLabel("Resident number").fill(number);
  await page.getByLabel("PIN", { exact: true }).fill(pin);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("staff register a resident who activates, signs in, sees only their own data and signs out", async ({
  browser,
}) => {
  // Staff side: sign in, register, read the code from the card.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInEmployee(staff, "acct-staff-zwolle");
  await staff.goto("/staff/residents/new");
  await staff.getByLabel("Preferred name").fill("Hana");
  await staff.getByLabel("Resident number (V-number)").fill("3000000001");
  await staff.getByLabel("Language").selectOption("ar");
  await staff.getByLabel("Location").selectOption("loc-zwolle");
  await staff.getByRole("button", { name: "Register and make a card" }).click();
  const card = staff.getByTestId("activation-card");
  await expect(card).toBeVisible();
  await expect(card).toContainText("Hana");
  await expect(card.getByRole("img", { name: /QR code/ }).locator("svg")).toBeVisible();
  const code = (await staff.getByTestId("activation-code").textContent()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectNoAxeViolations(staff);
  await staffContext.close();

  // Resident side, on "their own phone": nothing shared with the staff browser.
  const phone = await browser.newContext();
  const page = await phone.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto("/activate");
  await page.getByLabel("Code from your card").fill(code.toLowerCase());
  await page.getByLabel("Choose a PIN (6 digits)").fill("250913");
  await page.getByLabel("Type the PIN again").fill("250913");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Hana" })).toBeVisible();
  await expect(page.getByTestId("my-data")).toContainText("3000000001");

  // Signing out ends the session on the server too.
  await page.getByTestId("sign-out").click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  expect(await (await page.request.get("/api/session")).json()).toBeNull();

  // Later: resident number + PIN.
  await signInResident(page, "3000000001", "250913");
  await expect(page.getByRole("heading", { level: 1, name: "Hello Hana" })).toBeVisible();
  const myData = page.getByTestId("my-data");
  await expect(myData).toContainText("3000000001");
  await expect(myData).not.toContainText(resident("acct-res-amal").resident_number);
  await expectNoAxeViolations(page);

  // Only their own data: another resident's record and the residents list are refused.
  const other = await page.request.get("/api/residents/acct-res-amal");
  expect(other.status()).toBe(403);
  expect((await page.request.get("/api/residents")).status()).toBe(403);
  const me = await (await page.request.get("/api/session")).json();
  expect((await page.request.get(`/api/residents/${me.account_id}`)).status()).toBe(200);

  await page.getByTestId("sign-out").click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  expect((await page.request.get(`/api/residents/${me.account_id}`)).status()).toBe(401);
  expect(consoleErrors).toEqual([]);
  await phone.close();
});

test("five wrong PINs lock the account with a clear message, even for the right PIN", async ({ page }) => {
  const dawit = resident("acct-res-dawit");
  await signInResident(page, dawit.resident_number, "000001");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("resident number or PIN is not right");
  for (let attempt = 2; attempt <= 4; attempt++) {
    await page.getByLabel("PIN", { exact: true }).fill(`00000${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(alert).toContainText("resident number or PIN is not right");
  }
  await page.getByLabel("PIN", { exact: true }).fill("000005");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toContainText("Too many wrong attempts");
  await expect(alert).toContainText("ask staff");
  // Locked means locked: the right PIN is refused the same way, and nobody is signed in.
  await page.getByLabel("PIN", { exact: true }).fill(dawit.pin);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(alert).toContainText("Too many wrong attempts");
  expect(await (await page.request.get("/api/session")).json()).toBeNull();
  await expectNoAxeViolations(page);
});

test("staff page through the resident list with Show more until everyone is listed, in order", async ({ page }) => {
  await signInEmployee(page, "acct-admin");
  const everyone = await (await page.request.get("/api/residents?limit=100")).json();
  expect(everyone.next).toBeNull();
  const names = everyone.residents.map((r) => r.preferred_name);
  expect(names.length).toBeGreaterThan(2);
  // The seed has fewer residents than a page; asking for pages of 2 walks the same code a large
  // centre does (the list route only: a resident's own page stays untouched).
  await page.route(/\/api\/residents(\?|$)/, (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("limit", "2");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/staff/residents");
  const table = page.getByTestId("residents-table");
  const rows = table.locator("tbody tr th");
  const more = page.getByRole("button", { name: "Show more" });
  await expect(rows).toHaveCount(2);
  await expect(table.locator("caption")).toContainText("(2)");
  for (let shown = 2; shown < names.length; shown = Math.min(shown + 2, names.length)) {
    await more.click();
    await expect(rows).toHaveCount(Math.min(shown + 2, names.length));
  }
  await expect(table.locator("caption")).toContainText(`(${names.length})`);
  await expect(more).toHaveCount(0);
  expect(await rows.allInnerTexts()).toEqual(names);
  await expectNoAxeViolations(page);
});
