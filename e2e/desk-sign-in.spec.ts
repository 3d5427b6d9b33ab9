import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile, people, signIn } from "./support/desk";

test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
  await page.goto("/admin/login");
  await signIn(page, people.editor.email, "not the right password");
  const message = "That email and password don’t match an active account.";
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await signIn(page, "nobody@meridian.test", "not the right password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("signing in returns the user where they were going", async ({ page }) => {
  await page.goto("/admin/profile");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fprofile$/);
  await signIn(page, people.author.email);
  await expect(page).toHaveURL(/\/admin\/profile$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
});

test("a next parameter pointing off the desk is ignored", async ({ page }) => {
  await page.goto(`/admin/login?next=${encodeURIComponent("https://evil.example/admin")}`);
  await signIn(page, people.author.email);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin$/);
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/admin/login");
  await signIn(page, people.contributor.email);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
});

test.describe("desk pages", () => {
  test.use({ storageState: authFile("admin") });

  test("are private: noindex and never cached", async ({ request }) => {
    const response = await request.get("/admin");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toMatch(/no-store|private|no-cache/);
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });

  test("sign-in and dashboard have no serious accessibility violations", async ({ page, browser }) => {
    await page.goto("/admin");
    await expectNoSeriousA11yViolations(page);
    const anonymous = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
    await anonymous.goto("/admin/login");
    await expectNoSeriousA11yViolations(anonymous);
    await anonymous.close();
  });
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/admin/login");
  await signIn(page, people.editor.email);
  await expect(page).toHaveURL(/\/admin$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("broadsheet.session"));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
