import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";

// Who has which story open, for the desk's lists. The editor itself learns it live from the
// co-editing server; the lists are pages, possibly served by another instance, so each instance
// writes what it sees to EditingPresence: a row when someone opens a story, gone when their last
// connection to it here closes, refreshed while it stays open. A row not refreshed within
// PRESENCE_TTL_MS (an instance that died) is ignored.

export const PRESENCE_TTL_MS = 60_000;
const REFRESH_MS = 20_000;

export interface OpenStory {
  articleId: string;
  userId: string;
}

const keyOf = (o: OpenStory) => `${o.articleId}\n${o.userId}`;
const fromKey = (k: string): OpenStory => {
  const [articleId, userId] = k.split("\n") as [string, string];
  return { articleId, userId };
};

/** Keeps this instance's rows equal to the stories open on it (call `sync` as often as convenient). */
export function presenceTracker(db: PrismaClient, instance: string = randomUUID()) {
  let known = new Set<string>();
  let refreshedAt = 0;
  let running: Promise<void> | null = null;
  async function apply(open: OpenStory[], now: Date) {
    const keys = new Set(open.map(keyOf));
    const refresh = now.getTime() - refreshedAt >= REFRESH_MS;
    const write = [...keys].filter((k) => refresh || !known.has(k)).map(fromKey);
    const gone = [...known].filter((k) => !keys.has(k)).map(fromKey);
    for (const o of write)
      await db.editingPresence.upsert({
        where: { articleId_userId_instance: { ...o, instance } },
        create: { ...o, instance, seenAt: now },
        update: { seenAt: now },
      });
    if (gone.length) await db.editingPresence.deleteMany({ where: { instance, OR: gone } });
    if (refresh) refreshedAt = now.getTime();
    known = keys;
  }
  return {
    instance,
    /** Writes what changed (and refreshes the rest now and then); a call while one runs is skipped. */
    async sync(open: OpenStory[], now = new Date()) {
      if (running) return;
      running = apply(open, now).finally(() => {
        running = null;
      });
      await running;
    },
    /** On shutdown: this instance has nobody anymore. */
    async clear() {
      await running?.catch(() => undefined);
      known = new Set();
      await db.editingPresence.deleteMany({ where: { instance } });
    },
  };
}

export interface Editing {
  id: string;
  name: string;
}

/**
 * Who has each of these stories open now (once each, whatever the instances and tabs), in name
 * order; `except`, the person looking (their own other tabs are not news).
 */
export async function editingNow(
  db: PrismaClient,
  articleIds: string[],
  { except, now = new Date() }: { except?: string; now?: Date } = {},
): Promise<Map<string, Editing[]>> {
  const out = new Map<string, Editing[]>();
  if (!articleIds.length) return out;
  const rows = await db.editingPresence.findMany({
    where: {
      articleId: { in: articleIds },
      seenAt: { gt: new Date(now.getTime() - PRESENCE_TTL_MS) },
      ...(except ? { userId: { not: except } } : {}),
    },
    select: { articleId: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  for (const r of rows) {
    const list = out.get(r.articleId) ?? [];
    if (!list.some((u) => u.id === r.user.id)) list.push(r.user);
    out.set(r.articleId, list);
  }
  return out;
}
