import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { authFile } from "./support/desk";
import { body, confirmed, newArticle, publish, update, waitSaved, writeStory } from "./support/editor";

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
  await publish(desk);

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

  await update(desk);
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
  await update(editor);
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("LAHORE");
  await editor.context().close();
});

test("an Update can be undone for a while: readers get the earlier version back, the edits wait again", async ({
  browser,
  request,
}) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(editorUrl);
  await editor.getByLabel("Dateline").fill("KARACHI");
  await waitSaved(editor);
  await update(editor);
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("KARACHI");

  await editor.getByRole("button", { name: "Undo update" }).click();
  await expect(editor.getByRole("main").getByText(/^Undone: readers see the earlier version again/)).toBeVisible();
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("LAHORE");
  expect(await readerText(request)).not.toContain("KARACHI");
  // Nothing written is lost: the undone edit is the working copy, in the editor, waiting for Update.
  await expect(editor.getByRole("region", { name: "Changes not yet on the site" })).toBeVisible();
  await expect(editor.getByLabel("Dateline")).toHaveValue("KARACHI");
  await update(editor);
  await expect.poll(async () => readerText(request), { timeout: 15_000 }).toContain("KARACHI");
  await editor.context().close();
});

test("Update and notify sends the fix and its correction to readers together", async ({ browser, request }) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(editorUrl);
  await editor.getByLabel("Standfirst").fill("Water officials warn of rationing from July");
  await waitSaved(editor);
  const staged = editor.getByRole("region", { name: "Changes not yet on the site" });
  await staged.getByRole("button", { name: "Update and notify…" }).click();
  const note = staged.getByLabel("Correction to publish with the update");
  await note.fill("Too short");
  await confirmed(editor, staged.getByRole("button", { name: "Update and publish the correction" }));
  await expect(staged.getByText("Describe the correction in a sentence.")).toBeVisible();
  await expect(note).toHaveAttribute("aria-invalid", "true");
  expect(await readerText(request)).not.toContain("from July");

  const correction = "An earlier version of this story gave the wrong month for rationing.";
  await note.fill(correction);
  expect(await confirmed(editor, staged.getByRole("button", { name: "Update and publish the correction" }))).toBe(
    "Update “" + title + "” and publish the correction? Readers see both at once.",
  );
  await expect(
    editor.getByRole("main").getByText("Updated: readers now see these changes, with the correction."),
  ).toBeVisible();
  // A correction stays true of what readers saw: this update offers no undo.
  await expect(editor.getByRole("button", { name: "Undo update" })).toHaveCount(0);
  const page = await readerText(request);
  expect(page).toContain("Water officials warn of rationing from July");
  expect(page).toContain(correction);
  await editor.context().close();
});

test("saying no to Publish leaves the story a draft, off the site", async ({ browser, request }) => {
  const desk = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(desk);
  await writeStory(desk, "Lighthouse keepers' cottages to become a museum");
  await waitSaved(desk);
  const slug = await desk.getByLabel("Slug").inputValue();
  const asked = new Promise<string>((resolve) =>
    desk.once("dialog", (d) => {
      resolve(d.message());
      void d.dismiss();
    }),
  );
  await desk.getByRole("button", { name: "Publish", exact: true }).click();
  expect(await asked).toContain("“Lighthouse keepers' cottages to become a museum”");
  await expect(desk.getByText("Status:")).toContainText("Draft");
  expect((await request.get(`/world/${slug}`)).status()).toBe(404);
  await publish(desk);
  expect((await request.get(`/world/${slug}`)).status()).toBe(200);
  await desk.context().close();
});
