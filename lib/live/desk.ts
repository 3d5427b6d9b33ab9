import type { PrismaClient } from "@/lib/db/client";
import { findLiveFeed } from "./read";
import type { LiveUpdateView } from "./types";

export interface LiveDeskState {
  live: boolean;
  startedAt: string | null;
  endedAt: string | null;
  updates: LiveUpdateView[];
}

/** The coverage as the desk sees it, whether or not readers can see the article yet. */
export async function findLiveDesk(db: PrismaClient, articleId: string): Promise<LiveDeskState | null> {
  const row = await db.article.findUnique({
    where: { id: articleId },
    select: { live: true, liveStartedAt: true, liveEndedAt: true, publishedAt: true },
  });
  if (!row) return null;
  // The desk reads its own updates regardless of publication: drafts can carry live pages too.
  const feed = await findLiveFeed(db, articleId, undefined, { anyStatus: true });
  return {
    live: row.live,
    startedAt: row.liveStartedAt?.toISOString() ?? null,
    endedAt: row.liveEndedAt?.toISOString() ?? null,
    updates: feed?.updates ?? [],
  };
}
