import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, cacheTags } from "@/lib/content/cache-tags";
import { db } from "@/lib/db";
import { findBreaking } from "./read";
import { isBreakingActive, type BreakingStory } from "./rules";

const cachedBreaking = unstable_cache(() => findBreaking(db), ["breaking"], {
  tags: [cacheTags.breaking],
  revalidate: CACHE_SECONDS,
});

/**
 * The story breaking now. The query filters by expiry, and a cached answer is checked again here,
 * so an expired alert is never shown even from a copy cached before it expired.
 */
export async function getBreaking(now = new Date()): Promise<BreakingStory | null> {
  const story = await cachedBreaking();
  return story && isBreakingActive({ breaking: true, until: story.until }, now) ? story : null;
}
