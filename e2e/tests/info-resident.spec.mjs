// Resident information as Amal, resident at Zwolle, in Arabic and English: the home's "My
// procedure" and tiles; news published by staff (through the API, in this spec) appears with an
// unread count on the home that clears after visiting /news; an Arabic article with diacritics is
// found by a word typed without them, online and offline after one online visit to the home;
// favourites toggled offline arrive after reconnecting; axe finds nothing on the new pages.
//
// Accounts: staff Zwolle signs in through the API with an authenticator code from a time step that
// starts after this spec began (specs run one after another, so no earlier spec can have used it;
// a code's step is never accepted twice). Amal has no one-time factor; her account language is set
// here and put back to English at the end (other specs expect it).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { request as playwrightRequest } from "@playwright/test";
import { employee, resident, totp } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, test } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ mode: "serial" });

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), "../../target/e2e-artifacts");
const amal = resident("acct-res-amal");
// Retries run beforeAll again: every title of this run is its own.
const RUN = Date.now().toString(36).slice(-5);
// Unique per run (a retry publishes again), the words with their diacritics for the search test.
const ARTICLE_AR = `المُساعَدة القانونية ${RUN}`;
const NEWS_AR = `مكتب الاستقبال مفتوح يوم السبت ${RUN}`;
const NEWS_EN = `Reception desk open on Saturday ${RUN}`;
const VACANCY_AR = `مساعد في المطبخ ${RUN}`;
const items = {};

const key = () => ({ "idempotency-key": crypto.randomUUID() });

async function ok(response, status = 200) {
  const body = await response.text();
  expect(response.status(), body).toBe(status);
  return JSON.parse(body);
}

/** Staff Zwolle's API session, with a code from a step no earlier spec can have used. */
async function staffSession(baseURL) {
  const account = employee("acct-staff-zwolle");
  await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 500));
  const staff = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  await ok(
    await staff.post("/api/auth/staff-sign-in", {
      data: { email: account.email, password: account.password, code: totp(account.totp_secret) },
    }),
  );
  return staff;
}

