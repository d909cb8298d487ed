// "My centre" end to end: Amal sees Zwolle's services with an open/closed status that matches the
// seeded hours at the page's (fixed) clock, in the location's time zone, including a holiday; staff
// save an invalid range (error next to the field, input kept), then a valid change that Amal sees
// (and a save after a colleague's is a conflict that keeps the input);
// axe finds nothing on /centre and /staff/centre in English and Arabic; offline, the saved answer
// still gives the page and a status for the new time.
import { employee, resident, totp } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, setLanguage, signInResident, test } from "./fixtures.mjs";

/**
 * Staff sign-in with the code of the *next* 30 s step (accepted: one step of drift), so another
 * spec that signed the same account in during this step does not make the code a replay.
 */
async function signInStaff(page, id) {
  const account = employee(id);
  await page.goto("/staff/sign-in");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Code from your authenticator app").fill(totp(account.totp_secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
}

const service = (page, name) => page.getByTestId("service").filter({ has: page.getByRole("heading", { name }) });

test("Amal sees Zwolle's services open or closed as the seeded hours say, live and on holidays", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  // Wednesday 2 December 2026, 10:00 in Amsterdam (09:00 UTC, winter time).
  await page.clock.setFixedTime(new Date("2026-12-02T09:00:00Z"));
  await signInResident(page, resident("acct-res-amal"));
  await page.getByTestId("link-centre").click();
  await expect(page.getByRole("heading", { level: 1, name: "My centre" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Zwolle asylum seekers' centre" })).toBeVisible();

  const emergency = page.getByTestId("call-emergency");
  await expect(emergency).toHaveAttribute("href", "tel:112");
  const box = await emergency.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await expect(page.locator('a[href="tel:+31600000000"]')).toBeVisible();
  await expect(page.locator('a[href="mailto:zwolle@wegwijs.example"]')).toBeVisible();

  const desk = service(page, "COA reception desk");
  const gza = service(page, "GZA health centre");
  const mail = service(page, "Mail");
  await expect(desk.getByTestId("open-status")).toHaveText("Open now, until 12:30");
  await expect(desk.getByTestId("today-hours")).toHaveText("Today: 09:00–12:30, 13:30–17:00");
  await expect(gza.getByTestId("open-status")).toHaveText("Open now, until 10:30");
  await expect(mail.getByTestId("open-status")).toHaveText("Closed, opens at 13:30");
  // The week table is a real table, Monday first.
  await desk.getByText("Opening hours for the whole week").click();
  const table = desk.getByRole("table", { name: "Opening hours: COA reception desk" });
  await expect(table.getByRole("row")).toHaveCount(8);
  await expect(table.getByRole("row", { name: /Saturday/ })).toContainText("Closed");
  await expect(desk).toContainText("Friday 25 December: Closed (Christmas Day)");
  await expectNoAxeViolations(page);

  // The status follows the clock without a reload: 12:45 local, the desk's lunch break.
  await page.clock.setFixedTime(new Date("2026-12-02T11:45:00Z"));
  await expect(desk.getByTestId("open-status")).toHaveText("Closed, opens at 13:30", { timeout: 20_000 });
  await expect(gza.getByTestId("open-status")).toHaveText("Closed, opens at 13:00");

  // Christmas Day (a Friday): closed all day, the reason shown, and the next opening after the
  // weekend and Second Christmas Day.
  await page.clock.setFixedTime(new Date("2026-12-25T09:00:00Z"));
  await page.reload();
  await expect(desk.getByTestId("open-status")).toHaveText("Closed today (Christmas Day)");
  await expect(desk).toContainText("Opens Monday at 09:00");
  // The laundry has no holiday exceptions: open.
  await expect(service(page, "Laundry room").getByTestId("open-status")).toHaveText("Open now, until 22:00");

  // Arabic: right-to-left, Arabic words, and still no axe findings.
  await setLanguage(page, "ar");
  try {
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "مركزي" })).toBeVisible();
    await expect(desk.getByTestId("open-status")).toContainText("مغلق اليوم");
    await expectNoAxeViolations(page);
  } finally {
    await setLanguage(page, "en");
  }
  expect(consoleErrors).toEqual([]);
});

