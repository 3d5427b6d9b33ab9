import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, publish, waitSaved, writeStory } from "./support/editor";

// A contributor can take back a submitted story while nobody has started on it; once an editor
// has changed it, the contributor is told to ask for it back.

test("a contributor withdraws a submission, edits again, and cannot withdraw once an editor has started", async ({
  browser,
}) => {
  const writer = await (await browser.newContext({ storageState: authFile("contributor") })).newPage();
  const url = await newArticle(writer);
  await writeStory(writer, "Library opening hours extended");
  await waitSaved(writer);
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(body(writer)).toHaveAttribute("contenteditable", "false");

  await writer.getByRole("button", { name: "Withdraw submission" }).click();
  await expect(writer.getByRole("main").getByText(/^Withdrawn/)).toBeVisible();
  await expect(writer.getByText("Status:")).toContainText("Draft");
  await expect(body(writer)).toHaveAttribute("contenteditable", "true");
  await body(writer).click();
  await writer.keyboard.press("Control+End");
  await writer.keyboard.type(" Weekend hours start next month.");
  await waitSaved(writer);
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Read only: this story is with the editors.")).toBeVisible();

  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(url);
  await editor.getByLabel("Standfirst").fill("The city library stays open later from Monday.");
  await waitSaved(editor);
  await editor.context().close();

  await writer.getByRole("button", { name: "Withdraw submission" }).click();
  await expect(
    writer.getByRole("main").getByText("An editor has started on this story: ask them to return it to you."),
  ).toBeVisible();
  await expect(writer.getByText("Status:")).toContainText("In review");
  await writer.context().close();
});

test("an editor returns a submission to its writer with a note, which only the desk sees", async ({
  browser,
  request,
}) => {
  const writer = await (await browser.newContext({ storageState: authFile("contributor") })).newPage();
  const url = await newArticle(writer);
  const title = "Tram fares frozen for students";
  await writeStory(writer, title);
  await waitSaved(writer);
  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Read only: this story is with the editors.")).toBeVisible();

  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await editor.goto(url);
  const note = "Needs a quote from the transport authority before it runs.";
  await editor.getByRole("button", { name: "Return to writer…" }).click();
  await editor.getByLabel("Note for the writer (optional)").fill(note);
  await editor.getByRole("button", { name: "Return to writer", exact: true }).click();
  await expect(editor.getByRole("main").getByText("Returned to draft. Your note is with the story.")).toBeVisible();
  const notes = editor.getByRole("region", { name: /^Desk notes/ });
  await expect(notes.getByRole("listitem")).toHaveText([new RegExp(`^${note}Eda Editor · `)]);
  await editor.context().close();

  // The writer finds the story editable again, the note in the editor and its count in the list.
  await writer.reload();
  await expect(writer.getByText("Status:")).toContainText("Draft");
  await expect(body(writer)).toHaveAttribute("contenteditable", "true");
  await expect(writer.getByRole("region", { name: "Desk notes (1)" })).toContainText(note);
  await writer.getByLabel("Add a note").fill("Quote added from the authority's spokesperson.");
  await writer.getByRole("button", { name: "Add note" }).click();
  await expect(writer.getByRole("region", { name: "Desk notes (2)" })).toContainText("Quote added");
  await writer.getByRole("button", { name: "Add note" }).click();
  await expect(writer.getByText("Write the note first.")).toBeVisible();
  await writer.goto("/admin/articles");
  const row = writer.getByRole("row").filter({ has: writer.getByRole("link", { name: title }) });
  await expect(row).toContainText("2 notes");
  await writer.context().close();

  // Never on a reader page, even once published.
  const chief = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await chief.goto(url);
  const slug = await chief.getByLabel("Slug").inputValue();
  await publish(chief);
  await chief.context().close();
  const page = await (await request.get(`/world/${slug}?r=${Date.now()}`)).text();
  expect(page).toContain(title);
  expect(page).not.toContain("transport authority before it runs");
  expect(page).not.toContain("Quote added");
});