/** Creates an item at Zwolle with English source text and an Arabic translation, all published. */
async function publish(staff, fields, en, ar) {
  const created = await ok(
    await staff.post("/api/content/items", {
      headers: key(),
      data: { fields: { location_id: "loc-zwolle", source_language: "en", ...fields }, source: en },
    }),
    201,
  );
  const path = `/api/content/items/${created.id}`;
  await ok(await staff.put(`${path}/translations/en`, { headers: key(), data: { text: en, status: "published", version: 1 } }));
  const item = await ok(
    await staff.put(`${path}/translations/ar`, { headers: key(), data: { text: ar, status: "published", version: 0 } }),
  );
  await ok(await staff.put(`${path}/publication`, { headers: key(), data: { published: true, version: item.version } }));
  return created.id;
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(90_000);
  const staff = await staffSession(baseURL);
  try {
    await ok(
      await staff.put(`/api/residents/${amal.id}/procedure-stage`, {
        headers: key(),
        data: { stage: "general_procedure" },
      }),
    );
    items.article = await publish(
      staff,
      { kind: "article", category: "asylum_procedure", procedure_stage: "general_procedure" },
      {
        title: `Free legal aid ${RUN}`,
        summary: "A lawyer helps you for free during the asylum procedure.",
        body: "## Your lawyer\n\nThe Legal Aid Board gives you a **free** lawyer. Ask at the [reception desk](/centre).",
      },
      {
        title: ARTICLE_AR,
        summary: "يُساعِدك مُحامٍ مَجّاناً خلال إجراءات اللجوء.",
        body: "## مُحاميك\n\nيُعطيك مجلس المُساعَدة القانونية مُحامياً **مَجّانياً**. اسأل في [مكتب الاستقبال](/centre).",
      },
    );
    items.news = await publish(
      staff,
      { kind: "news" },
      { title: NEWS_EN, summary: "From 10:00 to 14:00.", body: "The desk is open on **Saturday** from 10:00 to 14:00." },
      { title: NEWS_AR, summary: "من 10:00 إلى 14:00.", body: "المكتب مفتوح يوم **السبت** من 10:00 إلى 14:00." },
    );
    items.vacancy = await publish(
      staff,
      {
        kind: "vacancy",
        vacancy_kind: "volunteer",
        contact: "Sanne, reception desk",
        link: "https://www.vluchtelingenwerk.nl/",
      },
      { title: `Kitchen helper ${RUN}`, summary: "Help in the kitchen twice a week.", body: "Volunteer work: allowed from the first day." },
      { title: VACANCY_AR, summary: "ساعد في المطبخ مرتين في الأسبوع.", body: "عمل تطوعي: مسموح من اليوم الأول." },
    );
    // Only in English: an Arabic reader gets the English text, marked as such.
    const englishOnly = await ok(
      await staff.post("/api/content/items", {
        headers: key(),
        data: {
          fields: { kind: "article", location_id: "loc-zwolle", source_language: "en", category: "safety" },
          source: { title: `Fire drill ${RUN}`, summary: "Leave by the stairs.", body: "Walk to the **meeting point**." },
        },
      }),
      201,
    );
    const path = `/api/content/items/${englishOnly.id}`;
    const withText = await ok(
      await staff.put(`${path}/translations/en`, {
        headers: key(),
        data: { text: { title: `Fire drill ${RUN}`, summary: "Leave by the stairs.", body: "Walk to the **meeting point**." }, status: "published", version: 1 },
      }),
    );
    await ok(await staff.put(`${path}/publication`, { headers: key(), data: { published: true, version: withText.version } }));
    items.englishOnly = englishOnly.id;
    // Translated, then the English original changed: the Arabic text is outdated.
    const en = { title: `Quiet hours ${RUN}`, summary: "From 23:00.", body: "Be quiet from 23:00 to 07:00." };
    items.outdated = await publish(
      staff,
      { kind: "article", category: "daily_life" },
      en,
      { title: `ساعات الهدوء ${RUN}`, summary: "من الساعة 23:00.", body: "التزم الهدوء من 23:00 إلى 07:00." },
    );
    const current = await ok(await staff.get(`/api/content/items/${items.outdated}`));
    const source = current.translations.find((t) => t.language === "en");
    await ok(
      await staff.put(`/api/content/items/${items.outdated}/translations/en`, {
        headers: key(),
        data: { text: { ...en, body: "Be quiet from 22:00 to 07:00." }, status: "published", version: source.version },
      }),
    );
  } finally {
    await staff.dispose();
  }
});

// Later specs sign Amal in and expect English: her account language goes back to it.
test.afterAll(async ({ baseURL }) => {
  const amalApi = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  try {
    await ok(
      await amalApi.post("/api/auth/resident-sign-in", {
        data: { resident_number: amal.resident_number, pin: amal.pin },
      }),
    );
    await ok(await amalApi.put("/api/me/language", { headers: key(), data: { language: "en" } }));
  } finally {
    await amalApi.dispose();
  }
});

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker claims open pages when it activates; on a loaded machine a page has now and then
  // stayed uncontrolled for minutes after that (seen in full-suite runs only). A page loaded once
  // the worker is active is always controlled, so give the claim 15 s and then reload.
  const claimed = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (!claimed) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Signs Amal in and sets her language on the device and on her account (the account's wins). */
async function signInAmal(page, language) {
  await page.goto("/");
  await ok(
    await page.request.post("/api/auth/resident-sign-in", {
      headers: { origin: new URL(page.url()).origin },
      data: { resident_number: amal.resident_number, pin: amal.pin },
    }),
  );
  await useLanguage(page, language);
}

async function useLanguage(page, language) {
  await page.evaluate((l) => localStorage.setItem("wegwijs.language", l), language);
  await ok(
    await page.request.put("/api/me/language", {
      headers: { origin: new URL(page.url()).origin, ...key() },
      data: { language },
    }),
  );
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  await expect(page.getByTestId("procedure")).toBeVisible();
}

/**
 * Amal (in Arabic) visits the home once online, under the service worker, until its caches hold a
 * key for each of `wanted` (name → test of a cache key).
 */
async function visitHomeOnce(page, wanted) {
  await signInAmal(page, "ar");
  await controlled(page);
  await page.reload();
  await expect(page.getByTestId("content-status")).toBeVisible();
  await expect
    .poll(async () => {
      const keys = await cached(page);
      return Object.fromEntries(Object.entries(wanted).map(([name, has]) => [name, keys.some(has)]));
    })
    .toEqual(Object.fromEntries(Object.keys(wanted).map((name) => [name, true])));
}

/** Cache keys (paths with query) of the person's saved API reads and of the app's code. */
function cached(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        out.push(url.pathname + url.search);
      }
    }
    return out;
  });
}

