// Activities: a resident signs up offline and the sign-up arrives exactly once after
// reconnecting (even when the first answer is lost on the way back); a full activity puts the next
// resident on the waiting list and promotes them when the first cancels; axe finds nothing on
// /activities and /staff/activities in English and Arabic.
//
// Staff make the activities through the API (a weekly one on tomorrow's weekday at loc-zwolle, so
// the occurrence is always ahead), and register the second resident, who activates a card.
import { randomUUID } from "node:crypto";
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, loseFirstAnswer, setLanguage, signInResident, staffForFile, test, zwolleDate } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ mode: "serial" });

const amal = resident("acct-res-amal");

function isoWeekday(date) {
  const [y, m, d] = date.split("-").map(Number);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

const TOMORROW = zwolleDate(1);

const staffContext = staffForFile();
let staff; // a browser context signed in as staff at Zwolle

async function api(context, method, path, data) {
  const response = await context.request.fetch(path, {
    method,
    headers: { origin: ORIGIN, "idempotency-key": randomUUID() },
    data,
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return response.json();
}

let ORIGIN;

async function createActivity(title, capacity) {
  return api(staff, "POST", "/api/activities", {
    location_id: "loc-zwolle",
    recurrence: "weekly",
    start_date: zwolleDate(0),
    weekday: isoWeekday(TOMORROW),
    start_time: "10:00",
    duration_minutes: 60,
    place: "E2E room",
    capacity,
    language: null,
    source_language: "en",
    texts: [
      { language: "en", title, description: "Made by the end-to-end test." },
      { language: "ar", title: `${title} (ع)`, description: "" },
    ],
  });
}

async function participants(id) {
  return api(staff, "GET", `/api/activities/${id}/occurrences/${TOMORROW}/participants`);
}

const card = (page, id) => page.locator(`[data-testid=activity][data-activity="${id}"][data-date="${TOMORROW}"]`);

test.beforeAll(() => {
  ({ origin: ORIGIN, context: staff } = staffContext);
});

test("a sign-up made offline survives a reload and arrives exactly once", async ({ page, context }) => {
  const activity = await createActivity("E2E offline sign-up", 5);
  await signInResident(page, amal);
  await page.goto("/activities");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Once more under the service worker, so it keeps this answer for offline use.
  await page.reload();
  const mine = card(page, activity.id);
  await expect(mine.getByRole("heading", { name: "E2E offline sign-up" })).toBeVisible();
  await expect(mine.getByTestId("activity-places")).toHaveText("Places left: 5");

  await context.setOffline(true);
  await mine.getByRole("button", { name: "Sign up" }).click();
  const saved = "Your sign-up is saved on this phone. It will be sent when you are online.";
  await expect(mine.getByTestId("activity-status")).toHaveText(saved);
  await expect(page.getByTestId("pending")).toHaveText("1 change waiting");

  // Still offline: the page comes back from the device, and so does the waiting sign-up.
  await page.reload();
  await expect(card(page, activity.id).getByTestId("activity-status")).toHaveText(saved);
  expect((await participants(activity.id)).confirmed).toEqual([]);

  // Back online, the first answer is lost on its way: the queue sends again with the same key.
  const keys = await loseFirstAnswer(context, "**/api/activities/*/occurrences/*/signup");
  await context.setOffline(false);
  await expect(page.getByTestId("pending")).toBeEmpty({ timeout: 20_000 });
  expect(keys.length).toBeGreaterThanOrEqual(2);
  expect(new Set(keys).size).toBe(1);
  const list = await participants(activity.id);
  expect(list.confirmed.map((p) => p.account_id)).toEqual(["acct-res-amal"]);
  expect(list.waiting).toEqual([]);
  await context.unroute("**/api/activities/*/occurrences/*/signup");
  // The page follows by itself once the queue is empty, and again after a reload.
  await expect(card(page, activity.id).getByTestId("activity-status")).toHaveText("You have a place.");
  await page.reload();
  await expect(card(page, activity.id).getByTestId("activity-status")).toHaveText("You have a place.");
  await expect(card(page, activity.id).getByTestId("activity-places")).toHaveText("Places left: 4");
});

test("a full activity puts the next resident on the waiting list and promotes them when a place frees up", async ({
  page,
  browser,
}) => {
  const activity = await createActivity("E2E one place", 1);
  // A second resident at Zwolle: registered by staff, activated on their own phone.
  const number = `40${String(Date.now()).slice(-8)}`;
  const created = await api(staff, "POST", "/api/residents", {
    preferred_name: "Noor E2E",
    resident_number: number,
    language: "en",
    location_id: "loc-zwolle",
  });
  const other = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: "block" });
  const activation = await other.request.post("/api/auth/activate", {
    headers: { origin: ORIGIN },
    data: { code: created.card.code, pin: "381904" },
  });
  expect(activation.status()).toBe(200);
  const noor = await other.newPage();
  await noor.addInitScript(() => localStorage.setItem("wegwijs.language", "en"));

  await signInResident(page, amal);
  await page.goto("/activities");
  await card(page, activity.id).getByRole("button", { name: "Sign up" }).click();
  await expect(card(page, activity.id).getByTestId("activity-status")).toHaveText("You have a place.");
  await expect(card(page, activity.id).getByTestId("activity-places")).toHaveText("Full. Waiting list: 0");

  await noor.goto("/activities");
  const theirs = card(noor, activity.id);
  await expect(theirs.getByTestId("activity-places")).toHaveText("Full. Waiting list: 0");
  await theirs.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(theirs.getByTestId("activity-status")).toHaveText("You are on the waiting list (number 1).");
  await expectNoAxeViolations(noor);

  await card(page, activity.id).getByRole("button", { name: "Cancel my sign-up" }).click();
  // Noor had the first place in line, so it is full again at once.
  await expect(card(page, activity.id).getByRole("button", { name: "Join the waiting list" })).toBeVisible();
  await expect(card(page, activity.id).getByTestId("activity-places")).toHaveText("Full. Waiting list: 0");

  await noor.reload();
  await expect(card(noor, activity.id).getByTestId("activity-status")).toHaveText("You have a place.");
  const list = await participants(activity.id);
  expect(list.confirmed.map((p) => p.name)).toEqual(["Noor E2E"]);
  expect(list.waiting).toEqual([]);
  await other.close();
});

test("no axe violations on /activities and /staff/activities in English and Arabic", async ({ page }) => {
  const activity = await createActivity("E2E axe", 3);
  await signInResident(page, amal);
  const staffPage = await staff.newPage();
  for (const language of ["en", "ar"]) {
    for (const p of [page, staffPage]) {
      await p.goto("/");
      await setLanguage(p, language);
    }
    await page.goto("/activities");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(card(page, activity.id)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `target/screenshots/activities-${language}.png`, fullPage: true });

    await staffPage.goto("/staff/activities");
    await expect(staffPage.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
    const row = staffPage.locator(`[data-testid=occurrence-row][data-activity="${activity.id}"][data-date="${TOMORROW}"]`);
    await row.getByTestId("show-participants").click();
    await expect(staffPage.getByTestId("participants-confirmed")).toBeVisible();
    await expectNoAxeViolations(staffPage);
    await staffPage.screenshot({ path: `target/screenshots/staff-activities-${language}.png`, fullPage: true });
    await staffPage.getByTestId("activities-new").click();
    await staffPage.locator("main form button[type=submit]").click();
    await expect(staffPage.locator("main .field-error").first()).toBeVisible();
    await expectNoAxeViolations(staffPage);
    await staffPage.screenshot({ path: `target/screenshots/staff-activity-form-${language}.png`, fullPage: true });
  }
  // Leave both accounts in English for the specs after this one.
  for (const p of [page, staffPage]) {
    await p.request.put("/api/me/language", {
      headers: { origin: ORIGIN, "idempotency-key": randomUUID() },
      data: { language: "en" },
    });
  }
  await staffPage.close();
});
