// Languages: the first-start picker (before sign-in), right-to-left, the choice remembered on the
// device, and English filling in when a language's file cannot be had.
import { expect } from "@playwright/test";
import { test, expectNoAxeViolations } from "./fixtures.mjs";

// No language chosen yet on this device.
test.use({ storageState: { cookies: [], origins: [] } });

/** Where the header's parts are: the brand, the main navigation, its first and last link. */
async function headerOrder(page) {
  const box = (locator) => locator.boundingBox();
  const header = page.locator("header.site-header");
  const links = header.locator("nav .nav-list > li");
  return {
    brand: await box(header.locator(".brand")),
    nav: await box(header.locator("nav")),
    firstLink: await box(links.first()),
    lastLink: await box(links.last()),
    viewport: page.viewportSize().width,
  };
}

test("first start shows the picker; Arabic turns the page right-to-left and is remembered", async ({ page }) => {
  await page.goto("/");
  const list = page.getByTestId("language-list");
  await expect(list).toBeVisible();
  await expect(list.getByRole("button")).toHaveCount(12);
  await expect(list.getByRole("button", { name: "ትግርኛ" })).toHaveAttribute("lang", "ti");
  await expectNoAxeViolations(page);
  const english = await headerOrder(page);
  expect(english.brand.x, "brand left of the navigation").toBeLessThan(english.nav.x);
  expect(english.firstLink.x, "first link left of the last").toBeLessThan(english.lastLink.x);

  await list.getByRole("button", { name: "العربية" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("أهلًا بك في Wegwijs");
  await expectNoAxeViolations(page);
  // Mirrored, not only labelled rtl: the header's first item (the brand) is now at the right, the
  // navigation to its left, and the first navigation item right of the last.
  const mirrored = await headerOrder(page);
  expect(mirrored.brand.x, "brand right of the navigation").toBeGreaterThan(mirrored.nav.x);
  expect(mirrored.firstLink.x, "first link right of the last").toBeGreaterThan(mirrored.lastLink.x);
  expect(mirrored.brand.x + mirrored.brand.width).toBeGreaterThan(mirrored.viewport * 0.9);
  const screenshot = await page.screenshot({ path: test.info().outputPath("arabic-rtl.png"), fullPage: true });
  await test.info().attach("arabic-rtl", { body: screenshot, contentType: "image/png" });

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
