// The language remembered on the account, and queued changes that belong to the person who made
// them. Amal's account ends each test on English again, so the specs after this one see English.
import { resident } from "../../edge-api/itest/demo.mjs";
import { expect, expectNoAxeViolations, signInResident, test } from "./fixtures.mjs";

const amal = resident("acct-res-amal");
const dawit = resident("acct-res-dawit");
const LANGUAGE_API = "**/api/me/language";

/** The account's language as the API has it (the page's cookies). */
async function accountLanguage(page) {
  const response = await page.request.get("/api/session");
  return (await response.json())?.language ?? null;
}

/** Picks `name` from the header's language page (in-app navigation: no reload). */
async function choose(page, linkName, name) {
  await page.getByRole("link", { name: linkName }).click();
  await page.getByTestId("language-list").getByRole("button", { name, exact: true }).click();
}

test("chosen while signed in, the language comes back at the next sign-in, whatever the device was set to", async ({
  page,
}) => {
  const puts = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/me/language")) puts.push(r.postData());
  });
  await signInResident(page, amal);
  // An account without a language takes the device's (English here).
  await expect.poll(() => accountLanguage(page)).toBe("en");

  const saved = page.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 200);
  await choose(page, "Language", "العربية");
  await saved;
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  expect(await accountLanguage(page)).toBe("ar");
  // The queue forgets the change a moment after its answer: signing out before that would
  // (rightly) ask about an unsent change.
  await expect(page.getByTestId("pending")).toBeEmpty();

  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("sign-out")).toBeHidden();
  // Signed out, the device keeps its own choice and tells nobody.
  const before = puts.length;
  await choose(page, "اللغة", "English");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Wegwijs");
  expect(puts.length).toBe(before);

  await signInResident(page, amal);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);

  const restored = page.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 200);
  await choose(page, "اللغة", "English");
  await restored;
  expect(await accountLanguage(page)).toBe("en");
});

test("a change queued by someone who signs out waits for them: never sent under another session, sent once when they return", async ({
  page,
  context,
}) => {
  await signInResident(page, amal);
  await expect.poll(() => accountLanguage(page)).toBe("en");

  // No connection for this route: Amal's change stays in the queue.
  let reachable = false;
  const attempts = []; // { key, who } per request that reached the network layer
  await context.route(LANGUAGE_API, async (route) => {
    const request = route.request();
    const key = request.headers()["idempotency-key"];
    if (!reachable) {
      attempts.push({ key, sent: false });
      await route.abort("internetdisconnected");
      return;
    }
    const response = await route.fetch();
    attempts.push({ key, sent: true, status: response.status(), body: request.postData() });
    await route.fulfill({ response });
  });
  await choose(page, "Language", "Nederlands");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByTestId("pending")).toHaveText("1 wijziging wacht");
  const amalsKey = attempts[0].key;
  expect(amalsKey).toMatch(/^[0-9a-f-]{36}$/);

  // Signing out says how many of her changes wait, and lets her choose.
  await page.getByTestId("sign-out").click();
  const question = page.getByTestId("sign-out-unsent");
  await expect(question).toContainText("1 wijziging van jou is nog niet verstuurd.");
  await expect(question.getByRole("button", { name: "Nu versturen" })).toBeVisible();
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Toch uitloggen" }).click();
  await expect(page.getByTestId("sign-out")).toBeHidden();

  // Kept, shown as waiting for its owner, and no longer counted for whoever uses the device now.
  await expect(page.getByTestId("pending")).toBeEmpty();
  await page.goto("/pending");
  const entry = page.getByTestId("pending-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute("data-held", "true");
  await expect(entry).toContainText("Wacht tot de persoon die deze wijziging maakte hier weer inlogt");
  await expect(entry.getByRole("button")).toHaveCount(0);

  // The connection is back and Dawit signs in on the same phone (the device reset to English).
  reachable = true;
  await choose(page, "Taal", "English");
  await signInResident(page, dawit);
  await page.waitForTimeout(3_000);
  expect(attempts.filter((a) => a.sent && a.key === amalsKey)).toEqual([]);
  await page.goto("/pending");
  await expect(page.getByTestId("pending-entry")).toHaveAttribute("data-held", "true");
  expect(await accountLanguage(page)).not.toBe("nl");
  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("sign-out")).toBeHidden();

  // Amal again: her change goes, under her session, exactly once, and the device follows it.
  await signInResident(page, amal);
  await expect.poll(() => attempts.filter((a) => a.sent && a.key === amalsKey).length).toBe(1);
  expect(attempts.find((a) => a.sent && a.key === amalsKey)).toMatchObject({ status: 200, body: '{"language":"nl"}' });
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect.poll(() => accountLanguage(page)).toBe("nl");
  await expect(page.getByTestId("pending")).toBeEmpty();

  const restored = page.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 200);
  await choose(page, "Taal", "English");
  await restored;
  expect(await accountLanguage(page)).toBe("en");
});

