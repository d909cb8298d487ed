// The trainers' area end to end: the demo trainer (Tara, Zwolle) creates a module with one lesson,
// a text step and two questions; the first save shows the missing lesson title next to its field
// and in the summary, the fixed one is stored. She moves a step down and saves; translates every
// text into Arabic and sees Arabic counted as complete; a second tab saving after her gets the
// "someone else saved" message and keeps what it typed. She makes a group with Amal, assigns a
// seeded published module to it with a due date, and the dashboard lists Amal as not started; the
// CSV download has her row. axe (WCAG 2.2 AA tags) on every trainer page in English and Arabic.
//
// Accounts: Tara signs in with an authenticator code; navigation.spec uses her too, and a code's
// 30 s step is accepted only once per account, so a refused code is retried in the next step.
import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, setLanguage, signInEmployee, test, untranslatedText } from "./fixtures.mjs";

const RUN = Date.now().toString(36);
const MODULE_ID = `e2e-calendar-${RUN}`;
// A seeded published module that no other spec works through as Amal.
const ASSIGNED = "mod-public-services";

const item = (page, n) => page.getByTestId("trainer-item").nth(n);

async function addItem(page, kind) {
  await page.getByTestId("trainer-add-kind").selectOption(kind);
  await page.getByTestId("trainer-add-item").click();
}

