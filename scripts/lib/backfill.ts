import type { PrismaClient } from "@/lib/db/client";
import { plainText } from "@/lib/editor/text";
import { parseDocument } from "@/lib/editor/document";

/**
 * Articles saved before `bodyText` existed have it empty; search indexes it, so fill it from the
 * stored body. Run once, right after the migration that added the column.
 */
export async function backfillBodyText(db: PrismaClient): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { bodyText: "", wordCount: { gt: 0 } },
      select: { id: true, body: true },
      take: 200,
    });
    if (!rows.length) return filled;
    for (const row of rows) {
      const parsed = parseDocument(row.body);
      // An unreadable body stays unsearchable rather than stopping the start; " " marks it done.
      await db.article.update({
        where: { id: row.id },
        data: { bodyText: parsed.ok ? plainText(parsed.doc) || " " : " " },
      });
    }
    filled += rows.length;
  }
}
