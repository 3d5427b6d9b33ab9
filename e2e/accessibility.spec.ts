import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { articlesWithStatus, busiestTag } from "./support/db";

const story = articlesWithStatus("PUBLISHED")[0]!;
const pages: [string, string, number][] = [
  ["front page", "/", 200],
  ["section page", `/${story.sectionSlug}`, 200],
  ["article page", `/${story.sectionSlug}/${story.slug}`, 200],
  ["tag page", `/tag/${busiestTag().slug}`, 200],
  ["author page", "/author/news-desk", 200],
  ["404 page", "/no-such-page", 404],
];

for (const [name, path, status] of pages) {
  test(`${name} has no serious accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expectNoSeriousA11yViolations(page);
  });
}

test("the article page is accessible in dark mode too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/${story.sectionSlug}/${story.slug}`);
  await expectNoSeriousA11yViolations(page);
});

test("reader pages ship no client components besides Next's runtime", async ({ page }) => {
  await page.goto(`/${story.sectionSlug}/${story.slug}`);
  // Client components appear in the RSC payload as client references ("I[" chunks).
  const html = await page.content();
  const clientRefs = [...html.matchAll(/\\"I\[|"I\[/g)].length;
  expect(clientRefs).toBeLessThanOrEqual(2);
});
