import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, publish, waitSaved } from "./support/editor";

test.use({ storageState: authFile("editor") });

test("tables, allowlisted embeds, the word count, SEO guidance and an ordered byline reach readers", async ({
  page,
  browser,
}) => {
  await newArticle(page);
  await page.getByLabel("Headline").fill("Monsoon rainfall by province, in one table");
  await body(page).click();
  await page.keyboard.type("Rainfall was above average in three provinces.");
  await expect(page.getByText("7 words", { exact: true })).toBeVisible();
  await page.keyboard.press("Enter");

  await page.getByRole("button", { name: "Insert table" }).click();
  await expect(body(page).getByRole("table")).toBeVisible();
  await page.keyboard.type("Province");

  await body(page).getByText("Rainfall was above average").click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Insert embed" }).click();
  const embed = page.getByRole("form", { name: "Insert embed" });
  await embed.getByLabel("YouTube or X address").fill("https://vimeo.com/76979871");
  await embed.getByRole("button", { name: "Apply" }).click();
  await expect(embed.getByRole("alert")).toHaveText("Embeds must be a YouTube video or a post on X.");
  await embed.getByLabel("YouTube or X address").fill("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
  await embed.getByRole("button", { name: "Apply" }).click();
  await expect(body(page).getByText("YouTube video")).toBeVisible();

  const seoTitle = "Monsoon rainfall by province: every figure from this year's record-breaking season";
  await page.getByLabel("SEO title").fill(seoTitle);
  await expect(
    page.getByText(`${seoTitle.length} of about 60 characters: search engines will cut it short`),
  ).toBeVisible();

  const byline = page.getByRole("group", { name: "Byline" });
  await byline.getByLabel("Add an author").selectOption({ label: "Arun Author" });
  await byline.getByRole("button", { name: "Move Arun Author earlier" }).click();
  await expect(byline.getByRole("listitem")).toHaveText([/Arun Author/, /Eda Editor/]);
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  await publish(page);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/world/${slug}`);
  const story = reader.getByRole("article").filter({ has: reader.getByRole("heading", { level: 1 }) });
  await expect(story.getByRole("table")).toContainText("Province");
  await expect(story.locator("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ");
  await expect(story.getByText(/^By Arun Author and Eda Editor$/)).toBeVisible();
  await reader.context().close();
});
