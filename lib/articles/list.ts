import { z } from "zod";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchArticlesForDesk } from "@/lib/search";
import { visibleAtDesk } from "./desk-visibility";
import { noteCounts } from "./notes";

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

export { deskViewer } from "./desk-visibility";

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
  /** The desk's notes on the story. */
  notes: number;
}

const ORDER: Record<DeskListQuery["sort"], Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  title: [{ title: "asc" }, { id: "asc" }],
};

const ROW_SELECT = {
  id: true,
  title: true,
  status: true,
  deletedAt: true,
  updatedAt: true,
  publishedAt: true,
  scheduledFor: true,
  embargoUntil: true,
  section: { select: { name: true } },
  lastEditor: { select: { name: true } },
  authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
  _count: { select: { notes: true } },
} satisfies Prisma.ArticleSelect;
type Row = Prisma.ArticleGetPayload<{ select: typeof ROW_SELECT }>;

const toRow = (r: Row): DeskListRow => ({
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
  notes: r._count.notes,
});

/**
 * The desk's article list: filtered, sorted and paginated. A search goes through the full-text
 * engine (headline, standfirst and body, best match first), as readers' search does.
 */
export async function listDeskArticles(db: PrismaClient, q: DeskListQuery, viewerId?: string) {
  if (q.q) return searchDeskList(db, q, q.q, viewerId);
  const where: Prisma.ArticleWhereInput = {
    ...visibleAtDesk(viewerId),
    ...(q.status === "TRASH"
      ? { deletedAt: { not: null } }
      : { deletedAt: null, ...(q.status ? { status: q.status } : {}) }),
    ...(q.section ? { sectionId: q.section } : {}),
    ...(q.author ? { authors: { some: { userId: q.author } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: ORDER[q.sort],
      skip: (q.page - 1) * DESK_PAGE_SIZE,
      take: DESK_PAGE_SIZE,
      select: ROW_SELECT,
    }),
  ]);
  return { items: rows.map(toRow), total, page: q.page, totalPages: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)) };
}

async function searchDeskList(db: PrismaClient, q: DeskListQuery, text: string, viewerId: string | undefined) {
  const results = await searchArticlesForDesk(db, text, {
    viewerId,
    trashed: q.status === "TRASH",
    statuses: q.status && q.status !== "TRASH" ? [q.status] : undefined,
    sectionId: q.section,
    authorId: q.author,
    page: q.page,
  });
  // The search already loaded each hit's row; only the notes are counted apart.
  const notes = await noteCounts(
    db,
    results.hits.map((h) => h.id),
  );
  const items = results.hits.map((h): DeskListRow => ({
    id: h.id,
    title: h.title || "Untitled draft",
    status: h.status,
    trashed: h.trashed,
    section: h.section,
    authors: h.authors,
    lastEditor: h.lastEditor,
    updatedAt: h.updatedAt,
    publishedAt: h.publishedAt,
    scheduledFor: h.scheduledFor,
    embargoUntil: h.embargoUntil,
    notes: notes.get(h.id) ?? 0,
  }));
  return { items, total: results.total, page: results.page, totalPages: results.totalPages };
}