test("home: My procedure with the stage's article, tiles, and news unread until visited", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAmal(page, "ar");
  const procedure = page.getByTestId("procedure");
  await expect(procedure.getByTestId("procedure-stage")).toHaveText("إجراء اللجوء العام");
  await expect(procedure).toContainText("ماذا يمكن أن يحدث بعد ذلك");
  await expect(procedure).toContainText("حصلت على تصريح الإقامة");
  await expect(procedure.getByRole("link", { name: ARTICLE_AR })).toHaveAttribute("href", `/library/${items.article}`);

  const tiles = page.getByTestId("info-tiles").getByRole("link");
  await expect(tiles).toHaveCount(8);
  for (const href of ["/library", "/news", "/centre", "/activities", "/vacancies", "/search", "/favourites", "/learning"]) {
    await expect(page.getByTestId("info-tiles").locator(`a[href="${href}"]`)).toBeVisible();
  }
  await expect(page.getByTestId("content-status")).toContainText("تم تحديث المعلومات");
  const badge = page.getByTestId("news-unread");
  await expect(badge).toBeVisible();
  expect(Number(await badge.textContent())).toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: join(ARTIFACTS, "home-ar.png"), fullPage: true });

  // Visiting the news shows the staff's item, newest first, marked new; the home's count clears.
  await page.getByTestId("info-tiles").locator('a[href="/news"]').click();
  const mine = page.getByTestId("news-item").filter({ hasText: NEWS_AR });
  await expect(mine.getByRole("heading", { level: 2 })).toHaveText(NEWS_AR);
  await expect(mine).toContainText("جديد");
  // The English source is not shown: Amal reads the Arabic translation.
  await expect(page.locator("main")).not.toContainText(NEWS_EN);
  await page.getByRole("navigation").first().getByRole("link", { name: "الرئيسية" }).click();
  await expect(page.getByTestId("procedure")).toBeVisible();
  await expect(page.getByTestId("content-status")).toBeVisible();
  await expect(badge).toHaveCount(0);
  // Not just on this page: the API has the marker (a full reload forgets everything but the API).
  await page.reload();
  await expect(page.getByTestId("content-status")).toBeVisible();
  await expect(badge).toHaveCount(0);
  await page.goto("/news");
  await expect(mine).toBeVisible();
  await expect(mine).not.toContainText("جديد");
});

test("search finds the Arabic article without diacritics, online and offline after one visit to the home", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // One online visit to the home, under the service worker: it keeps the content and the pages' code.
  await visitHomeOnce(page, {
    content: (k) => k.startsWith("/api/content?language=ar&limit=100"),
    procedure: (k) => k === "/api/me/procedure",
    // The information pages' lazy chunks (two of the six named here).
    search: (k) => k.startsWith("/app/") && k.includes("search_view"),
    favourites: (k) => k.startsWith("/app/") && k.includes("favourites_view"),
  });

  await page.goto("/search");
  const box = page.getByLabel("عمّ تبحث؟");
  await box.fill("المساعدة");
  const results = page.getByTestId("search-results");
  await expect(results.getByRole("link", { name: ARTICLE_AR })).toBeVisible();
  await box.fill("المساعدة الغائبة");
  await expect(page.getByTestId("search-count")).toContainText("لم يتم العثور على شيء");

  await context.setOffline(true);
  try {
    await page.goto("/");
    await expect(page.getByTestId("content-status")).toContainText("أنت غير متصل بالإنترنت");
    await expect(page.getByTestId("procedure").getByRole("link", { name: ARTICLE_AR })).toBeVisible();
    // Pages never opened on this phone open offline: the home fetched their code.
    await page.goto("/search");
    await page.getByLabel("عمّ تبحث؟").fill("مساعده");
    await expect(results.getByRole("link", { name: ARTICLE_AR })).toBeVisible();
    await results.getByRole("link", { name: ARTICLE_AR }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_AR);
    await expect(page.locator(".rich-text h2")).toHaveText("مُحاميك");
    await expect(page.locator(".rich-text strong")).toHaveText("مَجّانياً");
    await page.goto("/vacancies");
    await expect(page.getByTestId("vacancy-item").filter({ hasText: VACANCY_AR })).toContainText("عمل تطوعي");
  } finally {
    await context.setOffline(false);
  }
});

