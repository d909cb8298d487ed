// The app loads, shows data that came from D1 through the API, and navigates between the resident,
// trainer and staff areas; trainer and staff code arrives only when those areas are opened.
import { readdirSync } from "node:fs";
import { expect, expectNoAxeViolations, signInEmployee, test } from "./fixtures.mjs";

const NEWEST_MIGRATION = readdirSync(new URL("../../edge-api/migrations/", import.meta.url))
  .filter((f) => f.endsWith(".sql"))
  .sort()
  .at(-1);

const isLazyChunk = (url) => /\/app\/[0-9a-f]{16}\/(split_|chunk_)[^/]*\.wasm$/.test(url);

test("resident home shows the seeded locations and loads no trainer or staff code", async ({ page, consoleErrors }) => {
  const wasm = [];
  page.on("request", (request) => {
    if (request.url().endsWith(".wasm")) wasm.push(request.url());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  const locations = page.getByTestId("locations").getByRole("listitem");
  await expect(locations).toHaveCount(3);
  await expect(locations.first()).toContainText("Budel process reception");
  await expect(page.getByRole("heading", { name: "Demo Reception Agency (COA-style)" })).toBeVisible();
  expect(wasm.filter(isLazyChunk), "lazy chunks on the resident's first load").toEqual([]);
  expect(wasm.length).toBe(1);
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test("a trainer signs in to the trainer area, whose chunk is fetched only then", async ({ page, consoleErrors }) => {
  const chunk = page.waitForRequest((request) => isLazyChunk(request.url()) && request.url().includes("trainer"));
  await signInEmployee(page, "acct-trainer-zwolle");
  await chunk;
  await expect(page).toHaveURL(/\/trainer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Trainer area" })).toBeVisible();
  await expect(page.getByTestId("digcomp-areas").locator(":scope > li")).toHaveCount(5);
  await expect(page.getByText("4.2 Protecting personal data and privacy")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Tara Trainer" })).toBeVisible();
  // A trainer is not staff: the staff area says so instead of showing residents.
  await page.goto("/staff/residents");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("staff see capacity and system status from D1 in the staff area", async ({ page, consoleErrors }) => {
  await signInEmployee(page, "acct-staff-terapel");
  await expect(page).toHaveURL(/\/staff$/);
  const table = page.getByTestId("capacity-table");
  await expect(table.getByRole("row")).toHaveCount(5); // header, three locations, total
  await expect(table.getByRole("row", { name: /Ter Apel central reception/ })).toContainText("2000");
  await expect(table.getByRole("row", { name: /Total/ })).toContainText("3200");
  await expect(page.getByTestId("health")).toContainText(NEWEST_MIGRATION);
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Ties Staff" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a deep link into a lazy area works on a fresh load and asks to sign in", async ({ page, consoleErrors }) => {
  const response = await page.goto("/staff/residents");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.getByRole("heading", { level: 1, name: "Please sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test("an unknown page says so and links home", async ({ page, consoleErrors }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  expect(consoleErrors).toEqual([]);
});

test("keyboard users can skip to the content", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
