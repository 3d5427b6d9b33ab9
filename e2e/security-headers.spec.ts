import { expect, test, type Page } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, waitSaved } from "./support/editor";

// The Content-Security-Policy is enforced by the browser on every page a reader or the desk
// opens, and nothing on them trips it: the framework's inline scripts are allowed by hash,
// everything else is refused. Each test records every violation the page reports.

async function watchViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      );
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test("reader pages carry the security headers and run under the policy without a violation", async ({ page }) => {
  const violations = await watchViolations(page);
  const front = await page.goto("/");
  const headers = front!.headers();
  const csp = headers["content-security-policy"];
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "img-src 'self' data: blob:",
    "frame-src https://www.youtube-nocookie.com",
  ]) {
    expect(csp).toContain(directive);
  }
  // Inline scripts only by hash: no 'unsafe-inline', no 'unsafe-eval'.
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // SITE_URL is plain http in the suite: no HSTS, which would lock the site out of http.
  expect(headers["strict-transport-security"]).toBeUndefined();

  // The page works: client-side navigation (hydrated React) to a story and its section.
  const story = page.getByRole("main").getByRole("article").first().getByRole("link").first();
  await story.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const article = await page.reload();
  expect(article!.headers()["content-security-policy"]).toContain("object-src 'none'");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto("/search?q=election");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const box = page.getByRole("main").getByRole("searchbox").first();
  await box.fill("water");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=water/);
  expect(violations).toEqual([]);
});

test("a page from the page cache keeps the policy with its own script hashes", async ({ request }) => {
  // A section page: the front page carries "Most read", which the suite refreshes every 5 s, so
  // under load its stored copy can expire between two requests.
  const first = await request.get("/world");
  const second = await request.get("/world");
  expect(second.headers()["x-broadsheet-cache"]).toBe("HIT");
  expect(second.headers()["content-security-policy"]).toBe(first.headers()["content-security-policy"]);
  expect(second.headers()["x-request-id"]).not.toBe(first.headers()["x-request-id"]);
});

test("API, media and static responses carry the headers too", async ({ request }) => {
  for (const path of ["/api/auth/session", "/robots.txt", "/feed.xml", "/icon"]) {
    const res = await request.get(path);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["x-powered-by"], path).toBeUndefined();
  }
});

test("the desk editor types and saves under the policy without a violation", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile("author") });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  await newArticle(page);
  await page.getByLabel("Headline").fill("Policy check: the desk still saves");
  await body(page).click();
  await page.keyboard.type("A paragraph typed under the Content-Security-Policy.");
  await waitSaved(page);
  await page.reload();
  await expect(body(page)).toContainText("typed under the Content-Security-Policy");
  await page.goto("/admin/media");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test("the health check reports the database up and no migration pending, never cached", async ({ request }) => {
  const res = await request.get("/api/health", { headers: { "x-request-id": "monitor-probe-0001" } });
  expect(res.status()).toBe(200);
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(res.headers()["x-request-id"]).toBe("monitor-probe-0001");
  expect(await res.json()).toEqual({ ok: true, database: "up", pendingMigrations: [] });
});
