// Display settings (text size, high contrast) and reading aloud, and the resident pages at 320 px
// wide with large text: nothing may need sideways scrolling or fall off the screen.
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, test } from "./fixtures.mjs";

const RESIDENT_PAGES = ["/", "/language", "/display", "/activate", "/sign-in", "/pending", "/no/such/page"];

/** Replaces the browser's speech synthesis with a recorder that has `voices`. */
function stubSpeech(page, voices) {
  return page.addInitScript((voices) => {
    const spoken = [];
    const queue = [];
    const synth = new EventTarget();
    const fire = (utterance, type, extra = {}) => {
      const event = Object.assign(new Event(type), extra);
      utterance.dispatchEvent(event);
      utterance[`on${type}`]?.(event);
    };
    Object.assign(synth, {
      paused: false,
      getVoices: () => voices,
      speak(utterance) {
        spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
        queue.push(utterance);
      },
      cancel() {
        for (const utterance of queue.splice(0)) fire(utterance, "error", { error: "interrupted" });
      },
      pause() {
        synth.paused = true;
      },
      resume() {
        synth.paused = false;
      },
    });
    class Utterance extends EventTarget {
      constructor(text) {
        super();
        Object.assign(this, { text, lang: "", voice: null, onend: null, onerror: null });
      }
    }
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    window.__speech = {
      spoken,
      paused: () => synth.paused,
      finish: () => {
        for (const utterance of queue.splice(0)) fire(utterance, "end");
      },
    };
  }, voices);
}

const VOICES = [
  { name: "English stub", lang: "en-GB", localService: true, default: true, voiceURI: "en" },
  { name: "Nederlands stub", lang: "nl-NL", localService: true, default: false, voiceURI: "nl" },
];

const spoken = (page) => page.evaluate(() => window.__speech.spoken);

