import type { PrismaClient } from "@/lib/db/client";
import { emptyDocument, parseDocument } from "@/lib/editor/document";
import { publishedWhere } from "@/lib/content/visibility";
import type { LiveFeed, LiveUpdateView } from "./types";

/** At most this many updates are shown and served; a day of busy coverage fits. */
export const MAX_UPDATES = 200;

const updateSelect = {
  id: true,
  title: true,
  keyEvent: true,
  publishedAt: true,
  body: true,
  author: { select: { name: true, slug: true } },
} as const;

/**
 * A live page's updates, newest first, or null when readers cannot see the article (the same
 * visibility rule as the page itself, so the JSON never leaks what the page would not show).
 */
export async function findLiveFeed(
  db: PrismaClient,
  articleId: string,
  now = new Date(),
  scope: { anyStatus?: boolean } = {},
): Promise<LiveFeed | null> {
  const article = await db.article.findFirst({
    where: { ...(scope.anyStatus ? {} : publishedWhere(now)), id: articleId, live: true },
    select: {
      liveEndedAt: true,
      liveUpdates: { orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: MAX_UPDATES, select: updateSelect },
    },
  });
  if (!article) return null;
  return { live: !article.liveEndedAt, updates: article.liveUpdates.map(toView) };
}

function toView(row: {
  id: string;
  title: string;
  keyEvent: boolean;
  publishedAt: Date;
  body: string;
  author: { name: string; slug: string } | null;
}): LiveUpdateView {
  const parsed = parseDocument(row.body);
  return {
    id: row.id,
    title: row.title,
    keyEvent: row.keyEvent,
    publishedAt: row.publishedAt.toISOString(),
    author: row.author,
    // Bodies were validated on write; an unreadable one shows as empty rather than breaking the page.
    body: parsed.ok ? parsed.doc : emptyDocument(),
  };
}

/** Updates published after `after` (ISO), for the page's "N new updates" notice. */
export function updatesAfter(updates: LiveUpdateView[], after: string | null): LiveUpdateView[] {
  if (!after) return updates;
  const since = Date.parse(after);
  if (Number.isNaN(since)) return [];
  return updates.filter((u) => Date.parse(u.publishedAt) > since);
}

/** The key events, oldest first: the summary at the top of the page reads as a timeline. */
export const keyEvents = (updates: LiveUpdateView[]) => updates.filter((u) => u.keyEvent).reverse();
