import { HocuspocusProvider } from "@hocuspocus/provider";
import { expect, test, type Browser, type Page } from "@playwright/test";
import WebSocket from "ws";
import * as Y from "yjs";
import { authFile, npmScript, PASSWORD, people, signInFresh } from "./support/desk";
import {
  actionId,
  actionResult,
  ARTICLE_ACTIONS,
  callAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";
import { deskUser } from "./support/desk-matrix";
import { e2eDb } from "./support/db";
import {
  body,
  confirmed,
  inOrder,
  KEPT_OFFLINE,
  keptOffline,
  newArticle,
  openAs as open,
  publish,
  saveStatus,
  storedStory as stored,
  waitSaved,
} from "./support/editor";

// Several people on one story, as a news desk works: everyone's characters end up in the story,
// nobody is asked to choose between two texts, and the right to edit is checked while it is open.

test("two people type into one paragraph and into different fields at once, and every character is kept", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  const id = url.split("/").pop()!;
  await author.getByLabel("Headline").fill("Harbour cranes");
  await body(author).click();
  await author.keyboard.type("The port opened at dawn.");
  await waitSaved(author);

  const editor = await open(browser, "editor", url);
  // Each sees the other: presence names who else has the story open.
  await expect(author.getByRole("list", { name: `Also editing: ${people.editor.name}` })).toBeVisible();
  await expect(editor.getByRole("list", { name: `Also editing: ${people.author.name}` })).toBeVisible();
  await expect(body(editor)).toContainText("The port opened at dawn.");

  // Both at the end of the same paragraph, and each in a field of their own, at the same time.
  await body(editor).click();
  await editor.keyboard.press("End");
  const mine = " Ships queued past the breakwater while the tide turned slowly.";
  const theirs = " Dock workers counted forty containers before noon on the quay.";
  await Promise.all([author.keyboard.type(mine, { delay: 25 }), editor.keyboard.type(theirs, { delay: 25 })]);
  await Promise.all([
    author.getByLabel("Headline").pressSequentially(" reopen", { delay: 20 }),
    editor.getByLabel("Standfirst").pressSequentially("Trade resumes after the storm.", { delay: 20 }),
  ]);
  await Promise.all([waitSaved(author), waitSaved(editor)]);

  const row = stored(id);
  expect(row.bodyText).toContain("The port opened at dawn.");
  // Interleaved or not, every character of each sentence is there, in order.
  expect(row.bodyText.length).toBe("The port opened at dawn.".length + mine.length + theirs.length);
  expect(inOrder(row.bodyText, mine)).toBe(true);
  expect(inOrder(row.bodyText, theirs)).toBe(true);
  expect(row.title).toBe("Harbour cranes reopen");
  expect(row.standfirst).toBe("Trade resumes after the storm.");
  // Both screens show the same story.
  await expect(body(editor)).toHaveText(await body(author).innerText());
  await expect(editor.getByLabel("Headline")).toHaveValue("Harbour cranes reopen");
  await expect(author.getByLabel("Standfirst")).toHaveValue("Trade resumes after the storm.");
  await author.context().close();
  await editor.context().close();
});

test("three people type into one paragraph at once; every character is in the story readers get", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  const id = url.split("/").pop()!;
  const headline = `Three at the quay ${Date.now()}`;
  await author.getByLabel("Headline").fill(headline);
  await author.getByLabel("Standfirst").fill("Three reporters, one paragraph.");
  await body(author).click();
  await author.keyboard.type("Boats came in.");
  await waitSaved(author);
  const editor = await open(browser, "editor", url);
  const chief = await open(browser, "admin", url);
  await expect(chief.getByRole("list", { name: /Also editing: .*Arun Author/ })).toBeVisible();

  for (const page of [editor, chief]) {
    await body(page).click();
    await page.keyboard.press("ControlOrMeta+End");
  }
  const sentences = [
    " Nets were mended on the slipway before the rain.",
    " A trawler unloaded its catch at the fish market.",
    " The harbour master logged every arrival by hand.",
  ];
  await Promise.all([author, editor, chief].map((page, i) => page.keyboard.type(sentences[i]!, { delay: 25 })));
  await Promise.all([author, editor, chief].map((page) => waitSaved(page)));
  const text = stored(id).bodyText;
  expect(text.length).toBe("Boats came in.".length + sentences.join("").length);
  for (const sentence of sentences) expect(inOrder(text, sentence), `"${sentence}" in order`).toBe(true);

  await publish(chief);
  const db = e2eDb();
  const where = db
    .prepare("SELECT a.slug, s.slug AS section FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.id = ?")
    .get(id) as { slug: string; section: string };
  db.close();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/${where.section}/${where.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.getByRole("article").getByText(text, { exact: true })).toBeVisible();
  for (const page of [author, editor, chief, reader]) await page.context().close();
});

