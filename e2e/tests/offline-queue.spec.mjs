// The offline write queue: changes made without a connection are saved in IndexedDB with their own
// Idempotency-Key, survive a reload while still offline, and are sent in order when the connection
// returns: exactly N records stored, no duplicates, even when an answer is lost on the way back.
//
// The write is the public `POST /api/client-errors` ("Send this problem to the support team" on the
// error display), the one write a resident can make today and the one that makes sense offline.
// The records are counted in the test's local D1 (the API has no list of reports).
import { execFileSync } from "node:child_process";
import { expect, expectNoAxeViolations, loseFirstAnswer, test } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });

const ROOT = new URL("../../", import.meta.url).pathname;

function countReports() {
  const out = execFileSync(
    "npx",
    [
      "wrangler", "d1", "execute", "DB", "--local", "--persist-to", "target/e2e-state", "--json",
      "--command", "SELECT count(*) AS n FROM client_error_reports",
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: "false",
        WRANGLER_SEND_ERROR_REPORTS: "false",
        CLOUDFLARE_CF_FETCH_ENABLED: "false",
      },
    },
  );
  return JSON.parse(out)[0].results[0].n;
}

async function reportWhileOffline(page) {
  const alert = page.getByRole("alert").filter({ hasText: "We could not reach Wegwijs" });
  await alert.getByRole("button", { name: "Send this problem to the support team" }).click();
  await expect(alert.getByRole("status")).toHaveText(
    "Saved on this device. It will be sent when the connection returns.",
  );
}

test("three changes made offline survive a reload and are stored exactly once", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const before = countReports();
  const pending = page.getByTestId("pending");
  await expect(pending).toBeEmpty();

  await context.setOffline(true);
  // The service worker saves API reads for offline use: without its saved locations (and with the
  // read failing at the network, the worker's own fetches included), the read fails offline and
  // the error display offers the report.
  await context.route("**/api/locations", (route) => route.abort("internetdisconnected"));
  await page.evaluate(async () => {
    for (const key of await caches.keys()) if (key.startsWith("wegwijs-api-")) await caches.delete(key);
  });
  for (let n = 1; n <= 3; n++) {
    await page.reload();
    await reportWhileOffline(page);
    await expect(pending).toHaveText(n === 1 ? "1 change waiting" : `${n} changes waiting`);
  }

  // A reload while still offline: the app starts from the cache and still shows the three.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await expect(pending).toHaveText("3 changes waiting");
  await pending.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Changes on this device" })).toBeVisible();
  await expect(page.getByTestId("pending-entry")).toHaveCount(3);
  await expect(page.getByTestId("pending-entry").first()).toContainText("Problem report for the support team");
  await expect(page.getByTestId("pending-entry").first()).toContainText("Waiting to be sent");
  await expectNoAxeViolations(page);
  expect(countReports()).toBe(before);

  // The first answer is lost on its way back (the API stored the report): the queue must send it
  // again with the same key, and the API replays its answer instead of storing a second report.
  const keys = await loseFirstAnswer(context, "**/api/client-errors");

  await context.unroute("**/api/locations");
  await context.setOffline(false);
  await expect(page.getByTestId("pending-empty")).toBeVisible({ timeout: 20_000 });
  await expect(pending).toBeEmpty();
  expect(countReports()).toBe(before + 3);
  // Four attempts for three changes: the lost one went twice, with the same key.
  expect(keys).toHaveLength(4);
  expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(keys[1]).toBe(keys[0]);
  expect(new Set(keys).size).toBe(3);
  await context.unroute("**/api/client-errors");
});
