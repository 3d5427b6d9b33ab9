import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const E2E_BASE_URL = `http://127.0.0.1:${PORT}`;
// One database and build per port, so two suites can run side by side.
process.env.E2E_DB_FILE ??= `data/e2e-${PORT}.db`;
process.env.E2E_MEDIA_DIR ??= `data/e2e-${PORT}-media`;

// Debian's Chromium where it is installed; otherwise Playwright's own (`npx playwright install chromium`).
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // Shards running side by side (scripts/test-e2e.ts) each keep their own results.
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium,
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Desk accounts are created through the first-run setup and the CLI, once per run.
    { name: "desk-setup", testMatch: /desk\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["desk-setup"],
      testIgnore: /(smoke|editor-cluster)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
    // Reader and desk basics that need nothing but HTTP: also run on PostgreSQL by .ci/run
    // (E2E_DATABASE_URL=postgresql://… npx playwright test --project smoke).
    { name: "smoke", testMatch: /smoke\.spec\.ts/, use: { ...devices["Desktop Chrome"] } },
    // Co-editing across two server instances through Redis: only with a Redis server to use
    // (E2E_REDIS_URL=redis://… npx playwright test --project cluster, as .ci/run does).
    ...(process.env.E2E_REDIS_URL
      ? [
          {
            name: "cluster",
            dependencies: ["desk-setup"],
            testMatch: /editor-cluster\.spec\.ts/,
            use: { ...devices["Desktop Chrome"] },
          },
        ]
      : []),
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/`,
    // A clean production build on two busy cores can take several minutes.
    timeout: 900_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      E2E_PORT: String(PORT),
      E2E_DB_FILE: process.env.E2E_DB_FILE,
      E2E_MEDIA_DIR: process.env.E2E_MEDIA_DIR,
      ...(process.env.E2E_DATABASE_URL ? { E2E_DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
      // Suites side by side on one Redis server keep their channels apart.
      ...(process.env.E2E_REDIS_URL ? { REDIS_URL: process.env.E2E_REDIS_URL, REDIS_PREFIX: `e2e-${PORT}` } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // The "Most read" rail refreshes every 5 seconds in the suite, not every 5 minutes.
      MOST_READ_SECONDS: "5",
    },
  },
});
