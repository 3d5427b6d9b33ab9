import path from "node:path";
import Database from "better-sqlite3";
import { XMLParser } from "fast-xml-parser";
import { e2eDb } from "./support/db";

// Helpers for the SEO and syndication suites: expectations come from the database the server
// reads, and XML is parsed, never matched as text.

export const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["url", "sitemap", "item", "category", "dc:creator", "image:image", "Sitemap"].includes(name),
});

export interface StoryRow {
  id: string;
  slug: string;
  sectionSlug: string;
  title: string;
  status: string;
  publishedAt: string | null;
  deletedAt: string | null;
  hasImage: number;
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = e2eDb();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

const STORIES = `SELECT a.id, a.slug, s.slug AS sectionSlug, a.title, a.status, a.publishedAt, a.deletedAt, a.featuredImageId IS NOT NULL AS hasImage
  FROM Article a JOIN Section s ON s.id = a.sectionId`;

/** Every story, with its status, so tests can split them into what readers may and may not see. */
export function allStories(): StoryRow[] {
  return query<StoryRow>(`${STORIES} ORDER BY a.publishedAt DESC, a.id DESC`);
}

/** The reader visibility rule (lib/content/visibility.ts), applied to rows. */
export const isVisible = (s: StoryRow, now = Date.now()) =>
  s.status === "PUBLISHED" && s.publishedAt !== null && Date.parse(s.publishedAt) <= now && s.deletedAt === null;

export const storyPath = (s: Pick<StoryRow, "sectionSlug" | "slug">) => `/${s.sectionSlug}/${s.slug}`;

export function visibleStories(): StoryRow[] {
  return allStories().filter((s) => isVisible(s));
}

export function hiddenStories(): StoryRow[] {
  return allStories().filter((s) => !isVisible(s));
}

export function sections(): { slug: string; name: string }[] {
  return query("SELECT slug, name FROM Section ORDER BY position");
}

/** Slugs of stories in a listing, by the listing's kind and slug. */
export function storySlugsIn(kind: "section" | "tag" | "author", slug: string): Set<string> {
  const sql = {
    section: `SELECT a.slug FROM Article a JOIN Section s ON s.id = a.sectionId WHERE s.slug = ?`,
    tag: `SELECT a.slug FROM Article a JOIN ArticleTag at ON at.articleId = a.id JOIN Tag t ON t.id = at.tagId WHERE t.slug = ?`,
    author: `SELECT a.slug FROM Article a JOIN ArticleAuthor aa ON aa.articleId = a.id JOIN User u ON u.id = aa.userId WHERE u.slug = ?`,
  }[kind];
  return new Set(query<{ slug: string }>(sql, slug).map((r) => r.slug));
}

/** Tag and author slugs with at least one story readers can see. */
export function listedTagsAndAuthors(): { tags: string[]; authors: string[] } {
  const visible = new Set(visibleStories().map((s) => s.slug));
  const pairs = (sql: string) => query<{ slug: string; story: string }>(sql).filter((r) => visible.has(r.story));
  const tags = pairs(
    `SELECT t.slug, a.slug AS story FROM Tag t JOIN ArticleTag at ON at.tagId = t.id JOIN Article a ON a.id = at.articleId`,
  );
  const authors = pairs(
    `SELECT u.slug, a.slug AS story FROM User u JOIN ArticleAuthor aa ON aa.userId = u.id JOIN Article a ON a.id = aa.articleId`,
  );
  return { tags: [...new Set(tags.map((r) => r.slug))], authors: [...new Set(authors.map((r) => r.slug))] };
}

/** Records a redirect the way the desk will, writing to the database the server reads. */
export function recordRedirect(fromPath: string, toPath: string, statusCode = 308): void {
  const db = new Database(path.resolve(process.env.E2E_DB_FILE ?? "data/e2e-3100.db"), { fileMustExist: true });
  try {
    db.prepare("INSERT INTO Redirect (id, fromPath, toPath, statusCode, createdAt) VALUES (?, ?, ?, ?, ?)").run(
      `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
      fromPath,
      toPath,
      statusCode,
      new Date().toISOString(),
    );
  } finally {
    db.close();
  }
}

/** Every JSON-LD object embedded in a page's HTML. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