test("text size and high contrast apply at once, before the app starts, and survive a reload", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Display" }).click();
  await expect(page).toHaveURL(/\/display$/);
  await expect(page.getByRole("heading", { level: 1, name: "Text size and contrast" })).toBeVisible();
  const html = page.locator("html");
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const base = await rootSize();
  await expect(page.getByRole("radio", { name: "Normal", exact: true })).toBeChecked();

  await page.getByRole("radio", { name: "Larger" }).check();
  await expect(html).toHaveAttribute("data-text-size", "larger");
  expect(await rootSize()).toBeCloseTo(base * 1.5);
  await page.getByRole("radio", { name: "High contrast" }).check();
  await expect(html).toHaveAttribute("data-contrast", "high");
  const header = page.locator(".site-header");
  await expect(header).toHaveCSS("background-color", "rgb(0, 0, 0)");
  await expectNoAxeViolations(page);

  // display.js applies the choice without the app: here the wasm never arrives.
  await page.route("**/*.wasm", () => {});
  await page.goto("/display", { waitUntil: "commit" });
  await expect(html).toHaveAttribute("data-text-size", "larger");
  await expect(html).toHaveAttribute("data-contrast", "high");
  expect(await rootSize()).toBeCloseTo(base * 1.5);
  await page.unroute("**/*.wasm");

  await page.reload();
  await expect(page.getByRole("radio", { name: "Larger" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "High contrast" })).toBeChecked();
  await expect(header).toHaveCSS("background-color", "rgb(0, 0, 0)");

  await page.getByRole("radio", { name: "Normal", exact: true }).check();
  await page.getByRole("radio", { name: "Normal colours" }).check();
  await expect(html).not.toHaveAttribute("data-text-size", /.*/);
  await expect(html).not.toHaveAttribute("data-contrast", /.*/);
  expect(await rootSize()).toBeCloseTo(base);
  await page.reload();
  await expect(page.getByRole("radio", { name: "Normal colours" })).toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test("the keyboard reaches and changes the settings", async ({ page }) => {
  await page.goto("/display");
  const normal = page.getByRole("radio", { name: "Normal", exact: true });
  await normal.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Large", exact: true })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
  // The focus ring is visible: an outline and a ring around it.
  const focused = page.getByRole("radio", { name: "Large", exact: true });
  await expect(focused).toBeFocused();
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
});

test("Listen reads a block and the page in the language's voice, with pause, continue and stop", async ({
  page,
  consoleErrors,
}) => {
  await stubSpeech(page, VOICES);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  const intro = page.locator(".listen-block").first();
  await intro.getByRole("button", { name: "Listen", exact: true }).click();
  await expect(intro.getByRole("button", { name: "Pause" })).toBeVisible();
  const first = await spoken(page);
  expect(first[0]).toEqual({ text: "Welcome to Wegwijs", lang: "en", voice: "English stub" });
  expect(first.length).toBeGreaterThan(1);
  expect(first.map((u) => u.text).join(" ")).not.toMatch(/Listen/);

  await intro.getByRole("button", { name: "Pause" }).click();
  expect(await page.evaluate(() => window.__speech.paused())).toBe(true);
  await intro.getByRole("button", { name: "Continue" }).click();
  expect(await page.evaluate(() => window.__speech.paused())).toBe(false);
  await intro.getByRole("button", { name: "Stop" }).click();
  await expect(intro.getByRole("button", { name: "Listen", exact: true })).toBeVisible();
  await expect(intro.getByRole("button", { name: "Stop" })).toHaveCount(0);

  // The whole page, in Dutch: the locations and their names are read, the controls are not.
  await page.getByRole("link", { name: "Language" }).click();
  await page.getByTestId("language-list").getByRole("button", { name: "Nederlands" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  const before = (await spoken(page)).length;
  await page.getByTestId("listen-page").getByRole("button", { name: "Luister naar deze pagina" }).click();
  await expect(page.getByTestId("listen-page").getByRole("button", { name: "Pauze" })).toBeVisible();
  const pageRead = (await spoken(page)).slice(before);
  expect(pageRead.every((u) => u.lang === "nl" && u.voice === "Nederlands stub")).toBe(true);
  const texts = pageRead.map((u) => u.text);
  expect(texts).toContain("Budel process reception");
  expect(texts.join(" ")).not.toMatch(/Luisteren|Luister naar/);
  await page.evaluate(() => window.__speech.finish());
  await expect(page.getByTestId("listen-page").getByRole("button", { name: "Luister naar deze pagina" })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test("without a voice for the language, Listen says so plainly", async ({ page }) => {
  await stubSpeech(page, [VOICES[1]]);
  await page.goto("/");
  const intro = page.locator(".listen-block").first();
  await intro.getByRole("button", { name: "Listen", exact: true }).click();
  await expect(intro.getByRole("status")).toHaveText("Reading aloud is not available in this language on this device.");
  expect(await spoken(page)).toEqual([]);
  await expectNoAxeViolations(page);
});

test("in headless Chromium's own speech synthesis (no voices) the page-level Listen says so", async ({ page }) => {
  await page.goto("/");
  const voices = await page.evaluate(() => ("speechSynthesis" in window ? speechSynthesis.getVoices().length : -1));
  test.skip(voices > 0, "this Chromium has voices installed");
  await page.getByTestId("listen-page").getByRole("button", { name: "Listen to this page" }).click();
  await expect(page.getByTestId("listen-page").getByRole("status")).toHaveText(
    "Reading aloud is not available in this language on this device.",
  );
});

test("every resident page has a Listen control and passes axe in high contrast", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("wegwijs.contrast", "high"));
  for (const path of RESIDENT_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-contrast", "high");
    await expect(page.getByTestId("listen-page").getByRole("button")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

/** Sideways overflow of the page, and elements that stick out of the viewport. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (element.closest(".skip-link, .visually-hidden, [hidden]")) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (rect.left < -1 || rect.right > width + 1) {
        out.push(`${element.tagName.toLowerCase()}.${element.className?.baseVal ?? element.className}: ${Math.round(rect.left)}..${Math.round(rect.right)}`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5) };
  });
}

async function expectReflow(page, path) {
  const result = await overflow(page);
  expect(result.out, `${path}: elements outside the viewport`).toEqual([]);
  expect(result.scrollWidth, `${path}: sideways scrolling`).toBeLessThanOrEqual(result.width);
}

/** Signed in as a resident: their own details and sessions. */
async function expectSignedInPagesReflow(page) {
  const amal = resident("acct-res-amal");
  await page.goto("/sign-in");
  await page.getByLabel("Resident number").fill(amal.resident_number);
  await page.getByLabel("PIN", { exact: true }).fill(amal.pin);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("my-data")).toBeVisible();
  await expectReflow(page, "/ (signed in)");
  await page.goto("/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "My sessions" })).toBeVisible();
  await expect(page.getByTestId("session").first()).toBeVisible();
  await expectReflow(page, "/sessions");
}

test.describe("320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("with the largest text size, no resident page scrolls sideways", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("wegwijs.text-size", "larger"));
    for (const path of RESIDENT_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-text-size", "larger");
      await expectReflow(page, path);
    }
    await expectSignedInPagesReflow(page);
  });

  test("with the browser's text at 200 %, no resident page scrolls sideways", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
    for (const path of RESIDENT_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
      await expectReflow(page, path);
    }
    await expectSignedInPagesReflow(page);
  });
});
