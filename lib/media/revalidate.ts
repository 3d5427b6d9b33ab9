import "server-only";
import { cacheTags } from "@/lib/content/cache-tags";
import { expireTags } from "@/lib/content/expire-tags";
import { db } from "@/lib/db";

/**
 * A library image's alt text, caption or credit changed: every page showing it as a featured or
 * social image (the story, its listings, the front page). Body images carry their own copy of
 * these words, so bodies are not affected.
 */
export async function revalidateMediaUse(mediaId: string): Promise<void> {
  const articles = await db.article.findMany({
    where: { OR: [{ featuredImageId: mediaId }, { socialImageId: mediaId }] },
    select: {
      slug: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
      authors: { select: { user: { select: { slug: true } } } },
    },
  });
  if (!articles.length) return;
  const tags: string[] = [cacheTags.home, cacheTags.recent];
  for (const a of articles) {
    tags.push(cacheTags.articleBySlug(a.slug), cacheTags.section(a.section.slug));
    tags.push(...a.tags.map((t) => cacheTags.tag(t.tag.slug)), ...a.authors.map((u) => cacheTags.author(u.user.slug)));
  }
  expireTags(tags);
}
