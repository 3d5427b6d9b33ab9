import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { ARTICLE_ACTIONS, actionId, actionResult, callAction, callFormAction } from "../../scripts/lib/desk-client";
import { authFile, type Person } from "./desk";

export { ARTICLE_ACTIONS, actionId, actionResult, callAction, callFormAction };

// The desk's server actions called over HTTP (scripts/lib/desk-client.ts) by the suite's users.

/** The `Cookie` header of a signed-in desk user, from the sign-in the suite saved. */
export function sessionCookie(who: Person): string {
  const state = JSON.parse(readFileSync(authFile(who), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * An article's editable fields and version as the server sees them: a save based on a version
 * that cannot exist is refused as a conflict, and the refusal carries the current article.
 */
export async function currentArticle(baseUrl: string, cookie: string, id: string, dbFile: string) {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare("SELECT * FROM Article WHERE id = ?").get(id) as Record<string, unknown>;
    const tags = sqlite
      .prepare("SELECT t.name FROM ArticleTag x JOIN Tag t ON t.id = x.tagId WHERE x.articleId = ? ORDER BY x.position")
      .all(id) as { name: string }[];
    const authors = sqlite
      .prepare("SELECT userId FROM ArticleAuthor WHERE articleId = ? ORDER BY position")
      .all(id) as { userId: string }[];
    const fields = {
      title: row.title,
      slug: row.slug,
      standfirst: row.standfirst,
      excerpt: row.excerpt,
      dateline: row.dateline,
      sectionId: row.sectionId,
      tags: tags.map((t) => t.name),
      authorIds: authors.map((a) => a.userId),
      featuredImageId: row.featuredImageId,
      socialImageId: row.socialImageId,
      metaTitle: row.metaTitle ?? "",
      metaDescription: row.metaDescription ?? "",
      featured: !!row.featured,
      breaking: !!row.breaking,
      embargoUntil: row.embargoUntil == null ? null : new Date(row.embargoUntil as string | number).toISOString(),
      body: JSON.parse(String(row.body)),
    };
    const probe = await callAction(
      baseUrl,
      `/admin/articles/${id}`,
      actionId(ARTICLE_ACTIONS, "saveArticleAction"),
      [{ id, baseVersion: 1_000_000_000, fields }],
      cookie,
    );
    const result = actionResult(probe.text) as {
      kind?: string;
      current?: {
        version: number;
        fields: Record<string, unknown> & { body: { content: unknown[] } };
        draft: { fields: Record<string, unknown> & { body: { content: unknown[] } } } | null;
      };
    };
    if (result.kind !== "conflict" || !result.current)
      throw new Error(`Could not read article ${id}: ${probe.text.slice(0, 300)}`);
    // A published story is edited through its working copy: that is what a save builds on.
    return { ...result.current, fields: result.current.draft?.fields ?? result.current.fields };
  } finally {
    sqlite.close();
  }
}
