import "server-only";
import { revalidateTag } from "next/cache";

/**
 * Invalidation for desk changes, and the only caller of revalidateTag (cache-tags.test.ts holds
 * it so). `expire: 0` drops the cached entries outright, so the next reader sees the change at
 * once rather than one stale copy first.
 */
export function expireTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
