import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articlePath, mediaUrl } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/visibility";
import { emptyDocument, parseDocument } from "@/lib/editor/document";
import { documentToHtml } from "@/lib/editor/to-html";
import { modifiedAt } from "../dates";
import type { FeedItem } from "../types";

/** Stories per feed: enough for a reader that polls a few times a day, small enough to cache. */
export const FEED_SIZE = 30;

export type FeedScope = { kind: "site" } | { kind: "section" | "tag" | "author"; id: string; slug: string };

const feedSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  excerpt: true,
  body: true,
  publishedAt: true,
  revisedAt: true,
  section: { select: { name: true, slug: true } },
  authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  featuredImage: { select: { storageKey: true, alt: true, width: true, height: true, mimeType: true, credit: true } },
} satisfies Prisma.ArticleSelect;

type FeedRow = Prisma.ArticleGetPayload<{ select: typeof feedSelect }>;

function scopeWhere(scope: FeedScope): Prisma.ArticleWhereInput {
  switch (scope.kind) {
    case "site":
      return {};
    case "section":
      return { sectionId: scope.id };
    case "tag":
      return { tags: { some: { tagId: scope.id } } };
    case "author":
      return { authors: { some: { userId: scope.id } } };
  }
}

function toFeedItem(row: FeedRow): FeedItem {
  const publishedAt = (row.publishedAt ?? new Date(0)).toISOString();
  const image = row.featuredImage;
  // Drawn from the stored document when read, as reader pages are, so a feed shows what the page
  // shows however long ago the story was saved. An unreadable body shows as empty, not a crash.
  const body = parseDocument(row.body);
  return {
    id: row.id,
    path: articlePath(row.section.slug, row.slug),
    title: row.title,
    summary: row.standfirst || row.excerpt,
    html: documentToHtml(body.ok ? body.doc : emptyDocument()),
    publishedAt,
    modifiedAt: modifiedAt(publishedAt, row.revisedAt?.toISOString()),
    section: row.section,
    authors: row.authors.map((a) => a.user),
    tags: row.tags.map((t) => t.tag),
    image: image
      ? {
          src: mediaUrl(image.storageKey),
          alt: image.alt,
          width: image.width,
          height: image.height,
          mimeType: image.mimeType,
          credit: image.credit,
        }
      : null,
  };
}

/** The newest published stories in a scope (the whole site, a section, a tag or an author). */
export async function findFeedItems(db: PrismaClient, scope: FeedScope, now = new Date()): Promise<FeedItem[]> {
  const rows = await db.article.findMany({
    where: { ...publishedWhere(now), ...scopeWhere(scope) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: feedSelect,
  });
  return rows.map(toFeedItem);
}
