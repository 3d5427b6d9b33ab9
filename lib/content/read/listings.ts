import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard } from "../reshape";
import type { ArticleCard, Page } from "../types";
import { publishedWhere } from "../visibility";

export const PAGE_SIZE = 10;
/** Offsets are bounded so that a crawler cannot make the database walk the whole archive. */
export const MAX_PAGE = 500;

/** Parses a `?page=` value: a whole number from 1 to MAX_PAGE, or null when it is not one. */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}

async function listPage(db: PrismaClient, where: Prisma.ArticleWhereInput, page: number): Promise<Page<ArticleCard>> {
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
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

export const listByTag = (db: PrismaClient, tagId: string, page: number, now = new Date()) =>
  listPage(db, { ...publishedWhere(now), tags: { some: { tagId } } }, page);

export const listByAuthor = (db: PrismaClient, userId: string, page: number, now = new Date()) =>
  listPage(db, { ...publishedWhere(now), authors: { some: { userId } } }, page);
