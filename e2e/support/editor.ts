import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { authFile, type Person } from "./desk";

/** Creates a new article from the articles list and returns its editor URL. */
export async function newArticle(page: Page): Promise<string> {
  await page.goto("/admin/articles");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  return page.url();
}

export const body = (page: Page) => page.getByRole("textbox", { name: "Story body" });
export const saveStatus = (page: Page) =>
  page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Saved|Saving|Unsaved|Offline|Not saved|All changes/ });

/** The indicator offline once this device's copy holds every change this page made (and how many). */
export const KEPT_OFFLINE = /^Offline: [\d,]+ changes? kept on this device$/;

/** How many changes the offline indicator says this device keeps (NaN when it says something else). */
export async function keptOffline(page: Page): Promise<number> {
  const m = /^Offline: ([\d,]+) changes? kept/.exec((await saveStatus(page).textContent()) ?? "");
  return m ? Number(m[1]!.replace(/,/g, "")) : NaN;
}

/** Presses a control whose action asks first, accepts, and returns the question it asked. */
export async function confirmed(page: Page, control: Locator): Promise<string> {
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.message());
      void d.accept();
    }),
  );
  await control.click();
  return asked;
}

/** Publishes the open story as the desk does: Publish, the confirmation naming the story, done. */
export async function publish(page: Page) {
  const title = await page.getByLabel("Headline").inputValue();
  expect(await confirmed(page, page.getByRole("button", { name: "Publish", exact: true }))).toContain(`“${title}”`);
  await expect(page.getByRole("main").getByText("Published.", { exact: true })).toBeVisible();
}

/** Sends a live story's working copy to readers: Update, confirmed, done. */
export async function update(page: Page) {
  expect(await confirmed(page, page.getByRole("button", { name: "Update", exact: true }))).toMatch(/^Update “/);
  await expect(page.getByRole("main").getByText("Updated: readers now see these changes.")).toBeVisible();
}

export async function waitSaved(page: Page) {
  await expect(saveStatus(page)).toHaveText(/^Saved \d/, { timeout: 20_000 });
}

/** Types a short story: headline, subhead, paragraphs and a pull quote. */
export async function writeStory(
  page: Page,
  title: string,
  words = "The council met on Tuesday to discuss the budget.",
) {
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

type FileSpec = { name: string; mimeType: string; buffer: Buffer };
const encode = (files: FileSpec[]) =>
  files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString("base64") }));

/** Pastes files into the story body, as a screenshot or a copied file arrives: files and no text. */
export async function pasteFiles(page: Page, files: FileSpec[]) {
  await body(page).click();
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list)
      data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
    document
      .querySelector('[aria-label="Story body"]')!
      .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, encode(files));
}

/** Pastes HTML (and its plain text) into the story body at the caret, as a copy from Word, Google Docs or a web page arrives. */
export async function pasteHtml(page: Page, html: string, plain = "") {
  await page.evaluate(
    ({ html, plain }) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", plain);
      document
        .querySelector('[aria-label="Story body"]')!
        .dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

/** Drops files from the desktop onto the story body, near its top left corner. */
export async function dropFilesOnBody(page: Page, files: FileSpec[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list)
      data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
    const target = document.querySelector('[aria-label="Story body"]')!;
    const box = target.getBoundingClientRect();
    const at = { clientX: box.left + 40, clientY: box.top + 30, bubbles: true, cancelable: true, dataTransfer: data };
    target.dispatchEvent(new DragEvent("dragover", at));
    target.dispatchEvent(new DragEvent("drop", at));
  }, encode(files));
}

/** A story's stored headline, standfirst, body text and status, read from the suite's database. */
export function storedStory(id: string) {
  const db = e2eDb();
  try {
    return db.prepare("SELECT title, standfirst, bodyText, status FROM Article WHERE id = ?").get(id) as {
      title: string;
      standfirst: string;
      bodyText: string;
      status: string;
    };
  } finally {
    db.close();
  }
}

/** Opens `url` as `who` in a context of their own, once the body is there. */
export async function openAs(browser: Browser, who: Person, url: string): Promise<Page> {
  const page = await (await browser.newContext({ storageState: authFile(who) })).newPage();
  await page.goto(url);
  // The first open waits for the server's copy of the document (the device has none yet).
  await expect(body(page)).toBeVisible({ timeout: 30_000 });
  return page;
}

/** Whether every character of `sentence` is in `text`, in order (interleaved with others' typing or not). */
export function inOrder(text: string, sentence: string) {
  let at = 0;
  for (const ch of sentence.trim()) {
    at = text.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
