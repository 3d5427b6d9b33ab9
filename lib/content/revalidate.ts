import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import { cacheTags } from "./cache-tags";

// Invalidation for desk changes. `expire: 0` drops the cached entry outright, so the next reader
// sees the change at once rather than one stale copy first.
const expire = (tag: string) => revalidateTag(tag, { expire: 0 });

/** An author's name or bio changed: their page, every story carrying their byline, and the listings that show it. */
export async function revalidateAuthor(userId: string, slug: string) {
  expire(cacheTags.author(slug));
  const articles = await db.article.findMany({
    where: { authors: { some: { userId } } },
    select: {
      id: true,
      slug: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  const listings = new Set<string>();
  for (const a of articles) {
    expire(cacheTags.articlePath(a.slug));
    expire(cacheTags.article(a.id));
    listings.add(cacheTags.section(a.section.slug));
    for (const t of a.tags) listings.add(cacheTags.tag(t.tag.slug));
  }
  // Section and tag pages print bylines on their cards too.
  for (const tag of listings) expire(tag);
  expire(cacheTags.home);
  expire(cacheTags.recent);
}
