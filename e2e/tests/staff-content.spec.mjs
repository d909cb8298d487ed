// The staff content editor end to end: staff at Zwolle write and publish a news item, write an
// article and publish its Arabic translation, and Amal (a Zwolle resident reading Arabic) then gets
// both from the API. Two browser tabs editing one item: the second save is refused with the
// "someone else changed this" message and its text stays in the form. A body with HTML gets a field
// error and keeps the text. Staff set Amal's procedure stage and she reads it. axe (WCAG 2.2 AA tags) on the list, item, translation and coverage pages
// in English and Arabic.
//
// Accounts: Sanne (staff, Zwolle) signs in with an authenticator code. accounts.spec uses her too,
// and a code's 30 s step is accepted only once per account, so a refused code is retried once in
// the next step. Amal signs in through the API only (no one-time factor).
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, setLanguage, signInEmployee, test } from "./fixtures.mjs";

const AMAL = resident("acct-res-amal");
const RUN = Date.now().toString(36);

/** Fills the new-item form's source text and saves; returns the new item's id from the address. */
async function createItem(page, { kind, title, summary, body, category }) {
  await page.goto("/staff/content/new");
  await expect(page.getByRole("heading", { level: 1, name: "New item" })).toBeVisible();
  await page.getByLabel("Kind", { exact: true }).selectOption(kind);
  if (category) await page.getByLabel("Category").selectOption(category);
  await page.getByLabel("Language of the original text").selectOption("en");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill(summary);
  await page.getByLabel("Text", { exact: true }).fill(body);
  await page.getByTestId("content-save").click();
  await expect(page).toHaveURL(/\/staff\/content\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit item" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop();
}

async function publish(page) {
  await page.getByTestId("content-publish").click();
  await expect(page.getByTestId("content-saved")).toHaveText("Published: residents can read it now.");
  await expect(page.getByTestId("content-published-state")).toContainText("Yes");
  await expect(page.getByTestId("content-unpublish")).toBeVisible();
}

test("staff publish news and an Arabic translation; Amal reads both; concurrent edits and HTML are refused without losing text", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInEmployee(page, "acct-staff-zwolle");

  // The way in from the staff home.
  await page.goto("/staff");
  await page.getByTestId("staff-content-link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Information for residents" })).toBeVisible();

  // A body with HTML: the preview says why at once, the API refuses it naming the field, and what
  // was typed stays.
  await page.getByTestId("content-new").click();
  await expect(page.getByRole("heading", { level: 1, name: "New item" })).toBeVisible();
  await page.getByLabel("Kind", { exact: true }).selectOption("news");
  await page.getByLabel("Title").fill(`Unsafe ${RUN}`);
  const scripted = "Hello <script>alert(1)</script>";
  await page.getByLabel("Text", { exact: true }).fill(scripted);
  await expect(page.getByTestId("content-preview")).toContainText("HTML is not allowed");
  const saved422 = page.waitForResponse((r) => r.url().endsWith("/api/content/items") && r.request().method() === "POST");
  await page.getByTestId("content-save").click();
  expect((await saved422).status()).toBe(422);
  const bodyError = page.locator("[id='source.body-error']");
  await expect(bodyError).toContainText("HTML is not allowed");
  await expect(page.getByLabel("Text", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue(scripted);
  await expect(page.getByLabel("Title")).toHaveValue(`Unsafe ${RUN}`);
  await expect(page).toHaveURL(/\/staff\/content\/new$/);

  // A news item for Zwolle, written and published; the preview renders the markup.
  const newsTitle = `Bike repair café ${RUN}`;
  const newsId = await createItem(page, {
    kind: "news",
    title: newsTitle,
    summary: "Free bike repairs on Wednesday.",
    body: "## When\n\nWednesday from **14:00** to 16:00 in the recreation room.\n\n- Bring your bike\n- Tools are there",
  });
  const preview = page.getByTestId("content-preview");
  await expect(preview.locator("h2", { hasText: "When" })).toBeVisible();
  await expect(preview.locator("strong")).toHaveText("14:00");
  await expect(preview.locator("li")).toHaveCount(2);
  await expect(page.getByTestId("content-history")).toContainText("acct-staff-zwolle");
  await publish(page);

  // An article in English, published, then its Arabic translation written and published.
  const articleTitle = `Seeing the GP ${RUN}`;
  const arabicTitle = `زيارة الطبيب العام ${RUN}`;
  const articleId = await createItem(page, {
    kind: "article",
    category: "health_care",
    title: articleTitle,
    summary: "How to make an appointment with the GP.",
    body: "Call the GZA number on the [My centre](/centre) page before 10:00.",
  });
  await publish(page);
  await page.getByLabel("Translate into").selectOption("ar");
  const form = page.getByTestId("translation-form");
  await expect(page.getByTestId("translation-source")).toContainText(articleTitle);
  await form.getByLabel("Title").fill(arabicTitle);
  await form.getByLabel("Summary").fill("كيف تحجز موعدًا مع الطبيب العام.");
  await form.getByLabel("Text", { exact: true }).fill("اتصل برقم GZA الموجود في صفحة [مركزي](/centre) قبل الساعة 10:00.");
  await form.getByLabel("Status").selectOption("published");
  await expect(page.getByTestId("translation-preview").locator("a[href='/centre']")).toHaveText("مركزي");
  await form.getByTestId("translation-save").click();
  await expect(form.getByTestId("translation-saved")).toHaveText("Translation saved.");

  // The list and the coverage table show both items; the article is published in ar and en.
  await page.goto("/staff/content");
  const table = page.getByTestId("content-table");
  await expect(table.getByRole("link", { name: newsTitle })).toBeVisible();
  await expect(table.getByRole("link", { name: articleTitle })).toBeVisible();
  await page.goto("/staff/content/coverage");
  const row = page.getByTestId("coverage-row").filter({ hasText: articleTitle });
  await expect(row.locator("td[data-language=ar]")).toContainText("Published");
  await expect(row.locator("td[data-language=en]")).toContainText("Published");
  await expect(row.locator("td[data-language=fa]")).toContainText("Missing");
  await row.locator("td[data-language=ar]").getByRole("link").click();
  await expect(page.getByLabel("Translate into")).toHaveValue("ar");

  // Amal's procedure stage, set on her page by staff.
  await page.goto("/staff/residents/acct-res-amal");
  const procedure = page.getByTestId("procedure-stage");
  await procedure.getByLabel("Stage", { exact: true }).selectOption("general_procedure");
  await procedure.getByRole("button", { name: "Save stage" }).click();
  await expect(procedure.getByRole("status")).toHaveText("Stage saved.");
  await expect(page.getByTestId("procedure-current")).toHaveText("General asylum procedure");
  await page.reload();
  await expect(page.getByTestId("procedure-current")).toHaveText("General asylum procedure");

  // Amal, a Zwolle resident reading Arabic: the news (English, her language has none) and the
  // article in Arabic; and her stage.
  const phone = await browser.newContext();
  const signIn = await phone.request.post("/api/auth/resident-sign-in", {
    headers: { origin: baseURL },
    data: { resident_number: AMAL.resident_number, pin: AMAL.pin },
  });
  expect(signIn.status()).toBe(200);
  const read = await phone.request.get("/api/content?language=ar&limit=100");
  expect(read.status()).toBe(200);
  const items = (await read.json()).items;
  const news = items.find((i) => i.id === newsId);
  expect(news, "the news item reaches Amal").toBeTruthy();
  expect(news).toMatchObject({ title: newsTitle, language: "en", fallback: true });
  expect(news.body_html).toContain("<strong>14:00</strong>");
  const article = items.find((i) => i.id === articleId);
  expect(article, "the article reaches Amal").toBeTruthy();
  expect(article).toMatchObject({ title: arabicTitle, language: "ar", fallback: false, outdated: false });
  expect(article.body_html).toContain('<a href="/centre">مركزي</a>');
  const stage = await phone.request.get("/api/me/procedure");
  expect(stage.status()).toBe(200);
  expect(await stage.json()).toMatchObject({ stage: "general_procedure" });
  await phone.close();

  // Two tabs on the same item: the first save wins, the second is told and keeps its text.
  const second = await browser.newContext({ storageState: await context.storageState() });
  const other = await second.newPage();
  await page.goto(`/staff/content/${newsId}`);
  await other.goto(`/staff/content/${newsId}`);
  await expect(page.getByLabel("Title").first()).toHaveValue(newsTitle);
  await expect(other.getByLabel("Title").first()).toHaveValue(newsTitle);
  await page.getByLabel("Title").first().fill(`${newsTitle} (moved to Thursday)`);
  await page.getByTestId("content-save").click();
  await expect(page.getByTestId("content-saved")).toHaveText("Saved.");
  const mine = "Wednesday is cancelled; see the notice board.";
  await other.getByLabel("Text", { exact: true }).first().fill(mine);
  const conflict = other.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes(`/api/content/items/${newsId}`));
  await other.getByTestId("content-save").click();
  expect((await conflict).status()).toBe(409);
  await expect(other.getByTestId("content-conflict")).toContainText(
    "Someone else changed this item while you were editing",
  );
  await expect(other.getByLabel("Text", { exact: true }).first()).toHaveValue(mine);
  // Their version is shown next to mine, and a save after reading it goes through.
  await other.getByTestId("content-load-theirs").click();
  await expect(other.getByTestId("content-theirs")).toContainText(`${newsTitle} (moved to Thursday)`);
  await expect(other.getByLabel("Text", { exact: true }).first()).toHaveValue(mine);
  await other.getByTestId("content-save").click();
  await expect(other.getByTestId("content-saved")).toHaveText("Saved.");
  const stored = await other.request.get(`/api/content/items/${newsId}`);
  const source = (await stored.json()).translations.find((t) => t.language === "en");
  expect(source.text.body).toBe(mine);
  await second.close();

  // axe on the editor's pages, in English and in Arabic (right-to-left).
  const pages = [
    ["/staff/content", "content-table"],
    [`/staff/content/${articleId}`, "content-history"],
    [`/staff/content/${articleId}?language=ar`, "translation-form"],
    ["/staff/content/coverage", "coverage-table"],
  ];
  try {
    for (const language of ["en", "ar"]) {
      await setLanguage(page, language);
      for (const [path, ready] of pages) {
        await test.step(`axe ${language} ${path}`, async () => {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
          await expect(page.getByTestId(ready)).toBeVisible();
          await expect(page.locator("main .loading")).toHaveCount(0);
          await expectNoAxeViolations(page);
        });
      }
    }
  } finally {
    // Sanne's account back on English, for the specs after this one.
    await setLanguage(page, "en");
  }
  await context.close();
});
