import type { PrismaClient } from "@/lib/db/client";

/** Published stories whose embargo lifted in (from, to]: the pages that now show them must be refreshed. */
export async function findReleasedEmbargoes(db: PrismaClient, from: Date, to: Date): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", deletedAt: null, embargoUntil: { gt: from, lte: to } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
