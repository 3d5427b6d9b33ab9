import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { backupSqlite } from "@/lib/backup/sqlite-backup";
import { authFile } from "./support/desk";
import { e2eDb } from "./support/db";
import { body, KEPT_OFFLINE, saveStatus, waitSaved } from "./support/editor";
import { startSpareServer } from "./support/spare-server";

// Nothing typed is lost when something dies: the server (kill -9 while two people type), or the
// browser (closed without warning after long typing that never paused).

const port = Number(process.env.E2E_PORT || 3100) + 4;
const folder = `data/e2e-${port}-durability`;

test("kill -9 of the server while two people type: after the restart nothing is lost, and the indicator told the truth", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  rmSync(folder, { recursive: true, force: true });
  const file = await backupSqlite(path.resolve(process.env.E2E_DB_FILE!), folder, "-durability");
  const draft = () => {
    const db = new Database(file, { readonly: true });
    try {
      return db
        .prepare(
          `SELECT a.id FROM Article a JOIN ArticleAuthor aa ON aa.articleId = a.id JOIN User u ON u.id = aa.userId
           WHERE u.email = 'author@meridian.test' AND a.status = 'DRAFT' AND a.deletedAt IS NULL ORDER BY a.id LIMIT 1`,
        )
        .get() as { id: string };
    } finally {
      db.close();
    }
  };
  const bodyText = (id: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare("SELECT bodyText FROM Article WHERE id = ?").get(id) as { bodyText: string }).bodyText;
    } finally {
      db.close();
    }
  };
  let server = await startSpareServer(port, file);
  const { id } = draft();
  const url = `${server.url}/admin/articles/${id}`;
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  for (const page of [author, editor]) {
    await page.goto(url);
    await expect(body(page)).toBeVisible({ timeout: 30_000 });
  }
  // Each adds a paragraph of their own at the end, then types on through the crash.
  const before = bodyText(id);
  const lines = { author: "Author line ", editor: "Editor line " };
  for (const [who, page] of [
    ["author", author],
    ["editor", editor],
  ] as const) {
    await body(page).click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(`${lines[who]}start.`);
  }
  await Promise.all([waitSaved(author), waitSaved(editor)]);

  const typed = { author: "", editor: "" };
  let stop = false;
  const typeOn = async (who: "author" | "editor") => {
    const page = who === "author" ? author : editor;
    for (let n = 0; !stop; n++) {
      const word = ` ${who[0]}${n}`;
      await page.keyboard.type(word, { delay: 15 });
      typed[who] += word;
    }
  };
  const typing = Promise.all([typeOn("author"), typeOn("editor")]);
  await expect.poll(() => typed.author.length + typed.editor.length).toBeGreaterThan(60);
  server.kill("SIGKILL");
  await server.exited;
  // The indicator says so while the server is gone, and the typing goes on.
  await expect(saveStatus(author)).toHaveText(KEPT_OFFLINE, { timeout: 20_000 });
  await expect(saveStatus(editor)).toHaveText(KEPT_OFFLINE, { timeout: 20_000 });
  await expect.poll(() => typed.author.length + typed.editor.length).toBeGreaterThan(160);
  stop = true;
  await typing;

  server = await startSpareServer(port, file);
  await Promise.all([waitSaved(author), waitSaved(editor)]);
  await expect.poll(() => bodyText(id), { timeout: 20_000 }).toContain(`${lines.author}start.${typed.author}`);
  const text = bodyText(id);
  expect(text).toContain(`${lines.editor}start.${typed.editor}`);
  expect(text.startsWith(before.slice(0, 40))).toBe(true);
  await author.context().close();
  await editor.context().close();
  server.kill("SIGTERM");
  await server.exited;
  rmSync(folder, { recursive: true, force: true });
});

test("30 s of typing that never pauses, then the browser is closed without warning: reopening shows every word", async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(path.join(os.tmpdir(), "broadsheet-profile-"));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      ...testInfo.project.use.launchOptions,
      baseURL,
    });
    // The suite's signed-in author: the same cookies a person's browser would have kept.
    const { cookies } = JSON.parse((await import("node:fs")).readFileSync(authFile("author"), "utf8")) as {
      cookies: Parameters<typeof context.addCookies>[0];
    };
    await context.addCookies(cookies);
    return context;
  };
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/admin/articles");
  await page.getByRole("button", { name: "New article" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[a-z0-9]+$/);
  const url = page.url();
  const id = url.split("/").pop()!;
  await page.getByLabel("Headline").fill("Typed until the browser died");
  await body(page).click();
  let typed = "";
  const started = Date.now();
  for (let n = 0; Date.now() - started < 30_000; n++) {
    const word = `w${n} `;
    await page.keyboard.type(word, { delay: 20 });
    typed += word;
  }
  // No pause, no unload handlers: the browser is gone.
  await context.close({ reason: "killed" });

  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await expect(body(page)).toHaveText(typed.trimEnd(), { timeout: 30_000 });
  await waitSaved(page);
  const db = e2eDb();
  const row = db.prepare("SELECT bodyText FROM Article WHERE id = ?").get(id) as { bodyText: string };
  db.close();
  expect(row.bodyText.trimEnd()).toBe(typed.trimEnd());
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});
