import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { newArticle, publish, waitSaved, writeStory } from "./support/editor";

const title = "Tram depot plans withdrawn for review";

test("a story moved to the trash leaves the site, is listed in the trash, and an editor restores it", async ({
  browser,
  request,
}) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const url = await newArticle(page);
  await writeStory(page, title);
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  await publish(page);
  expect((await request.get(`/world/${slug}`)).status()).toBe(200);

  // Asked first, naming the story; saying no changes nothing.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByText("Status:")).toContainText("Published");
  expect((await request.get(`/world/${slug}`)).status()).toBe(200);
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    }),
  );
  await page.getByRole("button", { name: "Move to trash" }).click();
  expect(await asked).toContain(title);
  await expect(page.getByRole("main").getByText("Moved to the trash.", { exact: true })).toBeVisible();
  await expect(page.getByText("In the trash")).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveJSProperty("readOnly", true);
  expect((await request.get(`/world/${slug}`)).status()).toBe(410);

  await page.goto("/admin/articles");
  await page.getByRole("search", { name: "Filter articles" }).getByLabel("Status").selectOption({ label: "Trash" });
  await page.getByRole("button", { name: "Apply" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row).toContainText("In trash");
  await row.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(url);
  await page.getByRole("button", { name: "Restore from trash" }).click();
  await expect(page.getByRole("main").getByText("Restored from the trash.", { exact: true })).toBeVisible();
  await expect(page.getByText("Status:")).toContainText("Published");
  expect((await request.get(`/world/${slug}`)).status()).toBe(200);
  await page.context().close();
});

test("an author can bin their own draft but only an editor can bring it back", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(page);
  await writeStory(page, "Draft the author thinks better of");
  await waitSaved(page);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Move to trash" }).click();
  await expect(page.getByText("In the trash")).toBeVisible();
  await expect(page.getByRole("button", { name: "Restore from trash" })).toHaveCount(0);
  await page.context().close();

  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(url);
  await editor.getByRole("button", { name: "Restore from trash" }).click();
  await expect(editor.getByText("Status:")).toContainText("Draft");
  await editor.context().close();
});

test("unpublishing asks first, and Undo puts the story back in front of readers", async ({ browser, request }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await newArticle(page);
  await writeStory(page, "Ferry timetable changes for the winter");
  await waitSaved(page);
  const slug = await page.getByLabel("Slug").inputValue();
  await publish(page);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("main").getByText("Unpublished: back to draft.")).toBeVisible();
  expect((await request.get(`/world/${slug}`)).status()).toBe(410);
  await page.getByRole("button", { name: "Undo unpublish" }).click();
  await expect(page.getByRole("main").getByText("Undone.", { exact: true })).toBeVisible();
  await expect(page.getByText("Status:")).toContainText("Published");
  expect((await request.get(`/world/${slug}`)).status()).toBe(200);
  await page.context().close();
});
