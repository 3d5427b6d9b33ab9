import "server-only";
import { revalidateTag } from "next/cache";
import { cacheTags } from "@/lib/content/cache-tags";
import { db } from "@/lib/db";

const expire = (tag: string) => revalidateTag(tag, { expire: 0 });

/**
 * A library image's alt text, caption or credit changed: every page showing it as a featured or
 * social image (the story, its listings, the front page). Body images carry their own copy of
 * these words, so bodies are not affected.
 */
export async function revalidateMediaUse(mediaId: string): Promise<void> {
  const articles = await db.article.findMany({
    where: { OR: [{ featuredImageId: mediaId }, { socialImageId: mediaId }] },
    select: {
      id: true,
      slug: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      authors: { select: { user: { select: { slug: true } } } },
    },
  });
  if (!articles.length) return;
  for (const a of articles) {
    expire(cacheTags.article(a.id));
    expire(cacheTags.articlePath(a.slug));
    expire(cacheTags.section(a.section.slug));
    for (const t of a.tags) expire(cacheTags.tag(t.tag.slug));
    for (const u of a.authors) expire(cacheTags.author(u.user.slug));
  }
  expire(cacheTags.home);
  expire(cacheTags.recent);
}
