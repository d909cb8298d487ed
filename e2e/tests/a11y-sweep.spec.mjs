// Accessibility sweep: every page of the app, signed out and as each role, in English and in
// Arabic (right-to-left), scanned by axe with the WCAG 2.2 AA tags. In Arabic each page must also be
// right-to-left (<html dir=rtl lang=ar>) and actually Arabic: its heading and the interface's own
// words (navigation, buttons, labels, headers), not English filling in for missing keys.
//
// One browser context per role, signed in once, loops over the languages (the choice is the
// `wegwijs.language` key in localStorage, read at start-up). Every finding is collected first and
// asserted at the end, so one run lists all of them.
//
// Accounts: the four demo employees are all used by other specs with authenticator codes, and a
// code's time step is never accepted twice (nor an older one after a newer), so this spec signs
// employees in with their one recovery code instead, which no other spec uses: it touches neither
// the TOTP steps nor the failure counters of the other specs. Amal is shared with accounts.spec,
// which only checks that her data stays hidden from another resident; a resident sign-in has no
// one-time factor and this spec makes no wrong attempts.
import AxeBuilder from "@axe-core/playwright";
import { employee, resident } from "../../edge-api/itest/demo.mjs";
import { WCAG_TAGS, expect, setLanguage, signInResident, test } from "./fixtures.mjs";

const LANGUAGES = ["en", "ar"];
const ARABIC = /\p{Script=Arabic}/u;

// Hash-only differences are same-document navigations, so a path with a fragment always follows a
// different path. `SUBMITTED` marks a form sent empty, to scan it with its errors shown (the API
// checks the fields before it counts anything as a failed sign-in).
const SUBMITTED = " (sent empty)";
const ANONYMOUS = [
  "/",
  "/language",
  "/pending",
  "/activate",
  `/activate${SUBMITTED}`,
  "/activate#code=DEMA-CTVE-2026",
  "/sign-in",
  `/sign-in${SUBMITTED}`,
  "/staff/sign-in",
  `/staff/sign-in${SUBMITTED}`,
  "/invite",
  "/invite#token=not-checked-until-submitted",
  "/no-such-page",
  "/trainer",
  // The guards' "sign in first" pages.
  "/sessions",
  "/staff/residents",
  "/admin",
  // The public certificate check; a made-up code is refused.
  "/verify",
  "/verify/ABCD-EFGH-JKMN",
];
const RESIDENT = [
  "/",
  "/sessions",
  "/pending",
  "/centre",
  "/activities",
  "/library",
  "/news",
  "/vacancies",
  "/search",
  "/favourites",
  "/learning",
  "/learning/passport",
  "/learning/mod-email",
];
const STAFF = [
  "/staff",
  "/staff/residents",
  "/staff/residents/new",
  `/staff/residents/new${SUBMITTED}`,
  "/staff/residents/acct-res-amal",
  "/staff/no-such-page",
  // A staff member is not an admin: the guard's refusal page.
  "/admin",
  "/staff/centre",
];
const ADMIN = ["/admin", "/admin/locations", "/admin/audit", "/admin/no-such-page", "/staff/residents"];
const TRAINER = [
  "/trainer",
  "/",
  "/trainer/modules",
  "/trainer/modules/new",
  "/trainer/modules/mod-safe-phone",
  "/trainer/groups",
  "/trainer/assignments",
  "/trainer/dashboard?module=mod-safe-phone",
];

/** Interface words (not data) that carry no Arabic letter: English written in or filled in. */
async function englishChrome(page) {
  return page.evaluate(() => {
    const chrome = "h1, h2, h3, nav a, button, label, legend, th, dt, .lead, .site-footer p";
    const found = [];
    for (const element of document.querySelectorAll(chrome)) {
      if (!element.checkVisibility() || element.closest("[hidden], .brand, [data-testid=language-list]")) continue;
      // Data inside the interface (names, numbers, e-mail addresses, codes) is isolated in
      // <bdi>/<code>, or given its own language (language names in their own script).
      const clone = element.cloneNode(true);
      for (const data of clone.querySelectorAll("bdi, code, [lang], .brand-name")) data.remove();
      const text = clone.textContent.replace(/\s+/g, " ").trim();
      if (/\p{Script=Latin}/u.test(text) && !/\p{Script=Arabic}/u.test(text)) found.push(text);
    }
    return found;
  });
}

/**
 * The device's language, and a signed-in person's account language too: the account's choice wins
 * at every session load (shared/src/languages.rs `on_session`).
 */
async function chooseLanguage(page, role, language) {
  if (role !== "anonymous") return setLanguage(page, language);
  await page.evaluate((l) => localStorage.setItem("wegwijs.language", l), language);
}

/** Visits each path in each language; returns the findings (empty when all is well). */
async function sweep(page, role, paths) {
  const findings = [];
  let scanned = 0;
  for (const language of LANGUAGES) {
    await chooseLanguage(page, role, language);
    for (const entry of paths) {
      await test.step(`${role} ${language} ${entry}`, async () => {
        const where = `${role} ${language} ${entry}`;
        const path = entry.replace(SUBMITTED, "");
        await page.goto(path);
        if (entry.endsWith(SUBMITTED)) {
          await page.locator("main form button[type=submit]").click();
          await expect(page.locator("main .field-error, main [role=alert]").first()).toBeVisible();
        }
        const html = page.locator("html");
        await expect(html).toHaveAttribute("lang", language);
        await expect(html).toHaveAttribute("dir", language === "ar" ? "rtl" : "ltr");
        const heading = page.locator("main h1").first();
        await expect(heading).toBeVisible();
        // Lists and records from the API, and lazily fetched catalogs, arrive.
        await page.waitForLoadState("networkidle");
        await expect(page.locator("main .loading")).toHaveCount(0);
        if (language === "ar") {
          const title = await heading.textContent();
          // A staff page's heading is the resident's name (data): its lead or labels are checked below.
          if (!path.startsWith("/staff/residents/acct-")) {
            if (!ARABIC.test(title)) findings.push(`${where}: heading not Arabic: ${title}`);
          }
          for (const text of await englishChrome(page)) findings.push(`${where}: not Arabic: ${text}`);
        }
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        for (const v of results.violations) {
          findings.push(`${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        scanned += 1;
      });
    }
  }
  expect(scanned).toBe(paths.length * LANGUAGES.length);
  return findings;
}

async function signInEmployee(page, id) {
  const account = employee(id);
  await page.goto("/staff/sign-in");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByLabel("Code from your authenticator app").fill(account.recovery_code);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-out")).toBeVisible();
}

const ROLES = [
  { role: "anonymous", paths: ANONYMOUS, signIn: async () => {} },
  { role: "resident", paths: RESIDENT, signIn: (page) => signInResident(page, resident("acct-res-amal")) },
  { role: "staff", paths: STAFF, signIn: (page) => signInEmployee(page, "acct-staff-zwolle") },
  { role: "admin", paths: ADMIN, signIn: (page) => signInEmployee(page, "acct-admin") },
  { role: "trainer", paths: TRAINER, signIn: (page) => signInEmployee(page, "acct-trainer-zwolle") },
];

for (const { role, paths, signIn } of ROLES) {
  test(`axe finds nothing and Arabic is right-to-left on every ${role} page`, async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page);
    // The anonymous context has not loaded the app yet: localStorage needs the origin.
    if (role === "anonymous") await page.goto("/");
    try {
      expect(await sweep(page, role, paths)).toEqual([]);
    } finally {
      // Later specs sign in as the same people and expect English.
      await chooseLanguage(page, role, "en");
    }
  });
}
