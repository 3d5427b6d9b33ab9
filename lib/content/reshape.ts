import type { Prisma } from "@/lib/generated/prisma/client";
import { parseDocument, emptyDocument } from "@/lib/editor/document";
import { articlePath, mediaUrl } from "./paths";
import type { Article, ArticleCard, ImageInfo } from "./types";

// Turn storage rows into the app's own types: only the fields readers need, dates as ISO.

export const imageSelect = {
  storageKey: true,
  alt: true,
  decorative: true,
  width: true,
  height: true,
  caption: true,
  credit: true,
  blurDataUrl: true,
} as const;

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  excerpt: true,
  publishedAt: true,
  revisedAt: true,
  readingMinutes: true,
  featured: true,
  live: true,
  liveEndedAt: true,
  section: { select: { name: true, slug: true } },
  authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
  featuredImage: { select: imageSelect },
} satisfies Prisma.ArticleSelect;

export const articleSelect = {
  ...cardSelect,
  sectionId: true,
  body: true,
  dateline: true,
  wordCount: true,
  metaTitle: true,
  metaDescription: true,
  socialImage: { select: imageSelect },
  authors: {
    orderBy: { position: "asc" },
    select: { user: { select: { id: true, name: true, slug: true, bio: true, avatar: { select: imageSelect } } } },
  },
  tags: { orderBy: { position: "asc" }, select: { tag: { select: { name: true, slug: true } } } },
  liveStartedAt: true,
  corrections: { orderBy: { createdAt: "asc" }, select: { text: true, createdAt: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;
type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;
type ImageRow = Prisma.MediaGetPayload<{ select: typeof imageSelect }>;

export function toImage(row: ImageRow | null): ImageInfo | null {
  if (!row) return null;
  const { storageKey, decorative, alt, ...rest } = row;
  // A decorative image is announced as nothing at all: alt="".
  return { src: mediaUrl(storageKey), alt: decorative ? "" : alt, ...rest };
}

function base(row: CardRow | ArticleRow) {
  return {
    id: row.id,
    slug: row.slug,
    path: articlePath(row.section.slug, row.slug),
    title: row.title,
    standfirst: row.standfirst,
    excerpt: row.excerpt,
    section: row.section,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    revisedAt: row.revisedAt?.toISOString() ?? null,
    readingMinutes: row.readingMinutes,
    featured: row.featured,
    image: toImage(row.featuredImage),
    live: row.live && !row.liveEndedAt,
  };
}

export function toCard(row: CardRow): ArticleCard {
  return { ...base(row), authors: row.authors.map((a) => a.user) };
}

export function toArticle(row: ArticleRow): Article {
  const parsed = parseDocument(row.body);
  return {
    ...base(row),
    sectionId: row.sectionId,
    authors: row.authors.map(({ user: { avatar, ...author } }) => ({ ...author, avatar: toImage(avatar) })),
    tags: row.tags.map((t) => t.tag),
    // A stored body always passed validation on write; an unreadable one shows as empty, not a crash.
    body: parsed.ok ? parsed.doc : emptyDocument(),
    dateline: row.dateline,
    wordCount: row.wordCount,
    metaTitle: row.metaTitle,
    metaDescription: row.metaDescription,
    corrections: row.corrections.map((c) => ({ text: c.text, at: c.createdAt.toISOString() })),
    // The featured image is the social image unless the desk chose another.
    socialImage: toImage(row.socialImage) ?? toImage(row.featuredImage),
    liveCoverage: row.live
      ? {
          startedAt: (row.liveStartedAt ?? row.publishedAt ?? new Date(0)).toISOString(),
          endedAt: row.liveEndedAt?.toISOString() ?? null,
        }
      : null,
  };
}
