// The service worker precaches the app shell from the build's generated list: once installed, the
// app starts without a network, and residents' phones never precache trainer or staff chunks.
import { expect, test } from "./fixtures.mjs";

test.use({ serviceWorkers: "allow" });

test("once the service worker is installed, the app starts offline", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain("/");
  expect(cached.some((url) => /\/app\/[0-9a-f]{16}\/wegwijs_bg\.wasm$/.test(url))).toBe(true);
  expect(cached.filter((url) => /\/(split_|chunk_)[^/]*\.wasm$/.test(url))).toEqual([]);

  // Public reads are saved once the service worker knows nobody is signed in (the first answer of
  // /api/session tells it): from the next load on, the locations are there offline too.
  await page.reload();
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match("/api/locations"))))
    .toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Wegwijs" })).toBeVisible();
  await expect(page.getByTestId("connection")).toContainText("Offline");
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  await context.setOffline(false);
});
