import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/content/cache-tags";
import { env } from "@/lib/env";
import { findMostRead } from "./read";

/**
 * The rail is the same for every reader and changes with every view, so it is cached for a
 * bounded time (MOST_READ_SECONDS) rather than invalidated per view.
 */
export const getMostRead = (limit: number) =>
  unstable_cache(() => findMostRead(db, limit), ["most-read", String(limit)], {
    tags: [cacheTags.mostRead],
    revalidate: env.MOST_READ_SECONDS,
  })();
