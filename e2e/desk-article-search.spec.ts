import { expect, test, type Browser, type Page } from "@playwright/test";
import { photo } from "../lib/testing/images";
import { e2eDb } from "./support/db";
import { authFile, type Person } from "./support/desk";
import { body, newArticle, pasteFiles, waitSaved, writeStory } from "./support/editor";
import { mediaNamed } from "./support/media";
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

// The prefix oracle: a search that lists a story when a prefix of a word in it matches would let
// someone rebuild a story they may not open, word by word. A contributor's searches, on every desk
// surface that searches or lists stories, match only their own stories and those readers can see.
const letters = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

async function deskAs(browser: Browser, who: Person): Promise<Page> {
  return (await browser.newContext({ storageState: authFile(who) })).newPage();
}

async function draft(page: Page, title: string, words: string) {
  await newArticle(page);
  await writeStory(page, title, words);
  await waitSaved(page);
}

/** How many stored stories have this library file in their text. */
function storiesShowing(storageKey: string): number {
  const db = e2eDb();
  try {
    return (
      db.prepare("SELECT COUNT(*) AS n FROM Article WHERE body LIKE ?").get(`%/media/${storageKey}%`) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

const headlines = (page: Page) => page.getByRole("main").getByRole("table").getByRole("row");

test("a contributor's desk search never matches another person's draft by a word prefix; its author's does", async ({
  browser,
}) => {
  const tag = letters(8);
  const word = `zenthor${tag}`;
  const prefix = `${word.slice(0, 9)}*`;
  const secret = `Private budget leak ${tag}`;
  const own = `Contributor notes ${tag}`;

  // The editor's draft is started from the story budget, which every desk user reads.
  const editor = await deskAs(browser, "editor");
  const slugLine = `ORACLE-${tag.toUpperCase()}`;
  await editor.goto("/admin/budget");
  const form = editor.getByRole("form", { name: "New budget item" });
  await form.getByLabel("Slug-line").fill(slugLine);
  await form.getByRole("button", { name: "Add to budget" }).click();
  await expect(form.getByText(`“${slugLine}” added to the budget.`)).toBeVisible();
  await editor.getByRole("button", { name: `Create draft for ${slugLine}` }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  await writeStory(editor, secret, `The ${word} papers show the cuts.`);
  // A picture in it comes from the shared media library, whose pages say where each image is used.
  const picture = `oracle-${tag}.jpg`;
  await pasteFiles(editor, [{ name: picture, mimeType: "image/jpeg", buffer: await photo(800, 600) }]);
  await expect(body(editor).getByRole("figure")).toHaveCount(1);
  await waitSaved(editor);
  const [image] = mediaNamed(picture);
  await expect.poll(() => storiesShowing(image!.storageKey)).toBe(1);
  const contributor = await deskAs(browser, "contributor");
  await draft(contributor, own, `My own ${word} notes.`);

  // The search works for the contributor (their own draft is found by the same prefix)...
  const search = (q: string, status = "") =>
    `/admin/articles?${new URLSearchParams({ q, ...(status ? { status } : {}) })}`;
  await contributor.goto(search(prefix, "DRAFT"));
  await expect(headlines(contributor).filter({ hasText: own })).toHaveCount(1);
  await expect(headlines(contributor).filter({ hasText: secret })).toHaveCount(0);
  await expect(contributor.getByRole("main").getByText("1 article", { exact: true })).toBeVisible();

  // ...and no surface, filter or spelling of the word names the editor's draft, not even in the page's data.
  const pages = [
    ...["", "DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "TRASH"].flatMap((status) => [
      search(prefix, status),
      search(word, status),
    ]),
    "/admin",
    `/admin/media?q=${encodeURIComponent(prefix)}`,
    `/admin/media?q=${word}`,
    `/admin/media/${image!.id}`,
    "/admin/budget",
  ];
  for (const url of pages) {
    const response = await contributor.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(await response.text(), url).not.toContain(secret);
  }

  // The image's page says it is in use, without naming the story.
  await contributor.goto(`/admin/media/${image!.id}`);
  await expect(
    contributor.getByRole("region", { name: "Where it is used" }).getByText("One story you can’t open"),
  ).toBeVisible();

  // Its author finds it by the same prefix.
  await editor.goto(search(prefix, "DRAFT"));
  await expect(headlines(editor).filter({ hasText: secret })).toHaveCount(1);
  await editor.context().close();
  await contributor.context().close();
});
