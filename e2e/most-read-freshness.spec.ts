import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eDb } from "./support/db";
import {
  ARTICLE_ACTIONS,
  actionId,
  actionResult,
  callAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";
import { visibleStories } from "./seo-support";

// The "Most read" rail is recounted only every few minutes, but a story taken off the site (or
// moved) leaves it on every reader page at once: the desk change refreshes the rail with the story.
const replica = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 1}`;
const RAIL = /<aside aria-labelledby="most-read-heading"[\s\S]*?<\/aside>/;

async function railLinks(request: APIRequestContext, url: string): Promise<string[]> {
  const html = await (await request.get(url)).text();
  return [...(html.match(RAIL)?.[0] ?? "").matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

function storyAt(path: string): { id: string; slug: string } {
  const db = e2eDb();
  try {
    return db
      .prepare(
        "SELECT a.id, a.slug FROM Article a JOIN Section s ON s.id = a.sectionId WHERE '/' || s.slug || '/' || a.slug = ?",
      )
      .get(path) as { id: string; slug: string };
  } finally {
    db.close();
  }
}

test("a story embargoed, unpublished, trashed or re-slugged leaves Most read on every reader page at once", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const editor = sessionCookie("editor");
  // Stories other suites rely on are left alone.
  const spare = new Set(
    visibleStories()
      .slice(0, 3)
      .map((s) => `/${s.sectionSlug}/${s.slug}`),
  );
  const path = (await railLinks(request, "/")).find((p) => !spare.has(p))!;
  expect(path).toBeTruthy();
  const story = storyAt(path);
  const otherStory = visibleStories().find((s) => `/${s.sectionSlug}/${s.slug}` !== path)!;
  const pages = ["/", `/${otherStory.sectionSlug}/${otherStory.slug}`];

  const transition = (name: string) =>
    callAction(
      baseURL!,
      `/admin/articles/${story.id}`,
      actionId(ARTICLE_ACTIONS, "transitionAction"),
      [{ id: story.id, transition: name }],
      editor,
    );
  // An edit to a published story reaches readers with Update, as the desk makes it.
  const save = async (change: Record<string, unknown>) => {
    const current = await currentArticle(baseURL!, editor, story.id, process.env.E2E_DB_FILE!);
    const saved = await callAction(
      baseURL!,
      `/admin/articles/${story.id}`,
      actionId(ARTICLE_ACTIONS, "saveArticleAction"),
      [{ id: story.id, baseVersion: current.version, fields: { ...current.fields, ...change } }],
      editor,
    );
    expect((actionResult(saved.text) as { ok: boolean }).ok, "the edit is saved").toBe(true);
    return callAction(
      baseURL!,
      `/admin/articles/${story.id}`,
      actionId(ARTICLE_ACTIONS, "updateArticleAction"),
      [{ id: story.id }],
      editor,
    );
  };
  const ok = async (call: Promise<{ text: string }>, what: string) =>
    expect((actionResult((await call).text) as { ok: boolean }).ok, what).toBe(true);

  const changes: [string, () => Promise<void>, () => Promise<void>][] = [
    [
      "embargo",
      () => ok(save({ embargoUntil: new Date(Date.now() + 86_400_000).toISOString() }), "embargo"),
      () => ok(save({ embargoUntil: null }), "lift the embargo"),
    ],
    ["unpublish", () => ok(transition("unpublish"), "unpublish"), () => ok(transition("publish"), "publish")],
    ["trash", () => ok(transition("trash"), "trash"), () => ok(transition("restore"), "restore")],
    [
      "re-slug",
      () => ok(save({ slug: `${story.slug}-moved` }), "re-slug"),
      () => ok(save({ slug: story.slug }), "slug back"),
    ],
  ];
  for (const [name, change, undo] of changes) {
    for (const url of pages) {
      await expect.poll(() => railLinks(request, url), { message: `${name}: before, ${url}` }).toContain(path);
      await expect
        .poll(() => railLinks(request, replica + url), { message: `${name}: before, replica ${url}` })
        .toContain(path);
    }
    await change();
    // This instance: at once, on the very next request.
    for (const url of pages) expect(await railLinks(request, url), `${name}: ${url}`).not.toContain(path);
    // The other instance: within its poll of the shared invalidations (one second).
    for (const url of pages)
      await expect
        .poll(() => railLinks(request, replica + url), { message: `${name}: replica ${url}` })
        .not.toContain(path);
    await undo();
  }
});
