import { expect } from "@playwright/test";
import type { ArticleAccessInfo } from "@/lib/articles/access";
import { people } from "./desk";
import { currentArticle } from "./desk-actions";
import { call, cookieOf, one, paragraph, RUN, submit, upload, type Caller } from "./desk-matrix";

// Fixtures for the authorisation matrix, made through the desk's own actions by an administrator
// or editor, so every caller meets a story, image or item of its own.

export const FILES = {
  articles: "app/admin/(desk)/articles/actions.ts",
  article: "app/admin/(desk)/articles/[id]/actions.ts",
  revisions: "app/admin/(desk)/articles/[id]/revisions/actions.ts",
  breaking: "app/admin/(desk)/articles/[id]/breaking-actions.ts",
  live: "app/admin/(desk)/articles/[id]/live/actions.ts",
  budget: "app/admin/(desk)/budget/actions.ts",
  media: "app/admin/(desk)/media/actions.ts",
  profile: "app/admin/(desk)/profile/actions.ts",
  sections: "app/admin/(desk)/sections/actions.ts",
  tags: "app/admin/(desk)/tags/actions.ts",
  users: "app/admin/(desk)/users/actions.ts",
  setup: "app/admin/setup/actions.ts",
  reset: "app/admin/reset/[token]/actions.ts",
} as const;

const suiteEmails = Object.values(people).map((p) => p.email);

/** A demo byline: someone who is none of the suite's desk accounts. */
export function demoAuthorId(): string {
  return one<{ userId: string }>(
    `SELECT x.userId FROM ArticleAuthor x JOIN User u ON u.id = x.userId WHERE u.email NOT IN (${suiteEmails.map(() => "?").join(",")}) AND u.email NOT LIKE '%@matrix.test' ORDER BY u.email LIMIT 1`,
    ...suiteEmails,
  )!.userId;
}

export function access(id: string): ArticleAccessInfo {
  const row = one<{ status: ArticleAccessInfo["status"]; deletedAt: string | null }>(
    "SELECT status, deletedAt FROM Article WHERE id = ?",
    id,
  )!;
  const db = one<{ ids: string }>("SELECT group_concat(userId) AS ids FROM ArticleAuthor WHERE articleId = ?", id)!;
  return { status: row.status, deletedAt: row.deletedAt, authorIds: db.ids ? db.ids.split(",") : [] };
}

/** A new draft with a headline and text, bylined to `authorIds` (saved by an editor). */
export async function draft(
  baseUrl: string,
  title: string,
  authorIds: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const made = await submit(baseUrl, FILES.articles, "createArticleAction", {}, cookieOf("admin"));
  expect(made.redirect, "the administrator's new draft").toMatch(/^\/admin\/articles\//);
  const id = made.redirect!.split("/").pop()!;
  await editAs(baseUrl, "editor", id, {
    title,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
    body: paragraph(`${title}: the story so far.`),
    authorIds,
    ...extra,
  });
  return id;
}

/** Saves changed fields over the story's current version, as `who`, and says whether it took. */
export async function editAs(baseUrl: string, who: Caller, id: string, changes: Record<string, unknown>) {
  const current = await currentArticle(baseUrl, cookieOf("editor")!, id, process.env.E2E_DB_FILE!);
  const saved = await call(
    baseUrl,
    FILES.article,
    "saveArticleAction",
    { id, baseVersion: current.version, fields: { ...current.fields, ...changes } },
    cookieOf(who),
    id,
  );
  if (who === "editor" || who === "admin")
    expect(saved.result.ok, `${who} saves ${id}: ${saved.result.message ?? ""}`).toBe(true);
  return saved;
}

/** An image in the library uploaded by the administrator, with no description. */
export async function adminImage(baseUrl: string, name: string): Promise<string> {
  const res = await upload(baseUrl, "/api/media", `${name}.png`, cookieOf("admin"));
  expect(res.status, `upload of ${name}`).toBe(201);
  return res.body.item!.id;
}

/** A published story readers can see, bylined to none of the suite's accounts. */
export function foreignPublished(offset: number): string {
  return one<{ id: string }>(
    `SELECT a.id FROM Article a WHERE a.status = 'PUBLISHED' AND a.deletedAt IS NULL AND a.embargoUntil IS NULL AND a.breaking = 0 AND a.live = 0
     AND NOT EXISTS (SELECT 1 FROM ArticleAuthor x JOIN User u ON u.id = x.userId WHERE x.articleId = a.id AND (u.email IN (${suiteEmails.map(() => "?").join(",")}) OR u.email LIKE '%@matrix.test'))
     ORDER BY a.publishedAt ASC LIMIT 1 OFFSET ?`,
    ...suiteEmails,
    offset,
  )!.id;
}

export const tag = (who: string) => `${RUN}-${who.replace(/\s+/g, "-")}`;
