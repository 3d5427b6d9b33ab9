import { expect, test } from "@playwright/test";
import { authFile, PASSWORD, signIn } from "./support/desk";

test.describe.configure({ mode: "serial" });

test("an admin adds a user, who sets a password with the one-time link and signs in", async ({ browser }) => {
  const admin = await browser.newPage({ storageState: authFile("admin") });
  await admin.goto("/admin/users");
  const form = admin.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill("Nadia Newcomer");
  await form.getByLabel("Email").fill("Nadia@Meridian.test");
  await form.getByLabel("Role").selectOption("AUTHOR");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText("Nadia Newcomer can now set a password");
  const link = (await form.getByText(/\/admin\/reset\//).textContent())!.replace("One-time password link: ", "").trim();

  // The same email in another case is a duplicate.
  await form.getByLabel("Name").fill("Nadia Again");
  await form.getByLabel("Email").fill("nadia@meridian.test");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toContainText("already exists");
  await admin.close();

  const newcomer = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Set your password");
  await newcomer.getByLabel("New password").fill(PASSWORD);
  await newcomer.getByLabel("Confirm password").fill(PASSWORD);
  await newcomer.getByRole("button", { name: "Set password" }).click();
  await expect(newcomer).toHaveURL(/\/admin\/login\?notice=password$/);
  await signIn(newcomer, "nadia@meridian.test");
  await expect(newcomer.getByText("Nadia Newcomer · Author")).toBeVisible();

  // The link works once.
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await newcomer.close();
});

test("deactivating a user ends their live session at once", async ({ browser }) => {
  const member = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await member.goto("/admin/login");
  await signIn(member, "nadia@meridian.test");
  await expect(member).toHaveURL(/\/admin$/);

  const admin = await browser.newPage({ storageState: authFile("admin") });
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: "nadia@meridian.test" });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toContainText("Account deactivated");

  await member.goto("/admin/profile");
  await expect(member).toHaveURL(/\/admin\/login/);
  await signIn(member, "nadia@meridian.test");
  await expect(member.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password don’t match an active account.",
  );

  await row.getByRole("button", { name: "Reactivate" }).click();
  await expect(row.getByRole("status")).toContainText("Account reactivated");
  await admin.close();
  await member.close();
});

test("a role change ends the user's session and takes effect on the next sign-in", async ({ browser }) => {
  const member = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await member.goto("/admin/login");
  await signIn(member, "nadia@meridian.test");
  await expect(member.getByText("Nadia Newcomer · Author")).toBeVisible();

  const admin = await browser.newPage({ storageState: authFile("admin") });
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: "nadia@meridian.test" });
  await row.getByLabel("Role for Nadia Newcomer").selectOption("EDITOR");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toContainText("Role changed");
  await admin.close();

  await member.reload();
  await expect(member).toHaveURL(/\/admin\/login/);
  await signIn(member, "nadia@meridian.test");
  await expect(member.getByText("Nadia Newcomer · Editor")).toBeVisible();
  await member.close();
});

test("the last active administrator cannot be demoted", async ({ browser }) => {
  const admin = await browser.newPage({ storageState: authFile("admin") });
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: "chief@meridian.test" });
  await row.getByLabel("Role for Chief Editor").selectOption("EDITOR");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toContainText("last active administrator");
  await admin.close();
});

test("a byline author gets a password link, signs in and edits the bio shown on their public page", async ({
  browser,
}) => {
  const admin = await browser.newPage({ storageState: authFile("admin") });
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: "daniel.okafor@" });
  await row.getByRole("button", { name: "Create password link" }).click();
  const link = (await row.getByText(/\/admin\/reset\//).textContent())!.replace("One-time password link: ", "").trim();
  await admin.close();

  const daniel = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await daniel.goto(new URL(link).pathname);
  await daniel.getByLabel("New password").fill(PASSWORD);
  await daniel.getByLabel("Confirm password").fill(PASSWORD);
  await daniel.getByRole("button", { name: "Set password" }).click();
  await signIn(daniel, "daniel.okafor@meridian.example");
  await daniel.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Profile" }).click();
  const bio = "Daniel Okafor reports on diplomacy from Geneva and New York, and on the Gulf's mediation efforts.";
  await daniel.getByLabel("Bio").fill(bio);
  await daniel.getByRole("button", { name: "Save profile" }).click();
  await expect(daniel.getByRole("status").first()).toHaveText("Profile saved.");

  await daniel.goto("/author/daniel-okafor");
  await expect(daniel.getByRole("main")).toContainText(bio);
  await daniel.close();
});