test("select all and one key: the text before is still in the history, and restoring it brings it back", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(page);
  const id = url.split("/").pop()!;
  await page.getByLabel("Headline").fill("Select all");
  await body(page).click();
  const words = "A long paragraph that somebody worked on all morning and would hate to lose.";
  await page.keyboard.type(words);
  await waitSaved(page);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("x");
  await waitSaved(page);
  expect(stored(id).bodyText).toBe("x");

  // The one-key save started a revision of its own: the one before it holds the paragraph.
  const db = e2eDb();
  const kept = db
    .prepare("SELECT version FROM Revision WHERE articleId = ? AND snapshot LIKE ? ORDER BY version DESC")
    .all(id, `%${words}%`) as { version: number }[];
  db.close();
  expect(kept.length).toBeGreaterThan(0);
  await page.goto(`${url}/revisions`);
  await confirmed(page, page.getByRole("button", { name: `Restore v${kept[0]!.version}`, exact: true }));
  await expect.poll(() => stored(id).bodyText, { timeout: 15_000 }).toBe(words);
  await page.goto(url);
  await expect(body(page)).toHaveText(words);
  await page.context().close();
});

test("opening a story only to read it changes nothing, and no one becomes the author of the editor's tidying", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const writer = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(writer);
  const id = url.split("/").pop()!;
  await writer.getByLabel("Headline").fill("Ferry crossings by port, in one table");
  await waitSaved(writer);

  // Written by another route (a script, an import): a table with a short row, which the editor's
  // table plugin makes regular as it opens, and a link whose mark the schema fills out.
  const cookie = sessionCookie("author");
  const current = await currentArticle(baseURL!, cookie, id, process.env.E2E_DB_FILE!);
  const cell = (text: string) => ({
    type: "tableCell",
    content: [{ type: "paragraph", content: [{ type: "text", text }] }],
  });
  const saved = await callAction(
    baseURL!,
    url.replace(baseURL!, ""),
    actionId(ARTICLE_ACTIONS, "saveArticleAction"),
    [
      {
        id,
        baseVersion: current.version,
        fields: {
          ...current.fields,
          body: {
            type: "doc",
            content: [
              {
                type: "paragraph",
                content: [
                  { type: "text", text: "Crossings resumed at " },
                  {
                    type: "text",
                    text: "three ports",
                    marks: [{ type: "link", attrs: { href: "https://example.org/ports" } }],
                  },
                  { type: "text", text: " on Monday." },
                ],
              },
              {
                type: "table",
                content: [
                  { type: "tableRow", content: [cell("Port"), cell("Crossings"), cell("Delays")] },
                  { type: "tableRow", content: [cell("Dover")] },
                ],
              },
            ],
          },
        },
      },
    ],
    cookie,
  );
  expect(actionResult(saved.text)).toMatchObject({ ok: true });
  const read = () => {
    const db = e2eDb();
    try {
      return db
        .prepare(
          `SELECT a.version, (SELECT COUNT(*) FROM Revision r WHERE r.articleId = a.id AND r.authorId = ?) AS theirs
           FROM Article a WHERE a.id = ?`,
        )
        .get(deskUser("editor").id, id) as { version: number; theirs: number };
    } finally {
      db.close();
    }
  };
  const before = read();
  // The writer still has the story open: the server takes the outside change into the open
  // document (and makes its table regular) without storing that in the writer's name.
  await expect(body(writer).getByRole("row").nth(1).getByRole("cell")).toHaveCount(3, { timeout: 15_000 });
  await waitSaved(writer);
  await writer.context().close();

  const reader = await open(browser, "editor", url);
  await expect(body(reader).getByRole("table")).toBeVisible();
  await expect(body(reader).getByRole("row").nth(1).getByRole("cell")).toHaveCount(3);
  await expect(saveStatus(reader)).toHaveText(/^Saved/);
  // Long enough for any change the page made to be stored (the server stores within 2 s).
  await reader.waitForTimeout(4_000);
  await expect(saveStatus(reader)).toHaveText(/^Saved/);
  // Leaving asks nothing: there is nothing of theirs to lose.
  await reader.goto("/admin/articles");
  await expect(reader).toHaveURL(/\/admin\/articles$/);
  await reader.context().close();
  expect(read()).toEqual(before);
  expect(before.theirs).toBe(0);
});

