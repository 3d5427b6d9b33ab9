import { expect, test as setup } from "@playwright/test";
import { authFile, npmScript, PASSWORD, people, signIn } from "./support/desk";

// First run: a new installation walks through setup; then the operator CLI adds the others.
setup("a new installation sets up its first administrator, then setup is gone", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin$/);
  await page.getByRole("link", { name: "Create the first administrator" }).click();
  await expect(page).toHaveURL(/\/admin\/setup$/);

  await page.getByLabel("Your name").fill(people.admin.name);
  await page.getByLabel("Email").fill(people.admin.email);
  await page.getByLabel("Password", { exact: true }).fill("qwerty123456");
  await page.getByLabel("Confirm password").fill("qwerty123456");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("This password is too common").first()).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/admin\/login\?notice=setup$/);
  await expect(page.getByText("Your administrator account is ready")).toBeVisible();

  expect((await page.request.get("/admin/setup")).status()).toBe(404);

  await signIn(page, people.admin.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Good to see you");
  await page.context().storageState({ path: authFile("admin") });
});

setup("the operator CLI creates the other desk accounts", async ({ browser }) => {
  // Three runs of the CLI (each starts Node, the Prisma client and an argon2 hash) and three
  // sign-ins: on two busy cores, with another shard building beside it, more than a minute.
  setup.setTimeout(180_000);
  for (const who of ["editor", "author", "contributor"] as const) {
    const p = people[who];
    const result = npmScript("user:create", ["--email", p.email, "--name", p.name, "--role", p.role], `${PASSWORD}\n`);
    expect(result.output).toContain(`Created ${p.role} ${p.email}`);
    expect(result.status).toBe(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/admin/login");
    await signIn(page, p.email);
    await expect(page).toHaveURL(/\/admin$/);
    await context.storageState({ path: authFile(who) });
    await context.close();
  }
});
