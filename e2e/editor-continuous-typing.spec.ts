import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { e2eDb } from "./support/db";
import { body, newArticle, waitSaved } from "./support/editor";

// A writer who never pauses still has their words on the server within a second or so: the
// autosave does not wait for a pause that never comes.

const storedText = (id: string) => {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT bodyText FROM Article WHERE id = ?").get(id) as { bodyText: string }).bodyText;
  } finally {
    db.close();
  }
};

test("typing that never pauses reaches the server while it goes on", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const id = (await newArticle(page)).split("/").pop()!;
  await page.getByLabel("Headline").fill("Continuous typing");
  await body(page).click();
  const words = "Rain fell on the valley through the night and the river rose past its banks. ".repeat(3);
  let finished = false;
  // A keystroke every 60 ms: never the pause the autosave would otherwise wait for.
  const typing = page.keyboard.type(words, { delay: 60 }).then(() => (finished = true));
  await expect.poll(() => storedText(id).length, { timeout: 60_000, intervals: [250] }).toBeGreaterThan(0);
  expect(finished, "part of the text was stored while the typing went on").toBe(false);
  await typing;
  await waitSaved(page);
  expect(storedText(id)).toBe(words);
  await page.context().close();
});
