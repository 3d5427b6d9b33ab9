import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";
import { npmScript, PASSWORD } from "./support/desk";
import { startSpareServer } from "./support/spare-server";

// The sign-in lock is keyed on the client's address as the server sees it: a client cannot choose
// another by sending X-Forwarded-For (or X-Real-IP) unless TRUSTED_PROXIES says a proxy wrote it.

const WRONG = "That email and password don’t match an active account.";
const LOCKED = "Too many failed sign-in attempts. For your security, sign-in is paused for 15 minutes.";

function createAccount(email: string, name: string) {
  expect(npmScript("user:create", ["--email", email, "--name", name, "--role", "AUTHOR"], `${PASSWORD}\n`).status).toBe(
    0,
  );
}

/** One attempt from the sign-in form, claiming to come from `forged`. */
async function attemptFrom(page: Page, forged: string, email: string, password: string) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": forged, "X-Real-IP": forged });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

function auditAddresses(email: string): string[] {
  const db = e2eDb();
  try {
    const rows = db
      .prepare("SELECT DISTINCT ip FROM AuditEvent WHERE action LIKE 'auth.sign-in%' AND meta LIKE ?")
      .all(`%"${email}"%`) as { ip: string }[];
    return rows.map((r) => r.ip);
  } finally {
    db.close();
  }
}

test("a fresh forged X-Forwarded-For per try neither dodges nor resets the lock", async ({ page }) => {
  const email = "forger-target@meridian.test";
  createAccount(email, "Fenna Forged");
  await page.goto("/admin/login");
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 1; i <= 9; i++) {
    await attemptFrom(page, `198.51.100.${i}`, email, `wrong password ${i}`);
    await expect(alert).toHaveText(WRONG);
  }
  await attemptFrom(page, "198.51.100.10", email, "wrong password 10");
  await expect(alert).toHaveText(LOCKED);

  // A new address in the header, and the right password: still locked.
  await attemptFrom(page, "203.0.113.200", email, PASSWORD);
  await expect(alert).toHaveText(LOCKED);
  await expect(page).toHaveURL(/\/admin\/login/);

  // The audit trail names the address the server saw, never the forged ones.
  expect(auditAddresses(email)).toEqual(["127.0.0.1"]);
});

test("behind one trusted proxy, only the entry the proxy appended counts", async ({ playwright }) => {
  const email = "proxied@meridian.test";
  createAccount(email, "Pia Proxied");
  const port = Number(process.env.E2E_PORT || 3100) + 3;
  // The suite's build, database and origin, so the server keeps the suite's caches.
  const server = await startSpareServer(port, process.env.E2E_DB_FILE!, {
    siteUrl: `http://127.0.0.1:${process.env.E2E_PORT || 3100}`,
    env: { TRUSTED_PROXIES: "1" },
  });
  try {
    const http = await playwright.request.newContext({ baseURL: server.url });
    const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await http.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "not the password", json: "true" },
      // The client wrote the first entry; the proxy (trusted, one hop) appended the second.
      headers: { "X-Forwarded-For": "6.6.6.6, 203.0.113.77" },
      maxRedirects: 0,
    });
    expect(answer.status()).toBeLessThan(500);
    expect(auditAddresses(email)).toEqual(["203.0.113.77"]);
    await http.dispose();
  } finally {
    server.kill("SIGTERM");
    await server.exited;
  }
});
