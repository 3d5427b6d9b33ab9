import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { cacheTags } from "./cache-tags";

// Invalidation for desk changes. `expire: 0` drops the cached entry outright, so the next reader
// sees the change at once rather than one stale copy first.
const expire = (tag: string) => revalidateTag(tag, { expire: 0 });

/** An author's name or bio changed: their page and every story carrying their byline. */
export async function revalidateAuthor(userId: string, slug: string) {
  expire(cacheTags.author(slug));
  const articles = await db.article.findMany({ where: { authors: { some: { userId } } }, select: { id: true, slug: true } });
  for (const a of articles) {
    expire(cacheTags.articlePath(a.slug));
    expire(cacheTags.article(a.id));
  }
  expire(cacheTags.home);
  expire(cacheTags.recent);
}
