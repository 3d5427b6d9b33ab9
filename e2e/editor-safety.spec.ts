import { expect, test } from "@playwright/test";
import { authFile } from "./support/desk";
import { body, KEPT_OFFLINE, newArticle, saveStatus, waitSaved, writeStory } from "./support/editor";

test("two people editing different fields at once: both are kept, and nobody is asked to choose", async ({
  browser,
}) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const url = await newArticle(editor);
  await writeStory(editor, "Port authority approves new berths");
  await waitSaved(editor);

  const colleague = await (await browser.newContext({ storageState: authFile("admin") })).newPage();
  await colleague.goto(url);
  await expect(colleague.getByLabel("Headline")).toHaveValue("Port authority approves new berths");

  await Promise.all([
    editor.getByLabel("Standfirst").fill("The editor's standfirst."),
    colleague.getByLabel("Dateline").fill("KARACHI"),
  ]);
  await Promise.all([waitSaved(editor), waitSaved(colleague)]);
  await expect(editor.getByRole("dialog")).toHaveCount(0);
  await expect(colleague.getByRole("dialog")).toHaveCount(0);
  // Each sees the other's change as it happens, and a reload shows both.
  await expect(colleague.getByLabel("Standfirst")).toHaveValue("The editor's standfirst.");
  await expect(editor.getByLabel("Dateline")).toHaveValue("KARACHI");
  await colleague.reload();
  await expect(colleague.getByLabel("Standfirst")).toHaveValue("The editor's standfirst.");
  await expect(colleague.getByLabel("Dateline")).toHaveValue("KARACHI");
  await editor.context().close();
  await colleague.context().close();
});

test("edits made offline are kept on the device and reach the desk when the tab is opened again", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: authFile("author") });
  const page = await context.newPage();
  const url = await newArticle(page);
  await writeStory(page, "Night shift at the grain terminal");
  await waitSaved(page);

  await context.setOffline(true);
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" Written while the connection was down.");
  await expect(saveStatus(page)).toHaveText(KEPT_OFFLINE, { timeout: 20_000 });
  await page.close({ runBeforeUnload: false });

  // The same browser, later, with the network back: the copy on the device merges in by itself.
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(url);
  await expect(body(again)).toContainText("Written while the connection was down.");
  await waitSaved(again);
  const other = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  await other.goto(url);
  await expect(body(other)).toContainText("Written while the connection was down.");
  await context.close();
  await other.context().close();
});

test("leaving before the server has one's changes asks first", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  await newArticle(page);
  await page.getByLabel("Headline").fill("Saved headline");
  await waitSaved(page);
  // With the server reachable, the words are there within a moment: leaving is not questioned.
  // Offline they are only on this device, and leaving asks.
  await page.context().setOffline(true);
  await page.getByLabel("Headline").fill("Unsaved headline");
  await expect(saveStatus(page)).toHaveText(KEPT_OFFLINE);
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

test("a desk link clicked before the server has one's changes asks first; staying keeps the editor as it was", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(page);
  await page.getByLabel("Headline").fill("Headline the server has");
  await waitSaved(page);
  // A network that lets pages through but no WebSocket: the desk's links work, the changes cannot go.
  await page.routeWebSocket(/\/admin\/collab/, (ws) => ws.close({ code: 1006 }));
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue("Headline the server has");
  await page.getByLabel("Headline").fill("Headline only this device has");
  await expect(saveStatus(page)).toHaveText(KEPT_OFFLINE);

  const questions: string[] = [];
  page.once("dialog", async (dialog) => {
    questions.push(dialog.message());
    await dialog.dismiss();
  });
  const articles = page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Articles" });
  await articles.click();
  await expect.poll(() => questions.length).toBe(1);
  expect(questions[0]).toContain("haven’t reached the server");
  await expect(page).toHaveURL(url);
  await expect(page.getByLabel("Headline")).toHaveValue("Headline only this device has");

  page.once("dialog", (dialog) => void dialog.accept());
  await articles.click();
  await expect(page).toHaveURL(/\/admin\/articles$/);
  await page.context().close();
});
