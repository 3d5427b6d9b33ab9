import { expect, test } from "@playwright/test";
import { articlesWithStatus } from "./support/db";

test.describe("front page", () => {
  test("shows the lead story, latest stories and a block per section", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("The Meridian");

    const top = page.getByRole("region", { name: "Top stories" });
    const lead = top.getByRole("article").first();
    await expect(lead.getByRole("heading", { level: 3 })).toBeVisible();
    await expect(lead.getByRole("img")).toBeVisible();

    const latest = page.getByRole("region", { name: "Latest" });
    expect(await latest.getByRole("listitem").count()).toBeGreaterThanOrEqual(5);

    const nav = page.getByRole("navigation", { name: "Sections" });
    const sectionNames = await nav.getByRole("link").allTextContents();
    expect(sectionNames.length).toBeGreaterThanOrEqual(7);
    for (const name of sectionNames) {
      await expect(page.getByRole("region", { name, exact: true }), `block for ${name}`).toBeVisible();
    }
  });

  test("the newest published story is on the page and links to its canonical URL", async ({ page }) => {
    const newest = articlesWithStatus("PUBLISHED")[0]!;
    await page.goto("/");
    const link = page.getByRole("link", { name: newest.title, exact: true }).first();
    await expect(link).toHaveAttribute("href", `/${newest.sectionSlug}/${newest.slug}`);
  });
});
