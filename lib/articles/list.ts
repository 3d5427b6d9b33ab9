import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const DESK_PAGE_SIZE = 25;

export const deskListQuery = z.object({
  status: z.enum(["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED", "TRASH"]).optional().catch(undefined),
  section: z.string().max(64).optional().catch(undefined),
  author: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["updated", "published", "title"]).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(1000).default(1).catch(1),
});
export type DeskListQuery = z.infer<typeof deskListQuery>;

export interface DeskListRow {
  id: string;
  title: string;
  status: string;
  trashed: boolean;
  section: string;
  authors: string[];
  lastEditor: string | null;
  updatedAt: string;
  publishedAt: string | null;
  scheduledFor: string | null;
  embargoUntil: string | null;
}

const ORDER: Record<DeskListQuery["sort"], Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

/** The desk's article list: filtered, searched by headline, sorted and paginated. */
export async function listDeskArticles(db: PrismaClient, q: DeskListQuery) {
  const where: Prisma.ArticleWhereInput = {
    ...(q.status === "TRASH" ? { deletedAt: { not: null } } : { deletedAt: null, ...(q.status ? { status: q.status } : {}) }),
    ...(q.section ? { sectionId: q.section } : {}),
    ...(q.author ? { authors: { some: { userId: q.author } } } : {}),
    ...(q.q ? { title: { contains: q.q } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: ORDER[q.sort],
      skip: (q.page - 1) * DESK_PAGE_SIZE,
      take: DESK_PAGE_SIZE,
      select: {
        id: true, title: true, status: true, deletedAt: true, updatedAt: true, publishedAt: true, scheduledFor: true, embargoUntil: true,
        section: { select: { name: true } },
        lastEditor: { select: { name: true } },
        authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      },
    }),
  ]);
  const items: DeskListRow[] = rows.map((r) => ({
    id: r.id,
    title: r.title || "Untitled draft",
    status: r.status,
    trashed: r.deletedAt !== null,
    section: r.section.name,
    authors: r.authors.map((a) => a.user.name),
    lastEditor: r.lastEditor?.name ?? null,
    updatedAt: r.updatedAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    scheduledFor: r.scheduledFor?.toISOString() ?? null,
    embargoUntil: r.embargoUntil?.toISOString() ?? null,
  }));
  return { items, total, page: q.page, totalPages: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)) };
}
