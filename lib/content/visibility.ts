import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The embargo rule: no embargo, or one that has lifted by `now`. Readers' reads and the scheduler
 * both apply it, so a story is neither shown nor published early.
 */
export function embargoLiftedWhere(now: Date) {
  return { OR: [{ embargoUntil: null }, { embargoUntil: { lte: now } }] };
}

/** Whether an embargo still holds at `now`: the same rule for one story in hand. */
export function isEmbargoed(embargoUntil: Date | string | null | undefined, now: Date = new Date()): boolean {
  return !!embargoUntil && new Date(embargoUntil) > now;
}

// The one rule for what readers may see: published, its time come, any embargo lifted, and not in
// the trash. It reads columns that articles and their tag and byline links share: the links carry
// copies of the story's status, publishedAt, deletedAt and embargoUntil (kept by database
// triggers) so that listings by tag or author are read off one index of the link table, without
// visiting the articles they leave out.
function visibleToReaders(now: Date) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now }, deletedAt: null, ...embargoLiftedWhere(now) };
}

/** Every reader read of articles (pages, listings, search, feeds, sitemaps, images) goes through it. */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return visibleToReaders(now);
}

/** The same rule on a story's tag or byline links. */
export function publishedLinkWhere(
  now: Date = new Date(),
): Prisma.ArticleTagWhereInput & Prisma.ArticleAuthorWhereInput {
  return visibleToReaders(now);
}
