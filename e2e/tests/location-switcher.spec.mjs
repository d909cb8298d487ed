// The staff pages' location switcher follows the API's one location rule: Ties (staff at Ter Apel
// and Budel) chooses the location the centre and activities pages show, the choice survives a
// reload and a move to another page; Sanne (Zwolle only) works at her one location and sees no
// switcher.
import { expect, expectNoAxeViolations, signInEmployee, signInEmployeeApi, test } from "./fixtures.mjs";

test("Ties switches the staff pages from Ter Apel to Budel, and the choice is remembered", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await signInEmployee(page, "acct-staff-terapel");
  await page.goto("/staff/centre");
  await expect(page.getByRole("heading", { level: 1, name: "Centre information" })).toBeVisible();
  const switcher = page.getByLabel("Work location");
  await expect(switcher).toBeVisible();
  const address = page.locator("#contacts-address");
  const service = (name) => page.getByTestId("service-editor").locator("summary").filter({ hasText: name });

  await switcher.selectOption("loc-ter-apel");
  await expect(address).toHaveValue(/Ter Apel/);
  await expect(service("Shuttle bus to the IND")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await switcher.selectOption("loc-budel");
  await expect(address).toHaveValue(/Budel/);
  await expect(service("Laundry room")).toHaveCount(1);
  await expect(service("Shuttle bus to the IND")).toHaveCount(0);

  await page.reload();
  await expect(switcher).toHaveValue("loc-budel");
  await expect(address).toHaveValue(/Budel/);

  await page.goto("/staff/activities");
  await expect(switcher).toHaveValue("loc-budel");
  await expect(page.getByText("Crafts afternoon").first()).toBeVisible();
  await expect(page.getByText("Dutch language café")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test("staff at one location see no switcher and get their location", async ({ page, context, baseURL, consoleErrors }) => {
  // Another spec may have used Sanne's current TOTP step: the API sign-in then waits for the next.
  test.setTimeout(90_000);
  await signInEmployeeApi(context, new URL(baseURL).origin, "acct-staff-zwolle");
  await page.goto("/staff/centre");
  await expect(page.locator("#contacts-address")).toHaveValue(/Zwolle/);
  await expect(page.getByTestId("location-switcher")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
