import { expect, test, type Request } from "@playwright/test";
import { e2eDb } from "./support/db";
import { authFile, people } from "./support/desk";

function roleOf(email: string): string {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT role FROM User WHERE email = ?").get(email) as { role: string }).role;
  } finally {
    db.close();
  }
}

test.describe("a contributor", () => {
  test.use({ storageState: authFile("contributor") });

  test("sees only the desk navigation their role allows", async ({ page }) => {
    await page.goto("/admin");
    const nav = page.getByRole("navigation", { name: "Desk" });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Profile" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  test("gets a 403 page for the users page", async ({ page }) => {
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You don’t have access to this page");
  });
});

test("user-management actions are refused on the server for lower roles and anonymous callers", async ({
  browser,
  playwright,
}) => {
  // Capture the exact request the admin's browser would send to promote the contributor, without sending it.
  const admin = await browser.newContext({ storageState: authFile("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  let captured: Request | null = null;
  await page.route("**/admin/users", async (route) => {
    if (route.request().method() === "POST") {
      captured = route.request();
      await route.abort();
    } else await route.continue();
  });
  const row = page.getByRole("listitem").filter({ hasText: people.contributor.email });
  await row.getByLabel(`Role for ${people.contributor.name}`).selectOption("ADMIN");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  const request = captured as unknown as Request;
  const replay = {
    headers: { ...request.headers(), origin: new URL(request.url()).origin },
    data: request.postDataBuffer() ?? undefined,
  };
  await admin.close();

  for (const state of [authFile("contributor"), authFile("author"), authFile("editor"), undefined]) {
    const api = await playwright.request.newContext({ baseURL: new URL(request.url()).origin, storageState: state });
    const headers = Object.fromEntries(
      Object.entries(replay.headers).filter(([k]) => !["cookie", "content-length"].includes(k)),
    );
    const response = await api.post("/admin/users", { headers, data: replay.data });
    const body = await response.text();
    expect(body, `caller ${state ?? "anonymous"}`).toMatch(/permission to do that|Sign in again/);
    expect(roleOf(people.contributor.email), `caller ${state ?? "anonymous"}`).toBe("CONTRIBUTOR");
    await api.dispose();
  }
});
