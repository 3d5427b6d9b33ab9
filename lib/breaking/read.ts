import type { PrismaClient } from "@/lib/db/client";
import { cardSelect, toCard } from "@/lib/content/reshape";
import { breakingWhere, type BreakingStory } from "./rules";

/** The newest story that is breaking now, or null. */
export async function findBreaking(db: PrismaClient, now = new Date()): Promise<BreakingStory | null> {
  const row = await db.article.findFirst({
    where: breakingWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { ...cardSelect, breakingUntil: true },
  });
  return row ? { card: toCard(row), until: row.breakingUntil?.toISOString() ?? null } : null;
}

/** Breaking stories whose expiry fell in (from, to]: the pages showing them must be refreshed. */
export async function findExpiredBreaking(db: PrismaClient, from: Date, to: Date): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { breaking: true, breakingUntil: { gt: from, lte: to } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
