// Failures are explained, never a blank page: the error display, retry, and reporting the problem
// to the support team (which stores a real row through the real API).
import { expect, expectNoAxeViolations, test } from "./fixtures.mjs";

test("a failed API call shows the error display; retry recovers", async ({ page }) => {
  // The network drops the first call (what a resident on patchy data sees); nothing else is faked.
  let dropped = 0;
  await page.route("**/api/locations", async (route) => {
    if (dropped === 0) {
      dropped += 1;
      await route.abort("internetdisconnected");
    } else {
      await route.continue();
    }
  });
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("We could not reach Wegwijs");
  await expectNoAxeViolations(page);
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("locations").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the problem can be sent to the support team and gets a reference number", async ({ page, request }) => {
  await page.route("**/api/locations", (route) => route.abort("internetdisconnected"));
  await page.goto("/");
  await page.getByRole("button", { name: "Send this problem to the support team" }).click();
  const status = page.getByText(/Sent\. Your reference number is [0-9a-f]{32}\./);
  await expect(status).toBeVisible();
  await expect(page.getByRole("button", { name: "Send this problem to the support team" })).toBeDisabled();
});

test("an API error document reaches the user with its request id", async ({ request }) => {
  // The real API's answer to an unknown route, as the client receives it.
  const response = await request.get("/api/nope");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  expect(problem.request_id).toMatch(/^[0-9a-f]{32}$/);
});

test("going offline is shown in the header", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.getByTestId("connection")).toHaveText(/Online/);
  await context.setOffline(true);
  await expect(page.getByTestId("connection")).toContainText("Offline");
  await context.setOffline(false);
  await expect(page.getByTestId("connection")).toHaveText(/Online/);
});