test("a contributor's open editor turns read-only when the story is submitted elsewhere", async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await (await browser.newContext({ storageState: authFile("contributor") })).newPage();
  const url = await newArticle(first);
  const id = url.split("/").pop()!;
  await first.getByLabel("Headline").fill("Submitted while open");
  await body(first).click();
  await first.keyboard.type("Filed from the field.");
  await waitSaved(first);

  const second = await open(browser, "contributor", url);
  await expect(body(second)).toHaveAttribute("contenteditable", "true");
  await first.getByRole("button", { name: "Submit for review" }).click();
  await expect.poll(() => stored(id).status).toBe("IN_REVIEW");
  // The other tab learns it from the server, without a reload.
  await expect(body(second)).toHaveAttribute("contenteditable", "false", { timeout: 10_000 });
  await expect(second.getByText("Read only: this story is with the editors.")).toBeVisible();
  expect(stored(id).bodyText).toBe("Filed from the field.");
  await first.context().close();
  await second.context().close();
});

test("a connection for a story one may not open gets nothing of it", async ({ baseURL }) => {
  // The author's draft, which a contributor may not open.
  const db = e2eDb();
  const row = db
    .prepare(
      `SELECT a.id, a.title FROM Article a JOIN ArticleAuthor aa ON aa.articleId = a.id JOIN User u ON u.id = aa.userId
       WHERE u.email = ? AND a.status = 'DRAFT' AND a.deletedAt IS NULL AND a.title <> '' LIMIT 1`,
    )
    .get(people.author.email) as { id: string; title: string } | undefined;
  db.close();
  expect(row, "a draft of the author's").toBeTruthy();
  const origin = new URL(baseURL!).origin;
  const cookie = sessionCookie("contributor");
  const withCookie = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
      // Refused sockets are closed while still connecting; that is the point, not a failure.
      this.on("error", () => undefined);
    }
  };
  const doc = new Y.Doc();
  const failed = new Promise<string>((resolve) => {
    const provider = new HocuspocusProvider({
      url: `${origin.replace(/^http/, "ws")}/admin/collab`,
      name: row!.id,
      document: doc,
      token: "session",
      ...({ WebSocketPolyfill: withCookie } as object),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        resolve(reason);
      },
    });
  });
  // The refusal names no reason a stranger could learn from.
  expect(await failed).toBe("permission-denied");
  expect(doc.getText("title").toString()).toBe("");
  expect(doc.getXmlFragment("body").length).toBe(0);

  // And from another site's page, the upgrade itself is refused.
  const refused = await new Promise<number>((resolve) => {
    const ws = new WebSocket(`${origin.replace(/^http/, "ws")}/admin/collab`, {
      headers: { cookie: sessionCookie("editor"), origin: "https://evil.example" },
    });
    ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
    ws.on("open", () => resolve(101));
    ws.on("error", () => undefined);
  });
  expect(refused).toBe(403);
});

test("a minute typed offline while a colleague edits online: the indicator counts what the device keeps, and both merge", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const writer = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(writer);
  const id = url.split("/").pop()!;
  await writer.getByLabel("Headline").fill("Offline merge");
  await body(writer).click();
  await writer.keyboard.type("First line.");
  await waitSaved(writer);
  const editor = await open(browser, "editor", url);

  await writer.context().setOffline(true);
  await body(writer).click();
  await writer.keyboard.press("ControlOrMeta+End");
  let offline = "";
  const until = Date.now() + 60_000;
  const typing = (async () => {
    for (let n = 0; Date.now() < until; n++) {
      const word = ` w${n}`;
      await writer.keyboard.type(word, { delay: 25 });
      offline += word;
    }
  })();
  // Meanwhile a colleague edits online, again and again.
  const standfirsts = ["Edited online meanwhile.", "Edited online again.", "Edited online a third time."];
  for (const text of standfirsts) {
    await editor.getByLabel("Standfirst").fill(text);
    await waitSaved(editor);
    await editor.waitForTimeout(15_000);
  }
  let early = NaN;
  await expect.poll(async () => (early = await keptOffline(writer)), { timeout: 15_000 }).toBeGreaterThan(0);
  await typing;
  // Once the device has every change, it says so, counting every key typed offline.
  await expect(saveStatus(writer)).toHaveText(KEPT_OFFLINE, { timeout: 15_000 });
  expect(await keptOffline(writer)).toBeGreaterThanOrEqual(offline.length);
  expect(await keptOffline(writer)).toBeGreaterThan(early);
  expect(stored(id).bodyText).toBe("First line.");

  await writer.context().setOffline(false);
  await waitSaved(writer);
  await expect.poll(() => stored(id).bodyText, { timeout: 15_000 }).toBe(`First line.${offline}`);
  expect(stored(id).standfirst).toBe(standfirsts.at(-1));
  await expect(writer.getByLabel("Standfirst")).toHaveValue(standfirsts.at(-1)!);
  // (The body's text also holds the writer's caret label, hence "contain".)
  await expect(body(editor)).toContainText(`First line.${offline}`);
  await writer.context().close();
  await editor.context().close();
});

