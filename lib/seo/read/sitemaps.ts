import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articlePath, authorPath, mediaUrl, sectionPath, tagPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/visibility";
import { modifiedAt } from "../dates";
import type { NewsEntry, SitemapUrl } from "../types";

/** The sitemap protocol's limit on URLs per file. */
export const SITEMAP_LIMIT = 50_000;
/** Rows per cached read: Next's data cache refuses entries over 2 MB, and 5,000 URLs stay well under. */
export const SITEMAP_SLICE = 5_000;
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_LIMIT = 1_000;

// Oldest first, so that new stories land in the last article sitemap and earlier files (and the
// caches in front of them) stay unchanged. Served by the (status, publishedAt) index.
const oldestFirst: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedAt: "asc" }, { id: "asc" }];

const iso = (d: Date | null) => (d ?? new Date(0)).toISOString();

export function countSitemapArticles(db: PrismaClient, now = new Date()): Promise<number> {
  return db.article.count({ where: publishedWhere(now) });
}

/** The newest change among the stories of article sitemap `chunk` (0-based), for the index's lastmod. */
export async function articleChunkLastmod(
  db: PrismaClient,
  chunk: number,
  now = new Date(),
): Promise<string | undefined> {
  const { _max } = await db.article.aggregate({
    where: publishedWhere(now),
    orderBy: oldestFirst,
    skip: chunk * SITEMAP_LIMIT,
    take: SITEMAP_LIMIT,
    _max: { publishedAt: true, revisedAt: true },
  });
  return _max.publishedAt ? modifiedAt(iso(_max.publishedAt), _max.revisedAt?.toISOString()) : undefined;
}

/** A position in the oldest-first list: the row a slice starts after. */
export interface SliceCursor {
  publishedAt: string;
  id: string;
}

export interface SitemapSlice {
  urls: SitemapUrl[];
  /** The last row read, where the next slice starts; null when the slice is empty. */
  last: SliceCursor | null;
}

/**
 * Where article sitemap `chunk` (0-based) begins: after `after`, or at the start for the first.
 * Null when there is no such chunk. One offset read of a single row per chunk.
 */
export async function articleChunkStart(
  db: PrismaClient,
  chunk: number,
  now = new Date(),
): Promise<{ after: SliceCursor | null } | null> {
  if (chunk === 0) return { after: null };
  const row = await db.article.findFirst({
    where: publishedWhere(now),
    orderBy: oldestFirst,
    skip: chunk * SITEMAP_LIMIT - 1,
    select: { publishedAt: true, id: true },
  });
  return row ? { after: { publishedAt: iso(row.publishedAt), id: row.id } } : null;
}

/**
 * Up to `take` published stories after a cursor: path, lastmod, picture. Keyset pagination: the
 * lower bound on publishedAt lets the (status, publishedAt) index start at the cursor instead of
 * walking every earlier row, as an OFFSET would.
 */
export async function articleSitemapSlice(
  db: PrismaClient,
  after: SliceCursor | null,
  take: number,
  now = new Date(),
): Promise<SitemapSlice> {
  const from = after ? new Date(after.publishedAt) : null;
  const rows = await db.article.findMany({
    where: from
      ? {
          AND: [
            publishedWhere(now),
            { publishedAt: { gte: from } },
            { NOT: { publishedAt: from, id: { lte: after!.id } } },
          ],
        }
      : publishedWhere(now),
    orderBy: oldestFirst,
    take,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      revisedAt: true,
      section: { select: { slug: true } },
      featuredImage: { select: { storageKey: true } },
    },
  });
  const last = rows.at(-1);
  return {
    urls: rows.map((r) => ({
      path: articlePath(r.section.slug, r.slug),
      lastmod: modifiedAt(iso(r.publishedAt), r.revisedAt?.toISOString()),
      ...(r.featuredImage ? { images: [mediaUrl(r.featuredImage.storageKey)] } : {}),
    })),
    last: last ? { publishedAt: iso(last.publishedAt), id: last.id } : null,
  };
}

/** The front page and every section, each dated by its newest story. */
export async function sectionSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const visible = publishedWhere(now);
  const newest = (where: Prisma.ArticleWhereInput) =>
    db.article.findFirst({
      where: { ...visible, ...where },
      orderBy: { publishedAt: "desc" },
      select: { publishedAt: true },
    });
  const sections = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true },
  });
  const [front, ...latest] = await Promise.all([newest({}), ...sections.map((s) => newest({ sectionId: s.id }))]);
  const dated = (path: string, row: { publishedAt: Date | null } | null): SitemapUrl =>
    row ? { path, lastmod: iso(row.publishedAt) } : { path };
  return [dated("/", front), ...sections.map((s, i) => dated(sectionPath(s.slug), latest[i]!))];
}

// Tags and bylines in use come from the join tables, grouped, then matched against the (small)
// tag and user tables: a `some` filter would run a subquery per tag or person, and an `in` list of
// every id can exceed the database's limit on query parameters.

/** Tags with at least one published story (the others answer 404). */
export async function tagSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const [used, tags] = await Promise.all([
    db.articleTag.groupBy({ by: ["tagId"], where: { article: publishedWhere(now) } }),
    db.tag.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } }),
  ]);
  const ids = new Set(used.map((u) => u.tagId));
  return tags
    .filter((t) => ids.has(t.id))
    .slice(0, SITEMAP_LIMIT)
    .map((t) => ({ path: tagPath(t.slug) }));
}

/** Bylines with at least one published story, the same rule as the author page. */
export async function authorSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const [used, users] = await Promise.all([
    db.articleAuthor.groupBy({ by: ["userId"], where: { article: publishedWhere(now) } }),
    db.user.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } }),
  ]);
  const ids = new Set(used.map((u) => u.userId));
  return users
    .filter((u) => ids.has(u.id))
    .slice(0, SITEMAP_LIMIT)
    .map((u) => ({ path: authorPath(u.slug) }));
}

/** Stories published in the last 48 hours, newest first, for Google News. */
export async function newsSitemap(db: PrismaClient, now = new Date()): Promise<NewsEntry[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * 3_600_000);
  const rows = await db.article.findMany({
    where: { AND: [publishedWhere(now), { publishedAt: { gte: since } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_LIMIT,
    select: { slug: true, title: true, publishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({
    path: articlePath(r.section.slug, r.slug),
    title: r.title,
    publishedAt: iso(r.publishedAt),
  }));
}