test("staff fix an invalid range next to the field, and the resident sees the change", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // English chosen on these new "devices", as the config does for the default context.
  const english = {
    storageState: { cookies: [], origins: [{ origin: baseURL, localStorage: [{ name: "wegwijs.language", value: "en" }] }] },
  };
  const staffContext = await browser.newContext(english);
  const staff = await staffContext.newPage();
  await signInStaff(staff, "acct-staff-zwolle");
  await staff.getByTestId("link-staff-centre").click();
  await expect(staff.getByRole("heading", { level: 1, name: "Centre information" })).toBeVisible();
  await expectNoAxeViolations(staff);

  const editor = staff.getByTestId("service-editor").filter({ hasText: "COA reception desk" }).first();
  await editor.locator("summary").click();
  const monday = editor.getByRole("group", { name: "Monday" });
  const closes = monday.getByLabel("Closes").first();
  await expect(closes).toHaveValue("12:30");
  await closes.fill("08:00");
  await editor.getByRole("button", { name: "Save" }).click();
  const error = monday.locator(".field-error").first();
  await expect(error).toHaveText("The closing time must be later than the opening time.");
  await expect(closes).toHaveValue("08:00");
  await expect(closes).toHaveAttribute("aria-invalid", "true");
  await expect(closes).toHaveAttribute("aria-describedby", await error.getAttribute("id"));
  await expectNoAxeViolations(staff);

  await closes.fill("12:00");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("status")).toHaveText(/Saved/);
  await expect(monday.locator(".field-error")).toHaveCount(0);

  // Someone else saves the desk meanwhile (here: through the API); this editor's next save is
  // refused with a conflict, and what was typed stays.
  const origin = new URL(staff.url()).origin;
  const current = (await (await staff.request.get("/api/centre?location=loc-zwolle")).json()).services.find(
    (s) => s.id === "svc-zwolle-reception",
  );
  const { id: _id, ...fields } = current;
  const other = await staff.request.put("/api/centre/services/svc-zwolle-reception", {
    headers: { origin },
    data: { ...fields, note: "Changed by a colleague." },
  });
  expect(other.status()).toBe(200);
  const tuesdayCloses = editor.getByRole("group", { name: "Tuesday" }).getByLabel("Closes").last();
  await tuesdayCloses.fill("16:00");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByTestId("conflict-alert")).toContainText("Someone else changed this");
  await expect(tuesdayCloses).toHaveValue("16:00");

  // Arabic staff page: no axe findings either.
  await setLanguage(staff, "ar");
  try {
    await staff.reload();
    await expect(staff.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(staff.getByRole("heading", { level: 1, name: "معلومات المركز" })).toBeVisible();
    await expectNoAxeViolations(staff);
  } finally {
    await setLanguage(staff, "en");
  }
  await staffContext.close();

  // Amal, Monday 30 November 2026 11:30 in Amsterdam: the desk now closes for lunch at 12:00.
  const phone = await browser.newContext(english);
  const page = await phone.newPage();
  await page.clock.setFixedTime(new Date("2026-11-30T10:30:00Z"));
  await signInResident(page, resident("acct-res-amal"));
  await page.goto("/centre");
  const desk = service(page, "COA reception desk");
  await expect(desk.getByTestId("open-status")).toHaveText("Open now, until 12:00");
  await expect(desk.getByTestId("today-hours")).toHaveText("Today: 09:00–12:00, 13:30–17:00");
  await phone.close();
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("after one online visit, My centre opens offline with a status computed from the saved answer", async ({ page, context }) => {
    test.setTimeout(90_000);
    await page.clock.setFixedTime(new Date("2026-12-02T09:00:00Z"));
    await page.goto("/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await signInResident(page, resident("acct-res-amal"));
    await page.goto("/centre");
    const desk = service(page, "COA reception desk");
    await expect(desk.getByTestId("open-status")).toHaveText("Open now, until 12:30");
    await expect.poll(() => page.evaluate(async () => Boolean(await caches.match("/api/centre")))).toBe(true);

    await context.setOffline(true);
    // 14:00 in Amsterdam: computed from the saved answer, without the network.
    await page.clock.setFixedTime(new Date("2026-12-02T13:00:00Z"));
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "My centre" })).toBeVisible();
    await expect(desk.getByTestId("open-status")).toHaveText("Open now, until 17:00");
    await expect(service(page, "Mail").getByTestId("open-status")).toHaveText("Open now, until 15:30");
    await context.setOffline(false);
  });
});
