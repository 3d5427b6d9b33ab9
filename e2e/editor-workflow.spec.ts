import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, confirmed, newArticle, publish, saveStatus, update, waitSaved, writeStory } from "./support/editor";

test.describe.configure({ mode: "serial" });

const title = "Provincial council passes water-sharing budget";
let editorUrl = "";

test("a contributor writes a story, autosave keeps it across a reload, and submits it for review", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ storageState: authFile("contributor") })).newPage();
  editorUrl = await newArticle(page);
  await writeStory(page, title);
  await page.getByLabel("Tags").fill("Water, Budget Talks");
  await waitSaved(page);
  await expect(page.getByLabel("Slug")).toHaveValue("provincial-council-passes-water-sharing-budget");
  // Contributors can't publish: there is no button for it.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await expect(body(page).getByRole("heading", { level: 2 })).toHaveText("What happens next");
  await expect(body(page).locator("aside")).toHaveText("A striking line from the story");
  await expect(page.getByLabel("Tags")).toHaveValue("Water, Budget Talks");

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("main").getByText(/^Submitted for review/)).toBeVisible();
  // Read-only at once, without a reload: the body, the headline and the settings.
  await expect(page.getByText("Read only: this story is with the editors.")).toBeVisible();
  await expect(body(page)).toHaveAttribute("contenteditable", "false");
  await expect(page.getByLabel("Headline")).toHaveJSProperty("readOnly", true);
  await page.context().close();
});

test("an editor finds it awaiting review, publishes it, and readers see it at once", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto("/admin");
  await page.getByRole("region", { name: "Awaiting review" }).getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(editorUrl);
  await publish(page);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await reader.getByRole("link", { name: title }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText("ISLAMABAD", { exact: true })).toBeVisible();
  await expect(reader.getByRole("complementary", { name: "Pull quote" })).toHaveText("A striking line from the story");
  await expect(reader.getByText(/Updated/)).toHaveCount(0);
  await expect(
    reader.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Budget Talks" }),
  ).toBeVisible();
  await reader.context().close();

  // An edit to the published story reaches readers when the editor presses Update, as an update.
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" A late addition to the story.");
  await waitSaved(page);
  await update(page);
  const readerAgain = await (await browser.newContext()).newPage();
  await readerAgain.goto(new URL(page.url()).origin + "/world/provincial-council-passes-water-sharing-budget");
  await expect(readerAgain.getByText("A late addition to the story.")).toBeVisible();
  await expect(readerAgain.getByText(/Updated/)).toBeVisible();
  await readerAgain.context().close();
  await page.context().close();
});

test("changing a published story's slug keeps the old URL working with a permanent redirect", async ({
  browser,
  request,
}) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto(editorUrl);
  await page.getByLabel("Slug").fill("council-passes-water-budget");
  await waitSaved(page);
  // The new address, like any edit to a live story, applies when the editor presses Update.
  expect((await request.get("/world/council-passes-water-budget")).status()).toBe(404);
  await update(page);
  await page.context().close();
  const old = await request.get("/world/provincial-council-passes-water-sharing-budget", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()["location"]).toContain("/world/council-passes-water-budget");
  expect((await request.get("/world/council-passes-water-budget")).status()).toBe(200);
});

test("a revision can be compared and restored, and the restore is itself a revision", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto(editorUrl);
  await page.getByLabel("Headline").fill("A headline that will be undone");
  await waitSaved(page);
  await page.getByRole("link", { name: "Revisions" }).click();
  const entries = page.getByRole("listitem").filter({ hasText: /^v\d+/ });
  await expect(entries.first()).toContainText("Edited by Eda Editor");
  // Compare the submitted version with the newest.
  const submitted = entries.filter({ hasText: "Submitted for review" });
  const label = (await submitted.locator("strong").textContent())!;
  const option = page.getByLabel("Compare").locator("option", { hasText: `${label} ·` });
  await page.getByLabel("Compare").selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Show differences" }).click();
  const differences = page.getByRole("region", { name: "Differences" });
  await expect(differences.locator("del").first()).toBeVisible();
  await expect(differences.locator("ins", { hasText: "undone" })).toBeVisible();

  expect(await confirmed(page, submitted.getByRole("button", { name: `Restore ${label}` }))).toContain(
    `Restore ${label} of “`,
  );
  await expect(page).toHaveURL(editorUrl);
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(entries.first()).toContainText("Restored an earlier version");
  await page.context().close();
});

test("a restore says what it did and can be undone, once", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto(editorUrl);
  await page.getByLabel("Headline").fill("A headline written after the restore");
  await waitSaved(page);
  await page.getByRole("link", { name: "Revisions" }).click();
  const entries = page.getByRole("listitem").filter({ hasText: /^v\d+/ });
  const submitted = entries.filter({ hasText: "Submitted for review" });
  const label = (await submitted.locator("strong").textContent())!;
  await confirmed(page, submitted.getByRole("button", { name: `Restore ${label}` }));
  await expect(page).toHaveURL(editorUrl);
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await expect(
    page.getByRole("main").getByText("Restored an earlier version. The text it replaced is kept in Revisions."),
  ).toBeVisible();

  await page.getByRole("button", { name: "Undo restore" }).click();
  await expect(page.getByRole("main").getByText("Undone.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveValue("A headline written after the restore");
  // Told once: a reload of the editor offers no undo.
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue("A headline written after the restore");
  await expect(page.getByRole("button", { name: "Undo restore" })).toHaveCount(0);
  // The story is live: the restore and its undo waited in the working copy; readers kept the published headline.
  await confirmed(
    page,
    page.getByRole("region", { name: "Changes not yet on the site" }).getByRole("button", { name: "Discard changes" }),
  );
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await page.context().close();
});

test("a correction is published with its date on the story", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await page.goto(editorUrl);
  await page.getByLabel("Add a correction").fill("An earlier version misstated the date of the council vote.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByText("Correction published.")).toBeVisible();
  await page.goto("/world/council-passes-water-budget");
  const corrections = page.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText("An earlier version misstated the date of the council vote.");
  await expect(corrections.locator("time[datetime]")).toHaveCount(1);
  await page.context().close();
});

test("the save status tells the writer what is happening", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await page.getByLabel("Headline").fill("Status check");
  await expect(saveStatus(page)).toHaveText(/Saving…|^Saved \d/);
  await waitSaved(page);
  await page.context().close();
});
