import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";

test.use({ storageState: authFile("editor") });

function publishedStoryWithAuthor(): { title: string; author: string } {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT a.title, u.name AS author FROM Article a JOIN ArticleAuthor aa ON aa.articleId = a.id AND aa.position = 0 JOIN User u ON u.id = aa.userId
         WHERE a.status = 'PUBLISHED' AND a.deletedAt IS NULL ORDER BY a.publishedAt ASC LIMIT 1`,
      )
      .get() as { title: string; author: string };
  } finally {
    db.close();
  }
}

test("the articles list filters by status and author, sorts, pages and searches", async ({ page }) => {
  const story = publishedStoryWithAuthor();
  await page.goto("/admin/articles");
  const filters = page.getByRole("search", { name: "Filter articles" });
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 1 of");

  await filters.getByLabel("Status").selectOption({ label: "Published" });
  await filters.getByLabel("Author").selectOption({ label: story.author });
  await filters.getByLabel("Sort").selectOption({ label: "Headline" });
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=PUBLISHED/);
  const rows = page
    .getByRole("table", { name: "Articles" })
    .getByRole("row")
    .filter({ has: page.getByRole("link") });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row.getByRole("cell").nth(1)).toHaveText("Published");
    await expect(row.getByRole("cell").nth(3)).toContainText(story.author);
  }
  const titles = await rows.getByRole("link").allTextContents();
  expect(titles).toEqual([...titles].sort());

  await filters.getByRole("searchbox", { name: "Search" }).fill(story.title.split(" ").slice(0, 3).join(" "));
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(rows.filter({ has: page.getByRole("link", { name: story.title, exact: true }) })).toHaveCount(1);
  await rows.getByRole("link", { name: story.title, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(story.title);
});
