import type { PrismaClient } from "@/lib/db/client";
import { articleSelect, toArticle } from "../reshape";
import type { Article } from "../types";

/** Any article by id, whatever its status: only for signed preview links. */
export async function findArticleForPreview(
  db: PrismaClient,
  id: string,
): Promise<(Article & { status: string; embargoUntil: string | null }) | null> {
  const row = await db.article.findFirst({
    where: { id, deletedAt: null },
    select: { ...articleSelect, status: true, embargoUntil: true },
  });
  return row ? { ...toArticle(row), status: row.status, embargoUntil: row.embargoUntil?.toISOString() ?? null } : null;
}
