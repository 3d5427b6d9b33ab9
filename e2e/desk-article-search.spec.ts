import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { countMatches, stories, unpublishedStories } from "./support/search-db";

test.use({ storageState: authFile("editor") });

// A word that appears in exactly one story's text and in no headline: the desk must find stories
// by what is in them, not only by their headline.
function bodyOnlyWord(): { word: string; title: string } {
  const all = [...stories(), ...unpublishedStories()];
  const titles = all.map((s) => s.title.toLowerCase()).join(" ");
  for (const story of all) {
    for (const word of new Set(story.bodyText.match(/\b[a-z]{9,}\b/g) ?? [])) {
      if (titles.includes(word)) continue;
      if (all.filter((s) => s.bodyText.toLowerCase().includes(word)).length === 1 && countMatches(`"${word}"`) <= 1)
        return { word, title: story.title };
    }
  }
  throw new Error("no word found in exactly one story");
}

test("the desk's article search finds a story by a word of its text", async ({ page }) => {
  const { word, title } = bodyOnlyWord();
  await page.goto("/admin/articles");
  await page.getByRole("search", { name: "Filter articles" }).getByRole("searchbox", { name: "Search" }).fill(word);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
  const rows = page.getByRole("main").getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: title })).toHaveCount(1);
  await expect(rows).toHaveCount(2); // the header row and the one match
});
