import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { publishedStory, storyBySlug } from "./support/newsroom";

test.describe.configure({ mode: "serial" });

const demoText = "An earlier version of this story said the appeal was a quarter funded.";

test("the demo correction is on the story with its date, and sets the story's modified time", async ({ page }) => {
  const story = storyBySlug("afghanistan-winter-aid-appeal-funding-gap");
  await page.goto(story.path);
  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText(demoText);
  const at = await corrections.locator("time").first().getAttribute("datetime");
  expect(at).toMatch(/^\d{4}-\d\d-\d\dT/);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", at!);
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(jsonLd.find((d) => d["@type"] === "NewsArticle")?.dateModified).toBe(at);
});

test("the corrections page lists corrections newest first, each linking its story, with a feed", async ({ page }) => {
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  const entry = page.getByRole("article").filter({ hasText: demoText });
  await expect(entry.locator("time[datetime]")).toHaveCount(1);
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][href$="/corrections/feed.xml"]'),
  ).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await entry.getByRole("link").click();
  await expect(page.getByRole("region", { name: "Corrections" })).toContainText(demoText);
});

test("a correction published at the desk appears on the story, first on /corrections and in the feed", async ({
  browser,
  request,
}) => {
  const story = publishedStory(3);
  const text = `An earlier version of this story gave the wrong ministry (check ${Date.now()}).`;
  const desk = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await desk.goto(`/admin/articles/${story.id}`);
  await desk.getByLabel("Add a correction").fill(text);
  await desk.getByRole("button", { name: "Publish correction" }).click();
  await expect(desk.getByText("Correction published.")).toBeVisible();
  await desk.context().close();

  const article = await (await request.get(story.path)).text();
  expect(article).toContain(text);
  const log = await browser.newPage();
  await log.goto("/corrections");
  const first = log.getByRole("article").first();
  await expect(first).toContainText(text);
  await expect(first.getByRole("link", { name: story.title })).toHaveAttribute("href", story.path);
  await log.close();

  const feed = await request.get("/corrections/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  const item = xml.split("<item>")[1]!;
  expect(item).toContain(`<description>${text}</description>`);
  expect(item).toContain(`${story.path}</link>`);
  expect(item).toMatch(/<pubDate>\w{3}, \d\d \w{3} \d{4}/);
});
