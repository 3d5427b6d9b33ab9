import type { Prisma } from "@/lib/generated/prisma/client";

// The one rule for what readers may see: published, its time come, and not in the trash.
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now }, deletedAt: null };
}
