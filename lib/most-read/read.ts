import type { PrismaClient } from "@/lib/db/client";
import { cardSelect, toCard } from "@/lib/content/reshape";
import type { ArticleCard } from "@/lib/content/types";
import { publishedWhere } from "@/lib/content/visibility";
import { hourStart } from "./count";

/** The rail ranks the last week's reading, so a quiet weekend does not empty it. */
export const WINDOW_HOURS = 7 * 24;

export interface MostReadEntry {
  article: ArticleCard;
  views: number;
}

/** The most viewed visible stories over the window, most first; ties go to the newer story. */
export async function findMostRead(db: PrismaClient, limit: number, now = new Date()): Promise<MostReadEntry[]> {
  const since = new Date(hourStart(now).getTime() - (WINDOW_HOURS - 1) * 3_600_000);
  const totals = await db.articleViewHour.groupBy({
    by: ["articleId"],
    where: { hour: { gte: since } },
    _sum: { count: true },
    orderBy: { _sum: { count: "desc" } },
    // Some of the most viewed may since have been unpublished; read a few more than needed.
    take: limit * 3,
  });
  if (!totals.length) return [];
  const rows = await db.article.findMany({
    where: { ...publishedWhere(now), id: { in: totals.map((t) => t.articleId) } },
    select: cardSelect,
  });
  const cards = new Map(rows.map((r) => [r.id, toCard(r)]));
  return totals
    .flatMap((t) => {
      const article = cards.get(t.articleId);
      return article ? [{ article, views: t._sum.count ?? 0 }] : [];
    })
    .sort((a, b) => b.views - a.views || b.article.publishedAt.localeCompare(a.article.publishedAt))
    .slice(0, limit);
}
