import "server-only";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { unstable_cache } from "next/cache";
import { CACHE_SECONDS, cacheTags } from "@/lib/content/cache-tags";
import { db } from "@/lib/db";
import { findRedirect } from "./read/redirects";

// Recorded redirects (a story's old slug or section) are looked up only where a page would
// otherwise answer 404, so ordinary requests never touch the Redirect table. Misses are cached
// too; the desk revalidates `redirects` when it records one.

export const getRedirect = (path: string) =>
  unstable_cache(() => findRedirect(db, path), ["redirect", path], {
    tags: [cacheTags.redirects],
    revalidate: CACHE_SECONDS,
  })();

/** Follows the redirect recorded for `path` (308, or 307 when recorded as temporary), or answers 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const target = await getRedirect(path);
  if (target) {
    if (target.permanent) permanentRedirect(target.toPath);
    redirect(target.toPath);
  }
  notFound();
}
