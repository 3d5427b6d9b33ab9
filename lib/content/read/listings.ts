import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard } from "../reshape";
import type { ArticleCard, Page } from "../types";
import { publishedLinkWhere, publishedWhere } from "../visibility";

export const PAGE_SIZE = 10;
/** Offsets are bounded so that a crawler cannot make the database walk the whole archive. */
export const MAX_PAGE = 500;
/** Stories are counted as far as the last page offered, so a count costs the same at any archive size. */
const COUNT_LIMIT = MAX_PAGE * PAGE_SIZE;

/** Parses a `?page=` value: a whole number from 1 to MAX_PAGE, or null when it is not one. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

async function listPage(db: PrismaClient, where: Prisma.ArticleWhereInput, page: number): Promise<Page<ArticleCard>> {
  const [total, rows] = await Promise.all([
    db.article.count({ where, take: COUNT_LIMIT }),
    db.article.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: cardSelect,
    }),
  ]);
  return { items: rows.map(toCard), page, total, totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export const listBySection = (db: PrismaClient, sectionId: string, page: number, now = new Date()) =>
  listPage(db, { ...publishedWhere(now), sectionId }, page);

// By tag and by author, the page is read off the link table's index (see publishedLinkWhere):
// one tag's stories are found without walking the whole archive, however many it holds.
async function listLinked(
  db: PrismaClient,
  link: "articleTag" | "articleAuthor",
  where: Prisma.ArticleTagWhereInput & Prisma.ArticleAuthorWhereInput,
  page: number,
): Promise<Page<ArticleCard>> {
  const table = db[link] as unknown as Pick<PrismaClient["articleTag"], "count" | "findMany">;
  const [total, links] = await Promise.all([
    table.count({ where, take: COUNT_LIMIT }),
    table.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { articleId: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { articleId: true },
    }),
  ]);
  const ids = links.map((l) => l.articleId);
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect }) : [];
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  const items = ids.flatMap((id) => byId.get(id) ?? []);
  return { items, page, total, totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export const listByTag = (db: PrismaClient, tagId: string, page: number, now = new Date()) =>
  listLinked(db, "articleTag", { ...publishedLinkWhere(now), tagId }, page);

export const listByAuthor = (db: PrismaClient, userId: string, page: number, now = new Date()) =>
  listLinked(db, "articleAuthor", { ...publishedLinkWhere(now), userId }, page);
