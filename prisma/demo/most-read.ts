import type { Prisma } from "@/lib/generated/prisma/client";
import { hourStart } from "@/lib/most-read/count";

const HOUR = 3_600_000;

/** Views for the last day so the "Most read" rail has something to rank on a fresh install. */
export async function seedViews(tx: Prisma.TransactionClient, now: Date) {
  const stories = await tx.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: now }, deletedAt: null },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true },
  });
  // A fixed, uneven spread: the demo ranks the same way on every install.
  const weights = [3, 9, 5, 7, 2, 8, 1, 4, 6, 2];
  const thisHour = hourStart(now).getTime();
  for (const [i, story] of stories.entries()) {
    for (let h = 0; h < 6; h++) {
      const count = Math.max(0, weights[i]! - h);
      if (count)
        await tx.articleViewHour.create({ data: { articleId: story.id, hour: new Date(thisHour - h * HOUR), count } });
    }
  }
}
