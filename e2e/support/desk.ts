import { spawnSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "lantern orchard 42 quietly";

export const people = {
  admin: { email: "chief@meridian.test", name: "Chief Editor", role: "ADMIN" },
  editor: { email: "editor@meridian.test", name: "Eda Editor", role: "EDITOR" },
  author: { email: "author@meridian.test", name: "Arun Author", role: "AUTHOR" },
  contributor: { email: "contrib@meridian.test", name: "Cora Contributor", role: "CONTRIBUTOR" },
} as const;
export type Person = keyof typeof people;

/** Signed-in browser state per suite port: shards side by side have their own databases and accounts. */
export const authFile = (who: Person) => `e2e/.auth/${process.env.E2E_PORT || 3100}/${who}.json`;

/** Runs one of the package's npm scripts the way an operator would, against the e2e database. */
export function npmScript(script: string, args: string[], stdin: string) {
  const result = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    input: stdin,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || `file:./${process.env.E2E_DB_FILE}` },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInFresh(page: Page, email: string, password = PASSWORD, next = "/admin") {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await signIn(page, email, password);
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, "\\?")}$`));
}
