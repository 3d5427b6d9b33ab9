import type { PrismaClient } from "@/lib/db/client";

// Cache invalidations shared through the database, so that every server instance drops what a
// desk action on any one of them revalidated: each instance writes the tags it revalidates and
// reads everyone else's about once a second. Scripts can write tags here too.

export interface Invalidation {
  id: number;
  tags: string[];
  createdAt: Date;
}

/** Records that `tags` changed; every instance drops what they cover within a poll interval. */
export async function recordInvalidation(db: PrismaClient, tags: string[], origin = ""): Promise<void> {
  if (tags.length) await db.cacheInvalidation.create({ data: { tags: JSON.stringify(tags), origin } });
}

const parseTags = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
};

export interface LogOptions {
  /** This instance: its own rows are skipped when read back. */
  origin: string;
  /** Invalidations younger than this are replayed at start, for data cached on disk before it. */
  replayMs: number;
  /** Rows older than this are deleted now and then. */
  keepMs: number;
  now?: () => number;
}

/**
 * A reader of the log. Ids come from a sequence, and on PostgreSQL a row with a smaller id can
 * commit after one with a larger id, so rows are re-read until they are old enough that no
 * earlier transaction can still be open, and each is applied once.
 */
export function invalidationReader(db: PrismaClient, options: LogOptions) {
  const now = options.now ?? Date.now;
  const SETTLE_MS = 30_000;
  let floor = 0;
  const applied = new Set<number>();
  let polls = 0;

  async function read(where: object): Promise<Invalidation[]> {
    const rows = await db.cacheInvalidation.findMany({ where, orderBy: { id: "asc" }, take: 1000 });
    return rows.map((r) => ({
      id: r.id,
      tags: r.origin === options.origin ? [] : parseTags(r.tags),
      createdAt: r.createdAt,
    }));
  }

  function settle(rows: Invalidation[]) {
    for (const r of rows) applied.add(r.id);
    const settled = rows.filter((r) => r.createdAt.getTime() < now() - SETTLE_MS).map((r) => r.id);
    if (settled.length) floor = Math.max(floor, ...settled);
    for (const id of applied) if (id <= floor) applied.delete(id);
  }

  return {
    /** Invalidations recent enough to matter to a starting instance. */
    async start(): Promise<Invalidation[]> {
      const settled = await db.cacheInvalidation.findFirst({
        where: { createdAt: { lt: new Date(now() - SETTLE_MS) } },
        orderBy: { id: "desc" },
        select: { id: true },
      });
      floor = settled?.id ?? 0;
      const rows = await read({
        OR: [{ createdAt: { gte: new Date(now() - options.replayMs) } }, { id: { gt: floor } }],
      });
      settle(rows);
      return rows.filter((r) => r.tags.length);
    },

    /** Invalidations from other instances not seen before. */
    async poll(): Promise<Invalidation[]> {
      const rows = await read({ id: { gt: floor } });
      const fresh = rows.filter((r) => !applied.has(r.id));
      settle(rows);
      if (++polls % 3600 === 0)
        await db.cacheInvalidation.deleteMany({ where: { createdAt: { lt: new Date(now() - options.keepMs) } } });
      return fresh.filter((r) => r.tags.length);
    },
  };
}
