// Playwright in Debian's Chromium (never Playwright's own browser download), against the real
// Worker on workerd with a fresh, migrated and seeded local D1 (scripts/e2e-server.sh).
import { defineConfig } from "@playwright/test";

// 8788 unless WEGWIJS_E2E_PORT says otherwise (two checkouts testing side by side).
const PORT = Number(process.env.WEGWIJS_E2E_PORT ?? 8788);

export default defineConfig({
  testDir: "./tests",
  outputDir: "../target/e2e-artifacts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry absorbs a rare stall of `wrangler dev` (once in several full runs a page waited on
  // the local server until the test's time ran out). The failed attempt's trace is kept under
  // target/e2e-artifacts, and scripts/test.sh names every test that needed the retry as flaky, so
  // none passes silently. A test that fails twice fails.
  retries: 1,
  reporter: [["list"], ["json", { outputFile: "../target/e2e-results.json" }]],
  use: {
    trace: "retain-on-first-failure",
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: "block",
    // English chosen already: the first-start language picker is tested on its own (language.spec).
    storageState: {
      cookies: [],
      origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: "wegwijs.language", value: "en" }] }],
    },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "bash scripts/e2e-server.sh",
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
