import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { npmScript, PASSWORD } from "./support/desk";

const email = "throttled@meridian.test";
const WRONG = "That email and password don’t match an active account.";
const LOCKED = "Too many failed sign-in attempts. For your security, sign-in is paused for 15 minutes.";

/** One sign-in attempt, waiting until the form is ready again (so each answer is its own). */
async function attempt(page: Page, address: string, password: string) {
  await page.getByLabel("Email").fill(address);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

function count(sql: string, ...args: unknown[]): number {
  const db = e2eDb();
  try {
    return (db.prepare(sql).get(...args) as { n: number }).n;
  } finally {
    db.close();
  }
}

test("ten failed sign-ins lock the account for this address, even with the right password", async ({ page }) => {
  expect(
    npmScript("user:create", ["--email", email, "--name", "Thea Throttled", "--role", "AUTHOR"], `${PASSWORD}\n`)
      .status,
  ).toBe(0);
  await page.goto("/admin/login");
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 1; i <= 9; i++) {
    await attempt(page, email, `wrong password ${i}`);
    await expect(alert).toHaveText(WRONG);
  }
  await attempt(page, email, "wrong password 10");
  await expect(alert).toHaveText(LOCKED);

  await attempt(page, email, PASSWORD);
  await expect(alert).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/admin\/login/);

  // The lock lives in the database; failures and the refused attempt are in the audit trail.
  expect(
    count("SELECT COUNT(*) AS n FROM AuditEvent WHERE action = 'auth.sign-in.failed' AND meta LIKE ?", `%${email}%`),
  ).toBe(10);
  expect(
    count("SELECT COUNT(*) AS n FROM AuditEvent WHERE action = 'auth.sign-in.locked' AND meta LIKE ?", `%${email}%`),
  ).toBe(1);
  expect(
    count(
      "SELECT COUNT(*) AS n FROM AuditEvent a JOIN User u ON u.id = a.entityId WHERE a.action = 'auth.sign-in' AND u.email = ?",
      email,
    ),
  ).toBe(0);
  expect(
    count("SELECT COUNT(*) AS n FROM LoginThrottle WHERE key LIKE ? AND lockedUntil IS NOT NULL", `${email}|%`),
  ).toBe(1);
});

test("a locked-out unknown email gets the same message as a real one", async ({ page }) => {
  await page.goto("/admin/login");
  for (let i = 1; i <= 9; i++) await attempt(page, "ghost@meridian.test", `guess ${i}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(WRONG);
  await attempt(page, "ghost@meridian.test", "guess 10");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(LOCKED);
});
