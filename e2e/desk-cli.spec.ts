import { expect, test } from "@playwright/test";
import { npmScript, PASSWORD, signIn } from "./support/desk";

test("user:create explains a duplicate email, a bad role and a weak password", () => {
  const args = (email: string, role = "EDITOR") => ["--email", email, "--name", "Someone", "--role", role];
  expect(npmScript("user:create", args("cli@meridian.test"), `${PASSWORD}\n`)).toMatchObject({ status: 0 });
  const duplicate = npmScript("user:create", args("CLI@meridian.test"), `${PASSWORD}\n`);
  expect(duplicate.status).toBe(1);
  expect(duplicate.output).toContain("Error: A user with this email address already exists.");
  const badRole = npmScript("user:create", args("other@meridian.test", "OWNER"), `${PASSWORD}\n`);
  expect(badRole.status).toBe(1);
  expect(badRole.output).toContain('Error: Unknown role "OWNER". Use one of: ADMIN, EDITOR, AUTHOR, CONTRIBUTOR.');
  const weak = npmScript("user:create", args("weak@meridian.test"), "short\n");
  expect(weak.status).toBe(1);
  expect(weak.output).toContain("Error: Use at least 12 characters.");
});

test("user:password sets a new password and ends the user's sessions", async ({ page }) => {
  await page.goto("/admin/login");
  await signIn(page, "cli@meridian.test");
  await expect(page).toHaveURL(/\/admin$/);

  const changed = npmScript("user:password", ["--email", "cli@meridian.test"], "a different long passphrase\n");
  expect(changed.output).toContain("Password changed for cli@meridian.test");
  expect(changed.status).toBe(0);

  await page.reload();
  await expect(page).toHaveURL(/\/admin\/login/);
  await signIn(page, "cli@meridian.test", PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await signIn(page, "cli@meridian.test", "a different long passphrase");
  await expect(page).toHaveURL(/\/admin$/);

  const unknown = npmScript("user:password", ["--email", "nobody@meridian.test"], "a different long passphrase\n");
  expect(unknown.status).toBe(1);
  expect(unknown.output).toContain("Error: No user has the email address nobody@meridian.test.");
});
