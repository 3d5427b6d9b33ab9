import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, newArticle, saveStatus, waitSaved, writeStory } from "./support/editor";

test("two people editing at once: the second save is refused and shows both versions", async ({ browser }) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const url = await newArticle(editor);
  await writeStory(editor, "Port authority approves new berths");
  await waitSaved(editor);

  const colleague = await (await browser.newContext({ storageState: authFile("admin") })).newPage();
  await colleague.goto(url);
  await expect(colleague.getByLabel("Headline")).toHaveValue("Port authority approves new berths");

  await editor.getByLabel("Standfirst").fill("The editor's standfirst.");
  await waitSaved(editor);

  await colleague.getByLabel("Standfirst").fill("The colleague's standfirst.");
  const dialog = colleague.getByRole("dialog", { name: "Someone else saved this article while you were editing" });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(saveStatus(colleague)).toHaveText("Not saved: someone else saved a newer version");
  const diff = dialog.getByRole("region", { name: "Differences in Standfirst" });
  await expect(diff.locator("del").first()).toContainText("editor");
  await expect(diff.locator("ins").first()).toContainText("colleague");

  // Take theirs: the colleague's form now shows the editor's text, and nothing more is saved.
  await dialog.getByRole("button", { name: "Take theirs" }).click();
  await expect(colleague.getByLabel("Standfirst")).toHaveValue("The editor's standfirst.");

  // Now the editor makes a change that conflicts with nothing new, and the colleague keeps theirs.
  await colleague.getByLabel("Standfirst").fill("The colleague's second try.");
  await waitSaved(colleague);
  await editor.getByLabel("Standfirst").fill("The editor's second try.");
  const editorDialog = editor.getByRole("dialog");
  await expect(editorDialog).toBeVisible({ timeout: 20_000 });
  await editorDialog.getByRole("button", { name: "Keep mine" }).click();
  await waitSaved(editor);
  await colleague.reload();
  await expect(colleague.getByLabel("Standfirst")).toHaveValue("The editor's second try.");
  await editor.context().close();
  await colleague.context().close();
});

test("offline edits are kept on the device and offered back after the tab is closed", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile("author") });
  const page = await context.newPage();
  const url = await newArticle(page);
  await writeStory(page, "Night shift at the grain terminal");
  await waitSaved(page);

  // The connection drops: every save request fails as it would with no network.
  await page.route(url, (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await body(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Written while the connection was down.");
  await expect(saveStatus(page)).toHaveText("Offline: changes kept on this device", { timeout: 20_000 });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(url);
  await expect(body(again)).not.toContainText("Written while the connection was down.");
  const offer = again.getByRole("alert").filter({ hasText: "This device has unsaved changes" });
  await expect(offer).toBeVisible();
  await offer.getByRole("button", { name: "Restore them" }).click();
  await expect(body(again)).toContainText("Written while the connection was down.");
  await waitSaved(again);
  await again.reload();
  await expect(body(again)).toContainText("Written while the connection was down.");
  await expect(again.getByRole("alert").filter({ hasText: "This device has unsaved changes" })).toHaveCount(0);
  await context.close();
});

test("leaving with unsaved changes asks first", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await page.getByLabel("Headline").fill("Unsaved headline");
  let asked = false;
  page.on("dialog", async (dialog) => {
    asked = dialog.type() === "beforeunload";
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

test("pasting from a word processor keeps the structure and drops the styling", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await page.getByLabel("Headline").fill("Pasted story");
  await body(page).click();
  await page.evaluate(() => {
    const html = `<html><body><!--StartFragment--><h2 class="MsoHeading2" style="color:#2F5496;font-family:Calibri">Pasted subhead</h2>
      <p class="MsoNormal" style="font-size:11pt;color:red"><span style="font-family:Comic Sans MS"><b>Bold words</b> and <i>italic words</i></span><o:p></o:p></p>
      <ul><li style="mso-list:l0">First point</li><li>Second point</li></ul><!--EndFragment--></body></html>`;
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Pasted subhead\nBold words and italic words");
    document
      .querySelector('[aria-label="Story body"]')!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body(page).getByRole("heading", { level: 2 })).toHaveText("Pasted subhead");
  await expect(body(page).locator("strong")).toHaveText("Bold words");
  await expect(body(page).locator("em")).toHaveText("italic words");
  await expect(body(page).getByRole("listitem")).toHaveCount(2);
  expect(await body(page).locator("[style], [class*=Mso], span").count()).toBe(0);
  await waitSaved(page);
});

test("in a conflict, parts of their version can be copied into mine before keeping mine", async ({ browser }) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const url = await newArticle(editor);
  await writeStory(editor, "Ring road tender reopened");
  await waitSaved(editor);
  const colleague = await (await browser.newContext({ storageState: authFile("admin") })).newPage();
  await colleague.goto(url);
  await expect(colleague.getByLabel("Headline")).toHaveValue("Ring road tender reopened");

  await editor.getByLabel("Standfirst").fill("The editor's checked standfirst.");
  await editor.getByLabel("Dateline").fill("KARACHI");
  await waitSaved(editor);

  await colleague.getByLabel("Headline").fill("Ring road tender reopened after complaints");
  const dialog = colleague.getByRole("dialog", { name: "Someone else saved this article while you were editing" });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole("region", { name: "Differences in Dateline" })).toBeVisible();
  await dialog.getByRole("button", { name: "Use their standfirst in mine" }).click();
  await expect(dialog.getByRole("region", { name: "Differences in Standfirst" })).toHaveCount(0);
  await expect(colleague.getByLabel("Standfirst")).toHaveValue("The editor's checked standfirst.");
  await dialog.getByRole("button", { name: "Keep mine" }).click();
  await waitSaved(colleague);

  await editor.reload();
  await expect(editor.getByLabel("Headline")).toHaveValue("Ring road tender reopened after complaints");
  await expect(editor.getByLabel("Standfirst")).toHaveValue("The editor's checked standfirst.");
  // Not copied across: the colleague's own dateline was kept.
  await expect(editor.getByLabel("Dateline")).toHaveValue("ISLAMABAD");
  await editor.context().close();
  await colleague.context().close();
});
