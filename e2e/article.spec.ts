import { expect, test } from "@playwright/test";
import { articlesWithStatus } from "./support/db";

test.describe("article page", () => {
  test("has the structure of a news story", async ({ page }) => {
    const story = articlesWithStatus("PUBLISHED")[0]!;
    const response = await page.goto(`/${story.sectionSlug}/${story.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(`${story.title} | The Meridian`);

    const article = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\w{10,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/${story.sectionSlug}/${story.slug}$`),
    );

    // Byline links to the author; the author's short bio follows the story.
    const byline = article.locator(`a[rel="author"]`).first();
    const authorName = (await byline.textContent())!;
    await expect(byline).toHaveAttribute("href", /^\/author\//);
    await expect(article.getByRole("region", { name: "About the authors" })).toContainText(authorName);

    // Dateline, and machine-readable publication time.
    await expect(article.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(article.getByText(/^[A-Z][A-Z .'-]+$/).first()).toBeVisible();

    // Body with subheads and a quote.
    expect(await article.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(2);
    await expect(article.locator("blockquote").first()).toBeVisible();

    // Topics link to tag pages.
    const topics = page.getByRole("navigation", { name: "Topics" }).getByRole("link");
    expect(await topics.count()).toBeGreaterThan(0);
    await expect(topics.first()).toHaveAttribute("href", /^\/tag\//);
  });

  test("has a Recent rail of other stories with title, excerpt and Read more", async ({ page }) => {
    const [current, ...others] = articlesWithStatus("PUBLISHED");
    await page.goto(`/${current!.sectionSlug}/${current!.slug}`);
    const rail = page.getByRole("complementary", { name: "Recent" });
    const items = rail.getByRole("article");
    await expect(items).toHaveCount(5);
    await expect(rail.getByRole("link", { name: current!.title, exact: true })).toHaveCount(0);
    await expect(rail.getByRole("heading", { name: others[0]!.title })).toBeVisible();
    for (const item of await items.all()) {
      await expect(item.getByRole("heading", { level: 3 })).toBeVisible();
      await expect(item.locator("p")).not.toBeEmpty();
      await expect(item.getByRole("link", { name: /^Read more/ })).toBeVisible();
    }
  });

  test("an article under the wrong section redirects permanently to its canonical URL", async ({ request }) => {
    const story = articlesWithStatus("PUBLISHED").find((a) => a.sectionSlug !== "business")!;
    const response = await request.get(`/business/${story.slug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // Next 16 repeats the identical Location header on a cache miss; every copy must be canonical.
    const locations = response
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "location")
      .map((h) => h.value);
    expect(new Set(locations)).toEqual(new Set([`/${story.sectionSlug}/${story.slug}`]));
  });
});
