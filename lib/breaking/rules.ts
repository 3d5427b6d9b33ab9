import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleCard } from "@/lib/content/types";
import { publishedWhere } from "@/lib/content/visibility";

// What "breaking" means at a moment: flagged, its expiry (if any) still ahead, and visible to readers.

export interface BreakingState {
  breaking: boolean;
  /** ISO 8601, or null: breaking until an editor clears it. */
  until: string | null;
}

export function isBreakingActive(state: BreakingState, now = new Date()): boolean {
  return state.breaking && (state.until === null || new Date(state.until) > now);
}

export function breakingWhere(now = new Date()): Prisma.ArticleWhereInput {
  return {
    AND: [publishedWhere(now), { breaking: true }, { OR: [{ breakingUntil: null }, { breakingUntil: { gt: now } }] }],
  };
}

/** The breaking story the site announces, with the time it stops being breaking. */
export interface BreakingStory {
  card: ArticleCard;
  until: string | null;
}

/** A breaking story takes the front page's top slot; the former lead moves down into the top stories. */
export function withBreakingLead<T extends { lead: ArticleCard | null; top: ArticleCard[]; latest: ArticleCard[] }>(
  front: T,
  breaking: ArticleCard | null,
): T {
  if (!breaking) return front;
  const top = [front.lead, ...front.top]
    .filter((a): a is ArticleCard => a !== null && a.id !== breaking.id)
    .slice(0, front.top.length || 4);
  const shown = new Set([breaking.id, ...top.map((a) => a.id)]);
  return { ...front, lead: breaking, top, latest: front.latest.filter((a) => !shown.has(a.id)) };
}
