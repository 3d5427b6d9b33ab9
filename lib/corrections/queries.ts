import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, cacheTags } from "@/lib/content/cache-tags";
import { db } from "@/lib/db";
import { findCorrections } from "./read";

/** The corrections log, one page at a time; a new correction or a hidden story refreshes it. */
export const getCorrections = (page: number) =>
  unstable_cache(() => findCorrections(db, page), ["corrections", String(page)], {
    tags: [cacheTags.corrections],
    revalidate: CACHE_SECONDS,
  })();