test("where a network blocks WebSockets, the editor says so and the text still reaches the server", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(page);
  const id = url.split("/").pop()!;
  await page.getByLabel("Headline").fill("Behind a strict proxy");
  await body(page).click();
  await page.keyboard.type("Written where live editing cannot connect.");
  await waitSaved(page);
  // From now on, every WebSocket to the site is refused, as some office proxies do.
  await page.routeWebSocket(/\/admin\/collab/, (ws) => ws.close({ code: 1006 }));
  await page.reload();
  await expect(body(page)).toContainText("Written where live editing cannot connect.");
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" And more after the proxy.");
  await expect(saveStatus(page)).toHaveText(KEPT_OFFLINE);
  const warning = page.getByRole("alert").filter({ hasText: "Live editing can’t connect from this network" });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await warning.getByRole("button", { name: "Save to the server" }).click();
  await expect
    .poll(() => stored(id).bodyText, { timeout: 15_000 })
    .toBe("Written where live editing cannot connect. And more after the proxy.");
  await page.context().close();
});

/** A new AUTHOR account (made with the operator CLI), signed in in a context of its own, with a new draft open. */
async function newAuthorWithDraft(browser: Browser, prefix: string, name: string) {
  const email = `${prefix}-${Date.now()}@meridian.test`;
  const created = npmScript("user:create", ["--email", email, "--name", name, "--role", "AUTHOR"], `${PASSWORD}\n`);
  expect(created.output).toContain(`Created AUTHOR ${email}`);
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signInFresh(page, email);
  const url = await newArticle(page);
  return { email, page, id: url.split("/").pop()! };
}

test("a user deactivated while editing is disconnected at once; what they type after stays on their device only", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { email, page: member, id } = await newAuthorWithDraft(browser, "leaving", "Lee Leaving");
  await member.getByLabel("Headline").fill("Handover notes");
  await body(member).click();
  await member.keyboard.type("Written before the account was closed.");
  await waitSaved(member);

  const admin = await (await browser.newContext({ storageState: authFile("admin") })).newPage();
  await admin.goto("/admin/users");
  const row = admin.getByRole("listitem").filter({ hasText: email });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toContainText("Account deactivated");

  // The open editor learns it from the server without a reload, and says what to do.
  await expect(saveStatus(member)).toHaveText(/^Not saved: .*session has ended/i, { timeout: 15_000 });
  await body(member).click();
  await member.keyboard.press("ControlOrMeta+End");
  await member.keyboard.type(" Typed after.");
  // The server takes nothing more from that connection (the next store would have been within 2 s).
  await member.waitForTimeout(4_000);
  expect(stored(id).bodyText).toBe("Written before the account was closed.");
  await expect(body(member)).toContainText("Typed after.");
  await admin.context().close();
  await member.context().close();
});

test("what is typed after a session ends goes to the server as soon as its writer signs in again in another tab", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { email, page: writer, id } = await newAuthorWithDraft(browser, "returning", "Rae Returning");
  const context = writer.context();
  await writer.getByLabel("Headline").fill("Night shift notes");
  await body(writer).click();
  await writer.keyboard.type("Filed before the password changed.");
  await waitSaved(writer);

  // Setting a new password ends every session the writer has, this tab's included.
  const NEW_PASSWORD = "a fresh lantern by the quay 7";
  const changed = npmScript("user:password", ["--email", email], `${NEW_PASSWORD}\n`);
  expect(changed.output).toContain("their existing sessions have ended");
  await expect(saveStatus(writer)).toHaveText(/^Not saved: .*session has ended/i, { timeout: 15_000 });
  await body(writer).click();
  await writer.keyboard.press("ControlOrMeta+End");
  await writer.keyboard.type(" Typed while signed out.");
  await writer.waitForTimeout(3_000);
  expect(stored(id).bodyText).toBe("Filed before the password changed.");

  // Signing in again in another tab: the editor tab, untouched, sends what it kept.
  const login = await context.newPage();
  await signInFresh(login, email, NEW_PASSWORD);
  await expect
    .poll(() => stored(id).bodyText, { timeout: 10_000 })
    .toBe("Filed before the password changed. Typed while signed out.");
  await expect(saveStatus(writer)).toHaveText(/^Saved \d/, { timeout: 10_000 });
  await context.close();
});

