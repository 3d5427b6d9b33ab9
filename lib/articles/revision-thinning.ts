import type { PrismaClient } from "@/lib/db/client";

// Every revision is kept for 30 days. After that, a story's edit revisions are thinned to the last
// one of each hour in which it was edited: never fewer than one per hour of activity. Status
// changes, Updates, restores and discards, and any revision a correction names, are kept for good.

export const KEEP_ALL_DAYS = 30;
const THINNED_REASONS = ["save", "kept"];
const HOUR_MS = 3_600_000;

/** Deletes the thinned revisions (at most `batch` looked at per call); returns how many went. */
export async function thinRevisions(db: PrismaClient, now = new Date(), batch = 20_000): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_ALL_DAYS * 24 * HOUR_MS);
  const old = await db.revision.findMany({
    where: { createdAt: { lt: cutoff }, reason: { in: THINNED_REASONS } },
    select: { id: true, articleId: true, createdAt: true },
    orderBy: [{ articleId: "asc" }, { createdAt: "desc" }],
    take: batch,
  });
  const seen = new Set<string>();
  const candidates: string[] = [];
  for (const r of old) {
    const hour = `${r.articleId}:${Math.floor(r.createdAt.getTime() / HOUR_MS)}`;
    if (seen.has(hour)) candidates.push(r.id);
    else seen.add(hour);
  }
  if (!candidates.length) return 0;
  const named = await db.correction.findMany({
    where: { revisionId: { in: candidates } },
    select: { revisionId: true },
  });
  const keep = new Set(named.map((c) => c.revisionId));
  const doomed = candidates.filter((id) => !keep.has(id));
  let deleted = 0;
  // SQLite limits the number of bound parameters in one statement.
  for (let i = 0; i < doomed.length; i += 500) {
    deleted += (await db.revision.deleteMany({ where: { id: { in: doomed.slice(i, i + 500) } } })).count;
  }
  return deleted;
}
