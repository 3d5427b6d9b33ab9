import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { authFile, people } from "./support/desk";
import { ARTICLE_ACTIONS, actionId, actionResult, callAction, currentArticle, sessionCookie } from "./support/desk-actions";
import { newArticle } from "./support/editor";
import { XSS_PAYLOADS } from "./support/xss-payloads";

// Stored and reflected script injection: every payload of the corpus goes through the desk's real
// actions into every field that reaches HTML, and Chromium then opens every page that shows
// them. A payload that ran would call window.__xss(), open a dialog or reach a foreign origin.

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

const dbFile = () => process.env.E2E_DB_FILE!;
function read<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(dbFile(), { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** Records anything a payload could do on a page. */
async function guard(page: Page) {
  const hits: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __xss: () => void }).__xss = () => {
      (window as unknown as { __xssRan: number }).__xssRan = ((window as unknown as { __xssRan?: number }).__xssRan ?? 0) + 1;
    };
  });
  page.on("dialog", (d) => {
    hits.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && !["127.0.0.1", "localhost"].includes(url.hostname)) hits.push(`request: ${r.url()}`);
  });
  const visit = async (path: string) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("load");
    const ran = await page.evaluate(() => (window as unknown as { __xssRan?: number }).__xssRan ?? 0);
    expect(ran, `a payload ran on ${path}`).toBe(0);
    expect(hits, path).toEqual([]);
    return res;
  };
  return { visit };
}

const groups = Array.from({ length: Math.ceil(XSS_PAYLOADS.length / 10) }, (_, g) => XSS_PAYLOADS.slice(g * 10, g * 10 + 10));
const ids: string[] = [];

test("every payload is stored as text through the article fields, and the dangerous ones are refused where they would be code", async ({ browser, baseURL }) => {
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const cookie = sessionCookie("editor");
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  const transition = actionId(ARTICLE_ACTIONS, "transitionAction");
  for (const [g, group] of groups.entries()) {
    const id = (await newArticle(page)).split("/").pop()!;
    ids.push(id);
    const current = await currentArticle(baseURL!, cookie, id, dbFile());
    const fields = {
      ...current.fields,
      title: `Injection ${g}: ${group[0]}`.slice(0, 200),
      standfirst: group.join(" ").slice(0, 400),
      dateline: group[1]!.slice(0, 60),
      excerpt: group[2]!.slice(0, 400),
      metaTitle: group[3]!.slice(0, 120),
      metaDescription: group.join(" ").slice(0, 300),
      tags: group.map((p, i) => `x${g}-${i} ${p}`.slice(0, 50).trim()),
      body: {
        type: "doc",
        content: group.flatMap((p) => [
          { type: "paragraph", content: [{ type: "text", text: p }, { type: "text", text: ` ${p}`, marks: [{ type: "link", attrs: { href: `https://example.com/?q=${encodeURIComponent(p)}` } }] }] },
          { type: "image", attrs: { src: "/icon", alt: p.slice(0, 500), caption: p, credit: p.slice(0, 200) } },
          { type: "pullQuote", attrs: { attribution: p.slice(0, 200) }, content: [{ type: "text", text: p }] },
        ]),
      },
    };
    const saved = actionResult((await callAction(baseURL!, `/admin/articles/${id}`, save, [{ id, baseVersion: current.version, fields }], cookie)).text) as { ok: boolean };
    expect(saved, `group ${g}`).toMatchObject({ ok: true });
    const published = actionResult((await callAction(baseURL!, `/admin/articles/${id}`, transition, [{ id, transition: "publish" }], cookie)).text) as { ok: boolean };
    expect(published, `group ${g}`).toMatchObject({ ok: true });
  }

  // Where a payload would be code rather than text, it is refused: link targets, embeds, image
  // sources and slugs.
  const id = ids[0]!;
  // (An https URL that carries markup is still only a URL: React writes it as an escaped attribute.)
  for (const p of XSS_PAYLOADS.filter((p) => !/^\s*(https?:|mailto:|\/)/i.test(p))) {
    const current = await currentArticle(baseURL!, cookie, id, dbFile());
    const attempts = [
      { ...current.fields, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: p } }] }] }] } },
      { ...current.fields, body: { type: "doc", content: [{ type: "image", attrs: { src: p, alt: "x" } }] } },
      { ...current.fields, body: { type: "doc", content: [{ type: "embed", attrs: { provider: "youtube", url: p } }] } },
      { ...current.fields, slug: p },
    ];
    for (const fields of attempts) {
      const res = actionResult((await callAction(baseURL!, `/admin/articles/${id}`, save, [{ id, baseVersion: current.version, fields }], cookie)).text);
      expect(res, p).toMatchObject({ ok: false });
    }
  }
  await page.context().close();
});

test("Chromium opens every page that shows the payloads and nothing runs", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const { visit } = await guard(page);
  const stories = read<{ slug: string; section: string }>(
    `SELECT a.slug, s.slug AS section FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.id IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  );
  expect(stories).toHaveLength(groups.length);
  for (const s of stories) await visit(`/${s.section}/${s.slug}`);
  const tags = read<{ slug: string }>(`SELECT DISTINCT t.slug FROM Tag t JOIN ArticleTag x ON x.tagId = t.id WHERE x.articleId IN (${ids.map(() => "?").join(",")})`, ...ids);
  expect(tags.length).toBeGreaterThan(XSS_PAYLOADS.length / 2);
  for (const t of tags) await visit(`/tag/${t.slug}`);
  const sections = [...new Set(stories.map((s) => s.section))];
  for (const s of sections) await visit(`/${s}`);
  await visit("/");
  const [editor] = read<{ slug: string }>("SELECT slug FROM User WHERE email = ?", people.editor.email);
  await visit(`/author/${editor!.slug}`);
  // Search: the stories come back with highlighted passages, and every payload as a query.
  await visit("/search?q=xss");
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  for (const p of XSS_PAYLOADS) await visit(`/search?q=${encodeURIComponent(p)}`);
  await page.context().close();
});
