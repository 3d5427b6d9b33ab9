import type { PrismaClient } from "@/lib/db/client";
import { publishedWhere } from "@/lib/content/visibility";

const HOUR = 3_600_000;

/** The start of the UTC hour holding `at`: views are only ever counted per article per hour. */
export const hourStart = (at: Date) => new Date(Math.floor(at.getTime() / HOUR) * HOUR);

/**
 * Adds one view to an article's count for this hour. Nothing about the reader is stored: no
 * address, no user agent, no identifier. Returns false for articles readers cannot see, and when
 * `allow` (asked only about a visible article) says no.
 */
export async function countView(
  db: PrismaClient,
  articleId: string,
  now = new Date(),
  allow: () => boolean = () => true,
): Promise<boolean> {
  const visible = await db.article.findFirst({
    where: { ...publishedWhere(now), id: articleId },
    select: { id: true },
  });
  if (!visible || !allow()) return false;
  const key = { articleId_hour: { articleId, hour: hourStart(now) } };
  try {
    await db.articleViewHour.upsert({
      where: key,
      create: { articleId, hour: hourStart(now), count: 1 },
      update: { count: { increment: 1 } },
    });
  } catch {
    // Two first views of the hour raced to create the row: the row exists now.
    await db.articleViewHour.update({ where: key, data: { count: { increment: 1 } } });
  }
  return true;
}