test("a trainer authors, translates, groups, assigns and follows progress; conflicts keep the text", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInEmployee(page, "acct-trainer-zwolle");

  // The start page: the four ways in, and the DigComp areas by name.
  await page.goto("/trainer");
  await expect(page.getByRole("heading", { level: 1, name: "Trainer area" })).toBeVisible();
  await expect(page.getByTestId("digcomp-areas")).toContainText("Problem solving");
  await expectNoAxeViolations(page);
  await page.getByTestId("trainer-modules-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Learning modules" })).toBeVisible();
  await expect(page.getByTestId("trainer-module").filter({ hasText: "Published" }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A new module: one lesson, a text step, a one-answer question and a true/false question. The
  // lesson title is left empty on purpose.
  await page.getByTestId("trainer-new-module").click();
  await expect(page.getByRole("heading", { level: 1, name: "New module" })).toBeVisible();
  await page.getByLabel("Module id").fill(MODULE_ID);
  await page.getByLabel("Title", { exact: true }).fill(`Using the calendar ${RUN}`);
  await page.locator("summary", { hasText: "Problem solving" }).click();
  await page.getByLabel(/^5\.2 /).check();
  await addItem(page, "text");
  await addItem(page, "single");
  await addItem(page, "true_false");
  await expect(page.getByTestId("trainer-item")).toHaveCount(3);
  await item(page, 0).getByLabel("Text", { exact: true }).fill("The calendar app keeps your appointments.");
  await item(page, 1).getByLabel("Question", { exact: true }).fill("Where do you add an appointment?");
  const choices = item(page, 1).getByTestId("trainer-choice");
  await choices.nth(0).getByLabel("Answer text").fill("In the calendar app");
  await choices.nth(1).getByLabel("Answer text").fill("In the camera app");
  await choices.nth(0).getByLabel(/^Correct/).check();
  await item(page, 2).getByLabel("Question", { exact: true }).fill("A reminder can warn you before an appointment.");
  await item(page, 2).getByLabel("Correct — True").check();
  await expectNoAxeViolations(page);

  await page.getByTestId("trainer-save").click();
  const lessonTitle = page.getByLabel("Lesson title");
  await expect(page.locator("#f-lessons-0-title-error")).toContainText("Write this text in the source language");
  await expect(lessonTitle).toHaveAttribute("aria-invalid", "true");
  const summary = page.getByTestId("trainer-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveAttribute("href", "#f-lessons-0-title");
  await expect(page.getByLabel("Module id")).toHaveValue(MODULE_ID);
  await expectNoAxeViolations(page);
  await lessonTitle.fill("Your calendar");
  await page.getByTestId("trainer-save").click();
  await expect(page).toHaveURL(new RegExp(`/trainer/modules/${MODULE_ID}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Edit module" })).toBeVisible();
  await expect(page.getByTestId("trainer-complete-languages")).toContainText("Complete in 1 language");

  // Reorder: the text step moves below the first question; stored after Save and a reload.
  const ids = () => page.getByTestId("trainer-item").evaluateAll((els) => els.map((e) => e.dataset.item));
  const before = await ids();
  await item(page, 0).getByTestId("trainer-move-down").click();
  await expect.poll(ids).toEqual([before[1], before[0], before[2]]);
  await expect(item(page, 1).getByTestId("trainer-move-down")).toBeFocused();
  await page.getByTestId("trainer-save").click();
  await expect(page.getByTestId("trainer-saved")).toBeVisible();
  await page.reload();
  await expect.poll(ids).toEqual([before[1], before[0], before[2]]);
  await expectNoAxeViolations(page);

  // Arabic: every text written, each beside its English source; Arabic then counts as complete.
  await page.getByTestId("trainer-edit-language").selectOption("ar");
  const arTitle = page.getByLabel("Title (العربية)", { exact: true });
  await expect(arTitle).toHaveAttribute("lang", "ar");
  await expect(arTitle).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".source-text-body").first()).toContainText(`Using the calendar ${RUN}`);
  await arTitle.fill(`استخدام التقويم ${RUN}`);
  await page.getByLabel("Lesson title (العربية)").fill("تقويمك");
  await item(page, 0).getByLabel("Question (العربية)", { exact: true }).fill("أين تضيف موعدًا؟");
  const arChoices = item(page, 0).getByTestId("trainer-choice");
  await arChoices.nth(0).getByLabel("Answer text (العربية)").fill("في تطبيق التقويم");
  await arChoices.nth(1).getByLabel("Answer text (العربية)").fill("في تطبيق الكاميرا");
  await item(page, 1).getByLabel("Text (العربية)", { exact: true }).fill("يحفظ تطبيق التقويم مواعيدك.");
  await item(page, 2).getByLabel("Question (العربية)", { exact: true }).fill("يمكن للتذكير أن ينبهك قبل الموعد.");
  await expect(page.getByTestId("trainer-complete-languages")).toContainText("Complete in 2 languages");
  await expect(page.getByTestId("trainer-complete-languages")).toContainText("العربية");
  await expectNoAxeViolations(page);
  await page.getByTestId("trainer-save").click();
  await expect(page.getByTestId("trainer-saved")).toBeVisible();
  await page.goto("/trainer/modules");
  const card = page.locator(`[data-module="${MODULE_ID}"]`);
  await expect(card.getByTestId("trainer-complete-count")).toContainText("Complete in 2 languages");
  await expect(card.getByTestId("trainer-complete-count")).toContainText("العربية");

  // Preview as a resident, in Arabic: the residents' player on the saved draft, nothing sent.
  const sent = [];
  page.on("request", (r) => {
    if (r.method() === "PUT" && r.url().includes("/api/learning/modules/")) sent.push(r.url());
  });
  await page.goto(`/learning/${MODULE_ID}?preview=1&language=ar`);
  await expect(page.getByTestId("learning-preview")).toBeVisible();
  const previewStep = page.getByTestId("learning-step");
  await expect(previewStep).toBeVisible();
  // The question comes first since the reorder above.
  await expect(previewStep).toContainText("أين تضيف موعدًا؟");
  await previewStep.getByTestId("learning-choice").first().click();
  await expect(previewStep.getByTestId("learning-feedback")).toBeVisible();
  await page.getByTestId("learning-next").click();
  await expect(previewStep).toContainText("يحفظ تطبيق التقويم مواعيدك.");
  await expectNoAxeViolations(page);
  expect(sent, "a preview sends no answers").toEqual([]);

  // Two tabs: the first save wins; the second is told, keeps its text, can look at theirs, and
  // its next save knowingly replaces it.
  const other = await context.newPage();
  await page.goto(`/trainer/modules/${MODULE_ID}`);
  await other.goto(`/trainer/modules/${MODULE_ID}`);
  await expect(other.getByLabel("Title", { exact: true })).toHaveValue(`Using the calendar ${RUN}`);
  await page.getByLabel("Title", { exact: true }).fill(`Your phone's calendar ${RUN}`);
  await page.getByTestId("trainer-save").click();
  await expect(page.getByTestId("trainer-saved")).toBeVisible();
  const mine = "Appointments, reminders and sharing a date.";
  await other.getByLabel("Summary", { exact: true }).fill(mine);
  const refused = other.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes(`/authoring/modules/${MODULE_ID}`));
  await other.getByTestId("trainer-save").click();
  expect((await refused).status()).toBe(409);
  await expect(other.getByTestId("trainer-conflict")).toContainText("Someone else saved this module meanwhile");
  await expect(other.getByLabel("Summary", { exact: true })).toHaveValue(mine);
  await other.getByTestId("trainer-load-theirs").click();
  await expect(other.getByTestId("trainer-theirs")).toContainText(`Your phone's calendar ${RUN}`);
  await expect(other.getByLabel("Summary", { exact: true })).toHaveValue(mine);
  await expectNoAxeViolations(other);
  await other.getByTestId("trainer-save").click();
  await expect(other.getByTestId("trainer-saved")).toBeVisible();
  await other.close();

  // A group with Amal, picked through the filter box.
  const groupName = `Digital starters ${RUN}`;
  await page.goto("/trainer");
  await page.getByTestId("trainer-groups-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Groups" })).toBeVisible();
  await page.getByLabel("Group name").fill(groupName);
  await page.getByLabel("Filter by name").fill("ama");
  await expect(page.getByLabel("Oksana")).toHaveCount(0);
  await page.getByLabel("Amal").check();
  await page.getByLabel("Filter by name").fill("");
  await expect(page.getByLabel("Amal")).toBeChecked();
  await page.getByTestId("trainer-save-group").click();
  const group = page.getByTestId("trainer-group").filter({ hasText: groupName });
  await expect(group).toContainText("Amal");
  await expect(group).toContainText("1 member");
  await expectNoAxeViolations(page);

  // The group gets a seeded published module, due at the end of 2030.
  await page.goto("/trainer/assignments");
  await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
  await page.getByLabel("Module", { exact: true }).selectOption(ASSIGNED);
  await page.getByLabel("Group", { exact: true }).selectOption({ label: groupName });
  await page.getByLabel("Due date (optional)").fill("2030-12-31");
  await page.getByTestId("trainer-assign").click();
  const assignment = page.getByTestId("trainer-assignment").filter({ hasText: groupName });
  await expect(assignment).toContainText("2030-12-31");
  await expectNoAxeViolations(page);

  // The dashboard: Amal, not started; the CSV has her row.
  await page.goto("/trainer/dashboard");
  await page.getByTestId("trainer-dashboard-module").selectOption(ASSIGNED);
  await expect(page).toHaveURL(new RegExp(`/trainer/dashboard\\?module=${ASSIGNED}$`));
  const amal = page.getByTestId("trainer-learner").filter({ hasText: "Amal" });
  await expect(amal).toHaveAttribute("data-state", "not_started");
  await expect(amal).toContainText("Not started");
  await expect(amal).toContainText("2030-12-31");
  await expect(page.getByTestId("trainer-counts")).toContainText("Not started");
  await expectNoAxeViolations(page);
  const csvHref = await page.getByTestId("trainer-csv").getAttribute("href");
  expect(csvHref).toContain(`module=${ASSIGNED}`);
  const csv = await page.request.get(new URL(csvHref, baseURL).toString());
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const row = (await csv.text()).split(/\r?\n/).find((line) => line.includes("Amal"));
  expect(row, "Amal's row in the CSV").toBeTruthy();
  expect(row).toContain("not_started");

  // An assignment deleted from the list is gone after a reload.
  await page.goto("/trainer/assignments");
  const toDelete = page.getByTestId("trainer-assignment").filter({ hasText: groupName });
  await toDelete.getByRole("button", { name: `Delete — ${groupName}` }).click();
  await expect(toDelete).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Assignments" })).toBeVisible();
  await expect(page.getByTestId("trainer-assign-form")).toBeVisible();
  await expect(page.getByTestId("trainer-assignment").filter({ hasText: groupName })).toHaveCount(0);

  // Every trainer page in Arabic: right to left, and axe-clean.
  await setLanguage(page, "ar");
  for (const path of [
    "/trainer",
    "/trainer/modules",
    "/trainer/modules/new",
    `/trainer/modules/${MODULE_ID}`,
    "/trainer/groups",
    "/trainer/assignments",
    `/trainer/dashboard?module=${ASSIGNED}`,
  ]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("h1")).not.toHaveText("");
    await expect(page.locator(".loading")).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  await setLanguage(page, "en");
  await context.close();
});

