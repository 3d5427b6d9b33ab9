import type { Prisma } from "@/lib/generated/prisma/client";

// The one rule for what readers may see: published, its time come, any embargo lifted, and not in
// the trash. Every reader read (pages, listings, search, feeds, sitemaps, images) goes through it.
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return {
    status: "PUBLISHED",
    publishedAt: { lte: now },
    deletedAt: null,
    OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
  };
}

/** Whether an embargo still holds at `now`. */
export function isEmbargoed(embargoUntil: Date | string | null | undefined, now: Date = new Date()): boolean {
  return !!embargoUntil && new Date(embargoUntil) > now;
}

/**
 * The same rule on a story's tag or byline links, which carry copies of its status, publishedAt,
 * deletedAt and embargoUntil (kept by database triggers) so that listings by tag or author are
 * read off one index of the link table, without visiting the articles they leave out.
 */
export function publishedLinkWhere(
  now: Date = new Date(),
): Prisma.ArticleTagWhereInput & Prisma.ArticleAuthorWhereInput {
  return {
    status: "PUBLISHED",
    publishedAt: { lte: now },
    deletedAt: null,
    OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }],
  };
}
