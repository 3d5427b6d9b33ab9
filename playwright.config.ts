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
      args: ["--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Desk accounts are created through the first-run setup and the CLI, once per run.
    { name: "desk-setup", testMatch: /desk\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", dependencies: ["desk-setup"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/`,
    // A production build on a busy two-core machine can take longer than five minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), E2E_DB_FILE: process.env.E2E_DB_FILE, E2E_MEDIA_DIR: process.env.E2E_MEDIA_DIR, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", MOST_READ_SECONDS: "5" },
  },
});