// Hard-coded text on the trainer pages: a pseudo-locale (every English value wrapped in ⟦…⟧) is
// served in place of Dutch; every visible text must carry the markers or be data (inside <bdi>).
// Options of a select are data here (module titles, language names), so they are left out.
function pseudoLocale(file) {
  const english = readFileSync(new URL(`../../locales/en/${file}.ftl`, import.meta.url), "utf8");
  return english
    .split("\n")
    .map((line) =>
      line
        .replace(/^([a-z][\w-]*) = (?!.*->$)(.+)$/, "$1 = ⟦$2⟧")
        // The variants of a plural select (the file-wide pseudo-locale wraps one-line values only).
        .replace(/^(\s+\*?\[[\w-]+\] )(.+)$/, "$1⟦$2⟧"),
    )
    .join("\n");
}

test("no hard-coded text on the trainer pages", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  for (const file of ["main", "staff"]) {
    const body = pseudoLocale(file);
    await context.route(`**/locales/nl/${file}.ftl`, (route) =>
      route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body }),
    );
  }
  const page = await context.newPage();
  await signInEmployee(page, "acct-trainer-zwolle");
  await setLanguage(page, "nl");
  for (const path of [
    "/trainer",
    "/trainer/modules",
    "/trainer/modules/new",
    "/trainer/modules/mod-safe-phone",
    "/trainer/groups",
    "/trainer/assignments",
    `/trainer/dashboard?module=${ASSIGNED}`,
  ]) {
    await page.goto(path);
    await expect(page.locator("h1")).toContainText("⟦");
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".loading")).toHaveCount(0);
    const found = await untranslatedText(page, "bdi, code, option, noscript, .brand-name, [hidden]");
    expect(found, path).toEqual([]);
  }
  await setLanguage(page, "en");
  await context.close();
});
