import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";

test.use({ storageState: authFile("editor") });

test("tags: an editor adds one, changes its address with a redirect, and deletes it while unused", async ({
  page,
  request,
}) => {
  await page.goto("/admin/tags");
  await page.getByRole("region", { name: "Add a tag" }).getByLabel("Name").fill("Ferry Services");
  await page.getByRole("button", { name: "Add tag" }).click();
  const form = page.getByRole("form", { name: "Edit tag Ferry Services" });
  await expect(form).toBeVisible();
  const row = page.getByRole("listitem").filter({ has: form });
  await expect(row).toContainText("0 articles");
  // An unused tag has nothing to move before it goes.
  await expect(row.getByLabel("Move its articles to")).toHaveCount(0);

  await form.getByLabel("Slug").fill("ferries");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText("/tag/ferry-services now redirects to /tag/ferries");
  const old = await request.get("/tag/ferry-services", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toContain("/tag/ferries");

  await row.getByRole("button", { name: "Delete Ferry Services" }).click();
  await expect(page.getByRole("form", { name: "Edit tag Ferry Services" })).toHaveCount(0);

  // A tag stories use can only be deleted by moving them to another.
  const used = page
    .getByRole("listitem")
    .filter({ hasText: /[1-9]\d* articles/ })
    .first();
  await expect(used.getByLabel("Move its articles to")).toBeVisible();
});