test("the articles list and the dashboard show who has a story open, and stop once they leave", async ({ browser }) => {
  test.setTimeout(90_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  const headline = `Open in the field ${Date.now()}`;
  await author.getByLabel("Headline").fill(headline);
  await waitSaved(author);

  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const openBy = (page: Page, name: string) =>
    page
      .getByRole("row")
      .filter({ hasText: headline })
      .getByRole("list", { name: `Open now by ${name}` });
  await expect(async () => {
    await editor.goto(`/admin/articles?q=${encodeURIComponent(headline)}`);
    await expect(openBy(editor, people.author.name)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // The editor opens it too: the author's dashboard names the editor, not the author's own tab.
  await editor.goto(url);
  await expect(body(editor)).toBeVisible({ timeout: 30_000 });
  const dashboard = await author.context().newPage();
  await expect(async () => {
    await dashboard.goto("/admin");
    await expect(openBy(dashboard, people.editor.name)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(dashboard.getByRole("list", { name: /Open now by .*Arun Author/ })).toHaveCount(0);

  await editor.context().close();
  await expect(async () => {
    await dashboard.reload();
    await expect(dashboard.getByRole("row").filter({ hasText: headline })).toBeVisible({ timeout: 1_000 });
    await expect(openBy(dashboard, people.editor.name)).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await author.context().close();
});

test("a colleague's change to the headline leaves one's caret where one was typing", async ({ browser }) => {
  test.setTimeout(90_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  await author.getByLabel("Headline").fill("Mayor resigns");
  await waitSaved(author);
  const editor = await open(browser, "editor", url);
  await expect(editor.getByLabel("Headline")).toHaveValue("Mayor resigns");

  // The author's caret after "Mayor"; the editor puts a word in front of the headline.
  const headline = author.getByLabel("Headline");
  await headline.focus();
  await headline.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5));
  await editor.getByLabel("Headline").focus();
  await editor.keyboard.press("Home");
  await editor.keyboard.type("Breaking: ");
  await expect(headline).toHaveValue("Breaking: Mayor resigns");
  await author.keyboard.type(" Ahmed");
  await expect(headline).toHaveValue("Breaking: Mayor Ahmed resigns");
  await expect(editor.getByLabel("Headline")).toHaveValue("Breaking: Mayor Ahmed resigns");
  await author.context().close();
  await editor.context().close();
});

test("two people adding a tag each at once keep both tags", async ({ browser }) => {
  test.setTimeout(90_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  const id = url.split("/").pop()!;
  await author.getByLabel("Headline").fill("Tags at once");
  await waitSaved(author);
  const editor = await open(browser, "editor", url);
  await author.getByLabel("Tags").focus();
  await editor.getByLabel("Tags").focus();
  await Promise.all([
    author.keyboard.type("Ferry Crossings", { delay: 30 }),
    editor.keyboard.type("Harbour Weather", { delay: 30 }),
  ]);
  // Leaving the box shows the tags as the story has them.
  await author.getByLabel("Headline").focus();
  await editor.getByLabel("Headline").focus();
  await Promise.all([waitSaved(author), waitSaved(editor)]);
  for (const page of [author, editor]) {
    await expect(page.getByLabel("Tags")).toHaveValue(/Ferry Crossings/);
    await expect(page.getByLabel("Tags")).toHaveValue(/Harbour Weather/);
  }
  const db = e2eDb();
  const names = (
    db
      .prepare("SELECT t.name FROM ArticleTag at JOIN Tag t ON t.id = at.tagId WHERE at.articleId = ? ORDER BY t.name")
      .all(id) as { name: string }[]
  ).map((r) => r.name);
  db.close();
  expect(names).toEqual(["Ferry Crossings", "Harbour Weather"]);
  await author.context().close();
  await editor.context().close();
});
