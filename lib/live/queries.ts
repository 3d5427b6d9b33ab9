import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CACHE_SECONDS, cacheTags } from "@/lib/content/cache-tags";
import { findLiveFeed } from "./read";

/** Cached per article; every desk change to its updates expires the tag at once. */
export const getLiveFeed = (articleId: string) =>
  unstable_cache(() => findLiveFeed(db, articleId), ["live-feed", articleId], {
    tags: [cacheTags.live(articleId)],
    revalidate: CACHE_SECONDS,
  })();
