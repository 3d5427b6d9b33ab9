import { expect, test } from "@playwright/test";
import { nextDay, startOfDay } from "../lib/search/params";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { commonWord, countMatches, siteTimeZone, stories, unpublishedStories } from "./support/search-db";

const STOP = new Set(["about", "after", "their", "there", "which", "would", "could", "while", "where"]);
/** The longest plain word of a headline: distinctive enough to search for. */
const longestWord = (title: string) =>
  (title.match(/\b[A-Za-z]{5,}\b/g) ?? [])
    .filter((w) => !STOP.has(w.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0]!;
const found = (n: number) => new RegExp(`^${n.toLocaleString("en")} stor(y|ies) found`);

test.describe("search", () => {
  test("the masthead search finds a story by a word of its headline, highlighted", async ({ page }) => {
    const story = stories()[0]!;
    const word = longestWord(story.title);
    await page.goto("/");
    await page.getByRole("search").getByRole("searchbox", { name: "Search stories" }).fill(word);
    await page.getByRole("search").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(page).toHaveTitle(new RegExp(`^Search: ${word}`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    const results = page.getByRole("list", { name: "Search results" });
    const link = results.getByRole("link", { name: story.title, exact: true });
    await expect(link).toHaveAttribute("href", `/${story.sectionSlug}/${story.slug}`);
    await expect(link.locator("mark").first()).toHaveText(new RegExp(`^${word}$`, "i"));
    await expect(page.getByRole("status")).toHaveText(found(countMatches(`"${word}"`)));
  });

  test("a quoted phrase finds the stories with those words together, the headline match first", async ({ page }) => {
    const story = stories().find((s) => /\b[A-Za-z]{4,} [A-Za-z]{4,}\b/.test(s.title))!;
    const phrase = story.title.match(/\b[A-Za-z]{4,} [A-Za-z]{4,}\b/)![0];
    await page.goto(`/search?q=${encodeURIComponent(`"${phrase}"`)}`);
    const results = page.getByRole("list", { name: "Search results" });
    await expect(results.getByRole("heading", { level: 2 }).first()).toHaveText(story.title);
    await expect(page.getByRole("status")).toHaveText(found(countMatches(`"${phrase}"`)));
  });

  test("a word's beginning followed by * matches its endings", async ({ page }) => {
    const { word } = commonWord(2);
    const stem = word.slice(0, 5);
    await page.goto(`/search?q=${stem}*`);
    await expect(page.getByRole("status")).toHaveText(found(countMatches(`"${stem}" *`)));
  });

  test("filters by section and by date, then clears them", async ({ page }) => {
    const { word, count } = commonWord(10);
    const section = stories().find((s) => countMatches(`"${word}"`, { sectionSlug: s.sectionSlug }) > 0)!;
    await page.goto(`/search?q=${word}`);
    await expect(page.getByRole("status")).toHaveText(found(count));

    await page.getByLabel("Section", { exact: true }).selectOption({ label: section.sectionName });
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    const inSection = countMatches(`"${word}"`, { sectionSlug: section.sectionSlug });
    await expect(page.getByRole("status")).toHaveText(found(inSection));
    const results = page.getByRole("list", { name: "Search results" });
    const shown = await results.getByRole("article").all();
    expect(shown.length).toBe(Math.min(10, inSection));
    for (const story of shown) await expect(story.getByRole("paragraph").first()).toHaveText(section.sectionName);

    // One calendar day, in the publication's time zone.
    const tz = siteTimeZone();
    const dayOf = (d: Date) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
    // A story from an earlier day: other suites publish stories today, while this one runs.
    const newest = stories().find(
      (s) => s.bodyText.toLowerCase().includes(word) && dayOf(new Date(s.publishedAt)) < dayOf(new Date()),
    )!;
    const day = dayOf(new Date(newest.publishedAt));
    // Clearing the filters returns to the plain query.
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(`/search?q=${word}`);
    await expect(page.getByRole("status")).toHaveText(found(count));
    await page.getByLabel("From", { exact: true }).fill(day);
    await page.getByLabel("To", { exact: true }).fill(day);
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(`/search?q=${word}&section=&from=${day}&to=${day}`);
    const onDay = countMatches(`"${word}"`, { from: startOfDay(day, tz), to: startOfDay(nextDay(day), tz) });
    await expect(page.getByRole("status")).toHaveText(found(onDay));
    await expect(page.getByRole("link", { name: newest.title, exact: true })).toBeVisible();
  });

  test("pages through more results than one page holds", async ({ page }) => {
    const { word, count } = commonWord(10);
    await page.goto(`/search?q=${word}`);
    const pages = Math.ceil(count / 10);
    const nav = page.getByRole("navigation", { name: "Result pages" });
    await expect(nav).toContainText(`Page 1 of ${pages}`);
    const first = await page.getByRole("list", { name: "Search results" }).getByRole("heading").allTextContents();
    await nav.getByRole("link", { name: "More results" }).click();
    await expect(page).toHaveURL(`/search?q=${word}&page=2`);
    await expect(nav).toContainText(`Page 2 of ${pages}`);
    const second = await page.getByRole("list", { name: "Search results" }).getByRole("heading").allTextContents();
    expect(second.length).toBe(Math.min(10, count - 10));
    expect(second.filter((t) => first.includes(t))).toEqual([]);
  });

  test("shows stories that are not published to no one", async ({ page }) => {
    const hidden = unpublishedStories();
    expect(hidden.length).toBeGreaterThan(0);
    for (const story of hidden) {
      await page.goto(`/search?q=${encodeURIComponent(`"${story.title.replace(/"/g, "")}"`)}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: story.title, exact: true })).toHaveCount(0);
    }
  });

  test("helps when nothing matches, and never fails on odd input", async ({ page }) => {
    await page.goto("/search?q=zqxjvw");
    await expect(page.getByRole("status")).toContainText("No stories match “zqxjvw”");
    await expect(page.getByRole("status").getByRole("link").first()).toBeVisible();

    for (const input of [
      '"',
      '"unclosed',
      "AND OR NOT",
      "NEAR(a b)",
      "🙂🚀",
      "'; DROP TABLE Article; --",
      "*",
      "x".repeat(2000),
    ]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(input)}&page=abc&from=never`);
      expect(response?.status(), input.slice(0, 20)).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }

    await page.goto("/search");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the archive");
    await expect(page.getByText("Put a phrase in quotes")).toBeVisible();
  });

  test("has no serious accessibility violations", async ({ page }) => {
    await page.goto(`/search?q=${commonWord(10).word}`);
    await expectNoSeriousA11yViolations(page);
  });
});
