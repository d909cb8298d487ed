// Languages: the first-start picker (before sign-in), right-to-left, the choice remembered on the
// device, and English filling in when a language's file cannot be had.
import { expect } from "@playwright/test";
import { test, expectNoAxeViolations } from "./fixtures.mjs";

// No language chosen yet on this device.
test.use({ storageState: { cookies: [], origins: [] } });

test("first start shows the picker; Arabic turns the page right-to-left and is remembered", async ({ page }) => {
  await page.goto("/");
  const list = page.getByTestId("language-list");
  await expect(list).toBeVisible();
  await expect(list.getByRole("button")).toHaveCount(12);
  await expect(list.getByRole("button", { name: "ትግርኛ" })).toHaveAttribute("lang", "ti");
  await expectNoAxeViolations(page);

  await list.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أهلًا بك في Wegwijs");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أهلًا بك في Wegwijs");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // Back to English from the header.
  await page.getByRole("link", { name: "اللغة" }).click();
  await page.getByTestId("language-list").getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Wegwijs");
});

test("a language whose file cannot be fetched falls back to English", async ({ page }) => {
  await page.route("**/locales/nl/main.ftl", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await page.getByTestId("language-list").getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Wegwijs");
});

test("a corrupt locale file keeps the parsed entries and English for the rest", async ({ page }) => {
  await page.route("**/locales/fr/main.ftl", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain", body: "home-welcome = Bienvenue sur Wegwijs\n}}} not fluent {{{\n" }),
  );
  await page.goto("/");
  await page.getByTestId("language-list").getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bienvenue sur Wegwijs");
  await expect(page.getByRole("link", { name: "Staff and trainers" })).toBeVisible();
});
