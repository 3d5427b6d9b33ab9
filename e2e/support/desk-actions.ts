import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { authFile, type Person } from "./desk";

// Calls the desk's server actions over HTTP exactly as the editor does (a POST with the action's
// id in `Next-Action` and its arguments as JSON), for tests that need many saves and publishes
// at once: the crash test, the load test. Action ids come from the build's manifest.

const distDir = () => process.env.E2E_DIST_DIR || process.env.NEXT_DIST_DIR || ".next-e2e";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string; workers: Record<string, unknown> }> };

export function actionId(file: string, name: string, dir = distDir()): string {
  const manifest = JSON.parse(readFileSync(path.join(dir, "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === name && (entry.filename ?? "").endsWith(file)) return id;
  }
  throw new Error(`No server action ${name} in ${file}`);
}

/** The `Cookie` header of a signed-in desk user, from the sign-in the suite saved. */
export function sessionCookie(who: Person): string {
  const state = JSON.parse(readFileSync(authFile(who), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Reads the action's return value out of the React Server Components answer. */
export function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
  const ref = root?.a?.startsWith("$@") ? root.a.slice(2) : null;
  if (!ref || !rows.has(ref)) throw new Error(`Unexpected action answer: ${text.slice(0, 200)}`);
  return JSON.parse(rows.get(ref)!);
}

export async function callAction(baseUrl: string, pagePath: string, id: string, args: unknown[], cookie?: string, origin = baseUrl) {
  const res = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(args),
  });
  return { status: res.status, text: await res.text() };
}

export const ARTICLE_ACTIONS = "app/admin/(desk)/articles/[id]/actions.ts";

/**
 * An article's editable fields and version as the server sees them: a save based on a version
 * that cannot exist is refused as a conflict, and the refusal carries the current article.
 */
export async function currentArticle(baseUrl: string, cookie: string, id: string, dbFile: string) {
  const sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare("SELECT * FROM Article WHERE id = ?").get(id) as Record<string, unknown>;
    const tags = sqlite.prepare("SELECT t.name FROM ArticleTag x JOIN Tag t ON t.id = x.tagId WHERE x.articleId = ? ORDER BY x.position").all(id) as { name: string }[];
    const authors = sqlite.prepare("SELECT userId FROM ArticleAuthor WHERE articleId = ? ORDER BY position").all(id) as { userId: string }[];
    const fields = {
      title: row.title, slug: row.slug, standfirst: row.standfirst, excerpt: row.excerpt, dateline: row.dateline, sectionId: row.sectionId,
      tags: tags.map((t) => t.name), authorIds: authors.map((a) => a.userId), featuredImageId: row.featuredImageId, socialImageId: row.socialImageId,
      metaTitle: row.metaTitle ?? "", metaDescription: row.metaDescription ?? "", featured: !!row.featured, breaking: !!row.breaking, body: JSON.parse(String(row.body)),
    };
    const probe = await callAction(baseUrl, `/admin/articles/${id}`, actionId(ARTICLE_ACTIONS, "saveArticleAction"), [{ id, baseVersion: 1_000_000_000, fields }], cookie);
    const result = actionResult(probe.text) as { kind?: string; current?: { version: number; fields: Record<string, unknown> & { body: { content: unknown[] } } } };
    if (result.kind !== "conflict" || !result.current) throw new Error(`Could not read article ${id}: ${probe.text.slice(0, 300)}`);
    return result.current;
  } finally {
    sqlite.close();
  }
}
