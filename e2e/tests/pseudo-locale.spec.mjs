// Hard-coded text finder: a pseudo-locale built from locales/en/main.ftl wraps every value in
// ⟦…⟧ and is served in place of Dutch. Every visible text node on the checked pages must then carry
// the markers, or be data (inside <bdi>/<code>), the brand name, or punctuation. A text node without
// markers is English written into the code instead of going through a catalog key.
//
// Checked so far: the resident-facing pages. Staff, admin, trainer and invitation pages still have
// hard-coded English (see locales/README.md) and join this list as they are moved to keys.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { test } from "./fixtures.mjs";

const english = readFileSync(new URL("../../locales/en/main.ftl", import.meta.url), "utf8");
const pseudo = english
  .split("\n")
  .map((line) => line.replace(/^([a-z][\w-]*) = (.*)$/, "$1 = ⟦$2⟧"))
  .join("\n");

test.use({
  storageState: {
    cookies: [],
    origins: [{ origin: "http://127.0.0.1:8788", localStorage: [{ name: "wegwijs.language", value: "nl" }] }],
  },
});

async function untranslated(page) {
  return page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const element = node.parentElement;
      if (!text || !/\p{L}/u.test(text) || text.includes("⟦") || text.includes("⟧")) continue;
      if (element.closest("bdi, code, noscript, .brand-name, [hidden], [data-testid=language-list]")) continue;
      if (!element.checkVisibility()) continue;
      found.push(text);
    }
    return found;
  });
}

for (const path of ["/", "/sign-in", "/activate", "/language", "/no-such-page"]) {
  test(`no hard-coded text on ${path}`, async ({ page }) => {
    await page.route("**/locales/nl/main.ftl", (route) =>
      route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: pseudo }),
    );
    await page.goto(path);
    await expect(page.locator("h1")).toContainText("⟦");
    // Let data-driven parts (the locations list) arrive.
    await page.waitForLoadState("networkidle");
    expect(await untranslated(page)).toEqual([]);
  });
}
