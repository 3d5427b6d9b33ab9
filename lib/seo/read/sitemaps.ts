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
export async function articleChunkLastmod(db: PrismaClient, chunk: number, now = new Date()): Promise<string | undefined> {
  const { _max } = await db.article.aggregate({
    where: publishedWhere(now),
    orderBy: oldestFirst,
    skip: chunk * SITEMAP_LIMIT,
    take: SITEMAP_LIMIT,
    _max: { publishedAt: true, revisedAt: true },
  });
  return _max.publishedAt ? modifiedAt(iso(_max.publishedAt), _max.revisedAt?.toISOString()) : undefined;
}

/** `take` published stories from position `offset` of the oldest-first list: path, lastmod, picture. */
export async function articleSitemapSlice(db: PrismaClient, offset: number, take: number, now = new Date()): Promise<SitemapUrl[]> {
  const rows = await db.article.findMany({
    where: publishedWhere(now),
    orderBy: oldestFirst,
    skip: offset,
    take,
    select: { slug: true, publishedAt: true, revisedAt: true, section: { select: { slug: true } }, featuredImage: { select: { storageKey: true } } },
  });
  return rows.map((r) => ({
    path: articlePath(r.section.slug, r.slug),
    lastmod: modifiedAt(iso(r.publishedAt), r.revisedAt?.toISOString()),
    ...(r.featuredImage ? { images: [mediaUrl(r.featuredImage.storageKey)] } : {}),
  }));
}

/** The front page and every section, each dated by its newest story. */
export async function sectionSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const visible = publishedWhere(now);
  const newest = (where: Prisma.ArticleWhereInput) =>
    db.article.findFirst({ where: { ...visible, ...where }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } });
  const sections = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true } });
  const [front, ...latest] = await Promise.all([newest({}), ...sections.map((s) => newest({ sectionId: s.id }))]);
  const dated = (path: string, row: { publishedAt: Date | null } | null): SitemapUrl => (row ? { path, lastmod: iso(row.publishedAt) } : { path });
  return [dated("/", front), ...sections.map((s, i) => dated(sectionPath(s.slug), latest[i]!))];
}

/** Tags with at least one published story (the others answer 404). */
export async function tagSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const tags = await db.tag.findMany({
    where: { articles: { some: { article: publishedWhere(now) } } },
    orderBy: { slug: "asc" },
    take: SITEMAP_LIMIT,
    select: { slug: true },
  });
  return tags.map((t) => ({ path: tagPath(t.slug) }));
}

/** Bylines with at least one published story, the same rule as the author page. */
export async function authorSitemap(db: PrismaClient, now = new Date()): Promise<SitemapUrl[]> {
  const users = await db.user.findMany({
    where: { bylines: { some: { article: publishedWhere(now) } } },
    orderBy: { slug: "asc" },
    take: SITEMAP_LIMIT,
    select: { slug: true },
  });
  return users.map((u) => ({ path: authorPath(u.slug) }));
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
  return rows.map((r) => ({ path: articlePath(r.section.slug, r.slug), title: r.title, publishedAt: iso(r.publishedAt) }));
}