test("search finds an activity and a centre service, online and offline after one visit to the home; a starred activity is named in favourites", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // The home has the service worker keep the answers the activities and My centre pages ask for.
  await visitHomeOnce(page, {
    activities: (k) => k === "/api/activities?days=14&language=ar",
    centre: (k) => k === "/api/centre",
    search: (k) => k.startsWith("/app/") && k.includes("search_view"),
  });

  const results = page.getByTestId("search-results");
  const box = page.getByLabel("عمّ تبحث؟");
  // Typed the way phones do: teh marbuta as heh, no hamza on the alef.
  const finds = async () => {
    await box.fill("كره القدم");
    const football = results.getByTestId("search-other").filter({ hasText: "كرة القدم" });
    await expect(football).toContainText("نشاط");
    await expect(football.getByRole("link", { name: "كرة القدم" })).toHaveAttribute(
      "href",
      /^\/activities#activity-act-zwolle-football-\d{4}-\d{2}-\d{2}$/,
    );
    // A service with its own English name is found by its kind's Arabic name ("المغسلة").
    await box.fill("المغسله");
    const laundry = results.getByTestId("search-other").filter({ hasText: "Laundry room" });
    await expect(laundry).toContainText("خدمة في المركز");
    await expect(laundry.getByRole("link", { name: "Laundry room" })).toHaveAttribute(
      "href",
      "/centre#service-svc-zwolle-laundry",
    );
    // A service without its own name is titled and found by its kind's name; its place is searched too.
    await box.fill("بريد");
    await expect(results.getByRole("link", { name: "البريد", exact: true })).toHaveAttribute(
      "href",
      "/centre#service-svc-zwolle-mail",
    );
  };

  await page.goto("/search");
  await finds();
  await box.fill("كره القدم");
  await results.getByRole("link", { name: "كرة القدم" }).click();
  await expect(page).toHaveURL(/\/activities#activity-act-zwolle-football-/);
  await expect(page.locator("[id^=activity-act-zwolle-football-]").first()).toBeVisible();

  await context.setOffline(true);
  try {
    await page.goto("/");
    await expect(page.getByTestId("content-status")).toContainText("أنت غير متصل بالإنترنت");
    await page.goto("/search");
    await finds();
  } finally {
    await context.setOffline(false);
  }

  // Favourites name a starred activity and service from the same answers.
  const origin = new URL(page.url()).origin;
  for (const path of ["activity/act-zwolle-football", "service/svc-zwolle-laundry"]) {
    await ok(await page.request.put(`/api/me/favourites/${path}`, { headers: { origin, ...key() }, data: { saved: true } }));
  }
  try {
    await page.goto("/favourites");
    const list = page.getByTestId("favourites-list");
    await expect(list.getByRole("link", { name: "كرة القدم" })).toBeVisible();
    await expect(list.getByRole("link", { name: "Laundry room" })).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    for (const path of ["activity/act-zwolle-football", "service/svc-zwolle-laundry"]) {
      await ok(await page.request.put(`/api/me/favourites/${path}`, { headers: { origin, ...key() }, data: { saved: false } }));
    }
  }
});

