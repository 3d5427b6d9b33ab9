import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, waitSaved, writeStory } from "./support/editor";

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