test("a refusal of the previous person's change, answered after the next person signed in, does not sign them out", async ({
  page,
  context,
}) => {
  await signInResident(page, amal);
  await expect.poll(() => accountLanguage(page)).toBe("en");

  // Amal's change finds no connection until the sign-in page is open (so it waits in the queue);
  // sent from there, it stays on its way until Dawit has signed in on this phone, and is then
  // refused as a request of a session that has ended (hers was closed elsewhere meanwhile).
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let held = 0;
  let amalsKey = null;
  await context.route(LANGUAGE_API, async (route) => {
    const headers = await route.request().allHeaders();
    amalsKey ??= headers["idempotency-key"];
    if (headers["idempotency-key"] !== amalsKey) return route.continue(); // Dawit's own, if any
    if (!route.request().frame().url().endsWith("/sign-in")) return route.abort("internetdisconnected");
    held += 1;
    await released;
    const problem = { type: "/problems/unauthenticated", title: "Please sign in", status: 401 };
    await route
      .fulfill({ status: 401, contentType: "application/problem+json", body: JSON.stringify(problem) })
      .catch(() => {}); // a copy whose page has gone
  });
  await choose(page, "Language", "Nederlands");
  await expect(page.getByTestId("pending")).toHaveText("1 wijziging wacht");

  // The sign-in page loads the app again, and its queue sends Amal's change: held.
  await page.goto("/sign-in");
  await expect.poll(() => held).toBe(1);
  // The device follows Amal's choice (Dutch) until Dawit's session says otherwise.
  await page.getByLabel("Bewonersnummer").fill(dawit.resident_number);
  await page.getByLabel("Pincode", { exact: true }).fill(dawit.pin);
  const signedIn = page.waitForResponse((r) => r.url().endsWith("/api/auth/resident-sign-in") && r.status() === 200);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await signedIn;
  await expect(page.getByTestId("sign-out")).toBeVisible();

  const refused = page.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 401);
  release();
  await refused;
  // Whoever asks the API now, the page and the queue keep Dawit signed in.
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId("sign-out")).toBeVisible();
  expect((await (await page.request.get("/api/session")).json())?.account_id).toBe(dawit.id);
  await page.goto("/pending");
  await expect(page.getByTestId("pending-entry")).toHaveAttribute("data-held", "true");

  await context.unroute(LANGUAGE_API);
  await page.getByTestId("sign-out").click();
  await expect(page.getByTestId("sign-out")).toBeHidden();
  // Amal's change is hers: delivered when she is back, then English again for the specs after.
  await signInResident(page, amal);
  await expect.poll(() => accountLanguage(page)).toBe("nl");
  const restored = page.waitForResponse((r) => r.url().endsWith("/api/me/language") && r.status() === 200);
  await choose(page, "Taal", "English");
  await restored;
  expect(await accountLanguage(page)).toBe("en");
});
