import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { body, newArticle, waitSaved, writeStory } from "./support/editor";

// Edits to a published story are saved continuously but reach readers only when someone who may
// publish presses Update; Discard takes the editor back to what readers see.

test.describe.configure({ mode: "serial" });

const title = "Reservoir levels fall for a third month";
let editorUrl = "";
let storyPath = "";

/** The story as a signed-out reader gets it, past every cache (a query string skips the page cache). */
const readerText = async (request: APIRequestContext) =>
  (await (await request.get(`${storyPath}?r=${Date.now()}`)).text()).replace(/<[^>]+>/g, " ");

test("an edit to a published story stays off the reader page until Update, then is there", async ({
  browser,
  request,
}) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  editorUrl = await newArticle(desk);
  await writeStory(desk, title, "Engineers measured the reservoir at its lowest since spring.");
  await waitSaved(desk);
  storyPath = `/world/${await desk.getByLabel("Slug").inputValue()}`;
  await desk.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(desk.getByRole("main").getByText("Published.", { exact: true })).toBeVisible();

  // The writer keeps typing on the live story, mid-sentence: saved, but not on the site.
  await body(desk).click();
  await desk.keyboard.press("Control+End");
  await desk.keyboard.type(" The mayor has resig");
  await desk.getByLabel("Standfirst").fill("Water officials warn of rationing");
  await waitSaved(desk);
  const staged = desk.getByRole("region", { name: "Changes not yet on the site" });
  await expect(staged).toBeVisible();
  await staged.getByText("What will change").click();
  await expect(staged.getByRole("insertion").filter({ hasText: "resig" })).toBeVisible();
  await expect(staged.getByRole("definition").filter({ hasText: "Water officials warn of rationing" })).toBeVisible();
  await expectNoSeriousA11yViolations(desk);

  let page = await readerText(request);
  expect(page).toContain("Engineers measured the reservoir");
  expect(page).not.toContain("The mayor has resig");
  expect(page).not.toContain("Water officials warn of rationing");
  expect(page).not.toMatch(/Updated/);

  // A reload of the editor shows the working copy, not the reader's version.
  await desk.reload();
  await expect(body(desk)).toContainText("The mayor has resig");
  await body(desk).click();
  await desk.keyboard.press("Control+End");
  await desk.keyboard.type("ned.");
  await waitSaved(desk);

  await desk.getByRole("button", { name: "Update", exact: true }).click();
  await expect(desk.getByRole("main").getByText("Updated: readers now see these changes.")).toBeVisible();
  await expect(desk.getByRole("region", { name: "Changes not yet on the site" })).toHaveCount(0);
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("The mayor has resigned.");
  page = await readerText(request);
  expect(page).toContain("Water officials warn of rationing");
  expect(page).toMatch(/Updated/);
  await desk.context().close();
});

test("Discard takes the editor back to what readers see, and the discarded text stays in Revisions", async ({
  browser,
  request,
}) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await desk.goto(editorUrl);
  await desk.getByLabel("Standfirst").fill("A standfirst the desk thought better of");
  await waitSaved(desk);
  desk.once("dialog", (d) => void d.accept());
  await desk
    .getByRole("region", { name: "Changes not yet on the site" })
    .getByRole("button", { name: "Discard changes" })
    .click();
  await expect(desk.getByRole("main").getByText(/Changes discarded/)).toBeVisible();
  await expect(desk.getByLabel("Standfirst")).toHaveValue("Water officials warn of rationing");
  await waitSaved(desk);
  expect(await readerText(request)).not.toContain("A standfirst the desk thought better of");

  await desk.getByRole("link", { name: "Revisions" }).click();
  await expect(desk.getByRole("main")).toContainText("Changes discarded (kept here)");
  await desk.context().close();
});

test("an editor's edit to someone else's published story waits for Update too", async ({ browser, request }) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(editorUrl);
  await editor.getByLabel("Dateline").fill("LAHORE");
  await waitSaved(editor);
  expect(await readerText(request)).not.toContain("LAHORE");
  await editor.getByRole("button", { name: "Update", exact: true }).click();
  await expect(editor.getByRole("main").getByText("Updated: readers now see these changes.")).toBeVisible();
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("LAHORE");
  await editor.context().close();
});