test("a favourite starred offline arrives after reconnecting and is listed", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signInAmal(page, "ar");
  await controlled(page);
  await page.reload();
  await expect(page.getByTestId("content-status")).toBeVisible();
  await page.goto(`/library/${items.article}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARTICLE_AR);
  const star = page.getByTestId("favourite-toggle");
  await expect(star).toHaveText("احفظ في المفضلة");

  const sent = [];
  page.on("request", (r) => {
    if (r.method() === "PUT" && r.url().includes("/api/me/favourites/")) sent.push(r.url());
  });
  await context.setOffline(true);
  await star.click();
  await expect(star).toHaveText("أزل من المفضلة");
  // Kept on the phone, waiting (the header says so); nothing went out.
  await expect(page.getByTestId("pending")).not.toBeEmpty();
  expect(sent).toEqual([]);

  await context.setOffline(false);
  await expect.poll(() => sent.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("pending")).toBeEmpty();
  const list = await ok(await page.request.get("/api/me/favourites"));
  expect(list.favourites.map((f) => [f.kind, f.id])).toContainEqual(["article", items.article]);

  await page.goto("/favourites");
  await expect(page.getByTestId("favourites-list").getByRole("link", { name: ARTICLE_AR })).toBeVisible();
  // And off again, online this time.
  await page.goto(`/library/${items.article}`);
  await page.getByTestId("favourite-toggle").click();
  await expect(page.getByTestId("favourite-toggle")).toHaveText("احفظ في المفضلة");
  await expect
    .poll(async () => (await ok(await page.request.get("/api/me/favourites"))).favourites.length)
    .toBe(0);
});

test("an article in another language or from an older original says so", async ({ page }) => {
  await signInAmal(page, "ar");
  await page.goto(`/library/${items.englishOnly}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveText(`Fire drill ${RUN}`);
  // The English text is marked as English (screen readers switch voice), inside an Arabic page.
  await expect(title).toHaveAttribute("lang", "en");
  await expect(title).toHaveAttribute("dir", "ltr");
  await expect(page.locator(".rich-text")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("fallback-note")).toContainText("هذا النص غير متوفر بلغتك بعد");
  await expect(page.getByTestId("fallback-note")).toContainText("English");
  await expect(page.getByTestId("outdated-note")).toHaveCount(0);

  await page.goto(`/library/${items.outdated}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`ساعات الهدوء ${RUN}`);
  await expect(page.getByTestId("outdated-note")).toContainText("تغيّر النص الأصلي");
  await expect(page.getByTestId("fallback-note")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

for (const language of ["en", "ar"]) {
  test(`axe finds nothing on the information pages in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await signInAmal(page, language);
    await expect(page.getByTestId("content-status")).toBeVisible();
    // The Arabic home is photographed by the first test, with its unread news count.
    if (language === "en") await page.screenshot({ path: join(ARTIFACTS, "home-en.png"), fullPage: true });
    await expectNoAxeViolations(page);
    const pages = [
      ["/library", "[data-testid=shelf]"],
      [`/library/${items.article}`, "[data-testid=item-text]"],
      ["/news", "[data-testid=news-item]"],
      ["/vacancies", "[data-testid=vacancy-item]"],
      ["/search", "#search-query"],
      ["/favourites", "[data-testid=favourites-empty], [data-testid=favourites-list]"],
    ];
    for (const [path, ready] of pages) {
      await test.step(`${language} ${path}`, async () => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
        await expect(page.locator(ready).first()).toBeVisible();
        if (path === "/search") {
          await page.locator("#search-query").fill(language === "ar" ? "المساعدة" : "legal");
          await expect(page.getByTestId("search-results").getByRole("link").first()).toBeVisible();
          // An activity and a service among the results (checked by axe below too).
          await page.locator("#search-query").fill(language === "ar" ? "كرة القدم" : "football");
          await expect(page.getByTestId("search-other").first()).toBeVisible();
          await page.locator("#search-query").fill(language === "ar" ? "المغسلة" : "laundry");
          await expect(page.getByTestId("search-other").first()).toBeVisible();
        }
        await expect(page.locator("main .loading")).toHaveCount(0);
        if (path.startsWith("/library/")) {
          await page.screenshot({ path: join(ARTIFACTS, `article-${language}.png`), fullPage: true });
        }
        await expectNoAxeViolations(page);
      });
    }
  });
}
