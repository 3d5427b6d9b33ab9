import { expect, type Page } from "@playwright/test";

/** Creates a new article from the articles list and returns its editor URL. */
export async function newArticle(page: Page): Promise<string> {
  await page.goto("/admin/articles");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  return page.url();
}

export const body = (page: Page) => page.getByRole("textbox", { name: "Story body" });
export const saveStatus = (page: Page) => page.getByRole("main").getByRole("status").filter({ hasText: /Saved|Saving|Unsaved|Offline|Not saved|All changes/ });

export async function waitSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/^Saved \d/, { timeout: 20_000 });
}

/** Types a short story: headline, subhead, paragraphs and a pull quote. */
export async function writeStory(page: Page, title: string, words = "The council met on Tuesday to discuss the budget.") {
  await page.getByLabel("Headline").fill(title);
  await body(page).click();
  await page.keyboard.type(`${words}`);
  await page.keyboard.press("Enter");
  await page.keyboard.type("## What happens next");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Officials said a vote would follow within weeks.");
  await page.keyboard.press("Enter");
  await page.keyboard.type(">> A striking line from the story");
  await page.keyboard.press("Enter");
  await page.getByLabel("Dateline").fill("ISLAMABAD");
  await page.getByLabel("Standfirst").fill(`A standfirst for ${title}.`);
}
