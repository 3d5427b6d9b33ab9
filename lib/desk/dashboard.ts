import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deskViewer, visibleAtDesk } from "@/lib/articles/desk-visibility";
import { can, type Role } from "@/lib/auth/permissions";

export interface DeskArticleRow {
  id: string;
  title: string;
  status: string;
  updatedAt: string;
  publishedAt: string | null;
  embargoUntil: string | null;
  section: string;
  authors: string[];
  /** The desk's notes on the story. */
  notes: number;
}

const rowSelect = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  publishedAt: true,
  embargoUntil: true,
  section: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
  _count: { select: { notes: true } },
} satisfies Prisma.ArticleSelect;

const toRow = (a: Prisma.ArticleGetPayload<{ select: typeof rowSelect }>): DeskArticleRow => ({
  id: a.id,
  title: a.title,
  status: a.status,
  updatedAt: a.updatedAt.toISOString(),
  publishedAt: a.publishedAt?.toISOString() ?? null,
  embargoUntil: a.embargoUntil?.toISOString() ?? null,
  section: a.section.name,
  authors: a.authors.map((x) => x.user.name),
  notes: a._count.notes,
});

/**
 * What a desk user sees first: their drafts, what awaits review, what is held under embargo (the
 * stories nobody may let out early, soonest first), what went out lately (for those who may not
 * open everyone's stories, what readers can see and their own: lib/articles/desk-visibility.ts).
 */
export async function findDashboard(db: PrismaClient, user: { id: string; role: Role }, now: Date = new Date()) {
  const mine = { authors: { some: { userId: user.id } }, deletedAt: null };
  const reviewScope = can(user.role, "article:publish-any") ? { deletedAt: null } : mine;
  const [drafts, review, embargoed, published] = await Promise.all([
    db.article.findMany({
      where: { ...mine, status: "DRAFT" },
      orderBy: { updatedAt: "desc" },
      take: 10,
      select: rowSelect,
    }),
    db.article.findMany({
      where: { ...reviewScope, status: "IN_REVIEW" },
      orderBy: { updatedAt: "asc" },
      take: 10,
      select: rowSelect,
    }),
    db.article.findMany({
      where: { ...reviewScope, embargoUntil: { gt: now } },
      orderBy: { embargoUntil: "asc" },
      take: 10,
      select: rowSelect,
    }),
    db.article.findMany({
      where: { status: "PUBLISHED", deletedAt: null, ...visibleAtDesk(deskViewer(user), now) },
      orderBy: { publishedAt: "desc" },
      take: 10,
      select: rowSelect,
    }),
  ]);
  return {
    drafts: drafts.map(toRow),
    review: review.map(toRow),
    embargoed: embargoed.map(toRow),
    published: published.map(toRow),
  };
}
