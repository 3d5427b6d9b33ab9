import { expect, test } from "@playwright/test";
import { articlesWithStatus } from "./support/db";

test("an unknown path gets the designed 404 page with a real 404 status", async ({ page }) => {
  for (const path of [
    "/no-such-section",
    "/world/no-such-story",
    "/a/b/c",
    "/tag/no-such-tag",
    "/author/no-such-person",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
    await expect(page.locator(`meta[name="robots"]`)).toHaveAttribute("content", /noindex/);
  }
});

test.describe("stories readers must never see", () => {
  const hidden = ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"].flatMap((status) =>
    articlesWithStatus(status).map((a) => ({ ...a, status })),
  );

  test("the demo has each kind of unpublished story", () => {
    expect(new Set(hidden.map((h) => h.status))).toEqual(new Set(["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"]));
  });

  test("each answers 404 at its would-be URL", async ({ request }) => {
    for (const a of hidden) {
      expect((await request.get(`/${a.sectionSlug}/${a.slug}`)).status(), `${a.status} ${a.slug}`).toBe(404);
    }
  });

  test("none is listed on the front page or its section page", async ({ request }) => {
    const pages = ["/", ...new Set(hidden.map((a) => `/${a.sectionSlug}`))];
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      for (const a of hidden) {
        expect(html, `${a.slug} on ${path}`).not.toContain(a.slug);
        // Other specs leave untitled drafts behind: they have no headline that could leak.
        for (const title of [a.title].filter(Boolean))
          expect(html, `${title} on ${path}`).not.toContain(title.replace(/&/g, "&amp;"));
      }
    }
  });
});
