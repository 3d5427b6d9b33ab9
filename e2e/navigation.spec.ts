import { expect, test } from "@playwright/test";
import { busiestTag } from "./support/db";

test("a reader goes from a section to a story to its author", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Pakistan", exact: true }).click();
  await expect(page).toHaveURL(/\/pakistan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pakistan");

  const firstStory = page.getByRole("main").getByRole("heading", { level: 2 }).first();
  const title = (await firstStory.textContent())!;
  await firstStory.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveURL(/\/pakistan\/[a-z0-9-]+$/);

  const author = page.locator('a[rel="author"]').first();
  const name = (await author.textContent())!;
  await author.click();
  await expect(page).toHaveURL(/\/author\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
});

test("tag pages paginate without repeating stories", async ({ page }) => {
  const tag = busiestTag();
  await page.goto(`/tag/${tag.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.name);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  const pages = Math.ceil(tag.count / 10);
  await expect(pagination).toContainText(`Page 1 of ${pages}`);

  const seen = new Set<string>();
  for (let n = 1; n <= pages; n++) {
    for (const h of await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()) seen.add(h);
    if (n < pages) {
      await pagination.getByRole("link", { name: /Older stories/ }).click();
      await expect(page).toHaveURL(new RegExp(`\\?page=${n + 1}$`));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        "href",
        new RegExp(`/tag/${tag.slug}\\?page=${n + 1}$`),
      );
    }
  }
  expect(seen.size).toBe(tag.count);
  await expect(pagination.getByRole("link", { name: /Older stories/ })).toHaveCount(0);
  await pagination.getByRole("link", { name: /Newer stories/ }).click();
  await expect(pagination).toContainText(`Page ${pages - 1} of ${pages}`);
});

test("a page number past the end is a 404", async ({ request }) => {
  const tag = busiestTag();
  expect((await request.get(`/tag/${tag.slug}?page=99`)).status()).toBe(404);
  expect((await request.get(`/tag/${tag.slug}?page=zero`)).status()).toBe(404);
});

test("keyboard users can skip straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // The next Tab stop is inside the main content, not the masthead.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(inMain).toBe(true);
});
