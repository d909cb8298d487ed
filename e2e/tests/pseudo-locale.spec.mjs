// Hard-coded text finder: a pseudo-locale built from locales/en/main.ftl wraps every value in
// ⟦…⟧ and is served in place of Dutch. Every visible text node on the checked pages must then carry
// the markers, or be data (inside <bdi>/<code>), the brand name, or punctuation. A text node without
// markers is English written into the code instead of going through a catalog key.
//
// Checked: the resident-facing pages (main.ftl), and the staff sign-in and invitation pages
// (staff.ftl, fetched only when a staff area opens). The signed-in staff and admin pages use the
// same staff.ftl but are not checked here: signing in needs a demo account's one-time code, which
// the other specs use.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { test, untranslatedText } from "./fixtures.mjs";

function pseudoLocale(file) {
  const english = readFileSync(new URL(`../../locales/en/${file}.ftl`, import.meta.url), "utf8");
  return english
    .split("\n")
    .map((line) => line.replace(/^([a-z][\w-]*) = (.*)$/, "$1 = ⟦$2⟧"))
    .join("\n");
}
const pseudo = { main: pseudoLocale("main"), staff: pseudoLocale("staff") };

test.use({
  storageState: {
    cookies: [],
    origins: [{ origin: `http://127.0.0.1:${process.env.WEGWIJS_E2E_PORT ?? 8788}`, localStorage: [{ name: "wegwijs.language", value: "nl" }] }],
  },
});

const untranslated = (page) =>
  untranslatedText(page, "bdi, code, noscript, .brand-name, [hidden], [data-testid=language-list]");

const paths = ["/", "/sign-in", "/activate", "/language", "/display", "/no-such-page", "/verify"];
// The invitation page without a token says the link is incomplete; with one, it asks for a password.
const staffPaths = ["/staff/sign-in", "/invite", "/invite#token=not-checked-until-submitted"];

for (const path of [...paths, ...staffPaths]) {
  test(`no hard-coded text on ${path}`, async ({ page }) => {
    for (const file of ["main", "staff"]) {
      await page.route(`**/locales/nl/${file}.ftl`, (route) =>
        route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: pseudo[file] }),
      );
    }
    await page.goto(path);
    await expect(page.locator("h1")).toContainText("⟦");
    // Let data-driven parts (the locations list) arrive.
    await page.waitForLoadState("networkidle");
    expect(await untranslated(page)).toEqual([]);
  });
}

test("residents never download staff.ftl; the staff sign-in page does", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/locales/")) fetched.push(path);
  });
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(fetched).toContain("/locales/nl/main.ftl");
  expect(fetched.filter((p) => p.endsWith("/staff.ftl"))).toEqual([]);
  await page.goto("/staff/sign-in");
  await expect(page.locator("h1")).toBeVisible();
  expect(fetched).toContain("/locales/nl/staff.ftl");
});
