// The installable PWA: Chromium's own installability check, API reads kept per person for offline
// use (and gone at sign-out, never shown to the next person), the "new version" banner, and the
// view for a page whose code is not on the device yet.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, newResidentCard, staffForFile, test } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });

const SW_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../dist/sw.js");
const amal = resident("acct-res-amal");
// Not Dawit: the accounts spec locks his account on purpose. Oksana is new at each try (staff
// register her, with an unused card), so a retry starts clean.
const staffFile = staffForFile();
let oksana;

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function signInResident(page, who) {
  await page.goto("/sign-in");
  await page.getByLabel("Resident number").fill(who.resident_number);
  await page.getByLabel("PIN", { exact: true }).fill(who.pin);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hello ${who.display_name}` })).toBeVisible();
  await expect(page.getByTestId("my-data")).toContainText(who.resident_number);
}

/** Oksana activates her card on this phone: a sign-in door too. */
async function activateOksana(page) {
  await page.goto("/activate");
  await page.getByLabel("Code from your card").fill(oksana.activation_code);
  await page.getByLabel("Choose a PIN (6 digits)").fill(oksana.pin);
  await page.getByLabel("Type the PIN again").fill(oksana.pin);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Oksana" })).toBeVisible();
  await expect(page.getByTestId("my-data")).toContainText(oksana.resident_number);
}

/** Every saved API answer: cache name, path and body. */
function savedReads(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith("wegwijs-api-")) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        out.push({ cache: name, path: new URL(request.url).pathname, body: await response.text() });
      }
    }
    return out;
  });
}

async function expectSaved(page, path, containing) {
  await expect
    .poll(async () => (await savedReads(page)).some((r) => r.path === path && r.body.includes(containing)))
    .toBe(true);
}

// Chromium refuses to install from an incognito profile, which every Playwright context is: this
// check runs in a persistent profile with the project's own launch options.
test("Chromium finds the app installable, with a manifest in the chosen language", async ({ request }, testInfo) => {
  const { launchOptions, baseURL } = testInfo.project.use;
  const profile = mkdtempSync(join(tmpdir(), "wegwijs-pwa-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: "allow" });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    await page.evaluate(() => localStorage.setItem("wegwijs.language", "en"));
    await page.reload();
    await controlled(page);
    await expect(page.locator("link[rel=manifest]")).toHaveAttribute("href", "/manifest.en.webmanifest");
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    // Another language: the link follows, and that manifest is just as installable.
    await page.evaluate(() => localStorage.setItem("wegwijs.language", "ar"));
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("link[rel=manifest]")).toHaveAttribute("href", "/manifest.ar.webmanifest");
    const arabic = await cdp.send("Page.getInstallabilityErrors");
    expect(arabic.installabilityErrors).toEqual([]);
    const { errors, data } = await cdp.send("Page.getAppManifest");
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data);
    expect(manifest).toMatchObject({ lang: "ar", dir: "rtl", display: "standalone", start_url: "/", scope: "/", id: "/" });
    expect(manifest.name).toContain("لتجد طريقك");
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }

  // The default manifest (no script needed to find it) stays valid on its own.
  const fallback = await (await request.get("/manifest.webmanifest")).json();
  expect(fallback).toMatchObject({ lang: "en", display: "standalone", short_name: "Wegwijs" });
});

test("a resident's reads are there offline, gone at sign-out, and never shown to the next person", async ({
  page,
  context,
}) => {
  oksana = { ...(await newResidentCard(staffFile.context, staffFile.origin, "Oksana")), pin: "730416" };
  await page.goto("/");
  await controlled(page);

  await signInResident(page, amal);
  await expectSaved(page, `/api/residents/${amal.id}`, amal.resident_number);
  await expectSaved(page, "/api/session", amal.id);
  expect((await savedReads(page)).every((r) => r.cache.startsWith("wegwijs-api-u-"))).toBe(true);
  expect((await savedReads(page)).some((r) => r.cache.includes(amal.id))).toBe(false);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Amal" })).toBeVisible();
  await expect(page.getByTestId("my-data")).toContainText(amal.resident_number);
  await expect(page.getByTestId("connection")).toContainText("Offline");
  await context.setOffline(false);

  // Signing out deletes every saved read of Amal's.
  await page.getByTestId("sign-out").click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await expect
    .poll(async () => (await page.evaluate(() => caches.keys())).filter((k) => k.startsWith("wegwijs-api-u-")))
    .toEqual([]);

  // Oksana on the same phone: offline she sees her own details, nothing of Amal's.
  await activateOksana(page);
  await expectSaved(page, `/api/residents/${oksana.id}`, oksana.resident_number);
  expect((await savedReads(page)).filter((r) => r.body.includes(amal.resident_number))).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Oksana" })).toBeVisible();
  await expect(page.getByTestId("my-data")).toContainText(oksana.resident_number);
  await expect(page.locator("body")).not.toContainText(amal.resident_number);
  await context.setOffline(false);

  // Amal signs in again without Oksana signing out first: Oksana's saved reads are gone at once.
  await signInResident(page, amal);
  await expectSaved(page, `/api/residents/${amal.id}`, amal.resident_number);
  expect((await savedReads(page)).filter((r) => r.body.includes(oksana.resident_number))).toEqual([]);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Hello Amal" })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(oksana.resident_number);
  await context.setOffline(false);
});

test("a new version waits for the person's reload", async ({ page }) => {
  await page.goto("/");
  await controlled(page);
  await expect(page.getByTestId("update-banner")).toHaveCount(0);

  // The next deployment: the same address, different bytes. (Playwright cannot intercept the
  // browser's own fetch of a service worker script, so the served file changes for this test.)
  const original = readFileSync(SW_FILE, "utf8");
  try {
    writeFileSync(SW_FILE, `${original}\n// next version\n`);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          await registration.update().catch(() => {});
          return Boolean(registration.installing || registration.waiting);
        }),
      )
      .toBe(true);
  } finally {
    writeFileSync(SW_FILE, original);
  }

  const banner = page.getByTestId("update-banner");
  await expect(banner).toContainText("A new version of Wegwijs is ready.");
  // Installed, but waiting: this page keeps its version until the person chooses.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null)).toBe(true);
  await expectNoAxeViolations(page);

  await page.evaluate(() => {
    window.beforeUpdate = true;
  });
  await banner.getByRole("button", { name: "Reload" }).click();
  await page.waitForFunction(() => window.beforeUpdate === undefined);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await expect(page.getByTestId("update-banner")).toHaveCount(0);
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: registration.waiting, controlled: navigator.serviceWorker.controller !== null };
  });
  expect(after).toEqual({ waiting: null, controlled: true });
});

test("a page never opened before says it is not available offline yet, and opens once back online", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await controlled(page);
  await context.setOffline(true);

  // From the menu: the sign-in page's code was never fetched on this device.
  await page.getByRole("link", { name: "Sign in" }).first().click();
  const notice = page.getByTestId("offline-page");
  await expect(notice.getByRole("heading", { level: 1 })).toHaveText("This page is not available offline yet");
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await expect(page.getByLabel("Resident number")).toBeVisible();
  await expect(notice).toHaveCount(0);

  // Opening such an address offline: the cached shell starts and explains; the link goes home.
  await context.setOffline(true);
  await page.goto("/activate");
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await context.setOffline(false);
});
