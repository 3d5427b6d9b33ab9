import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "./cache-tags";
import { expireTags } from "./expire-tags";

/** An author's name or bio changed: their page, every story carrying their byline, and the listings that show it. */
export async function revalidateAuthor(userId: string, slug: string) {
  const articles = await db.article.findMany({
    where: { authors: { some: { userId } } },
    select: {
      slug: true,
      section: { select: { slug: true } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  const tags = [cacheTags.author(slug)];
  for (const a of articles) {
    tags.push(cacheTags.articleBySlug(a.slug));
    // Section and tag pages print bylines on their cards too.
    tags.push(cacheTags.section(a.section.slug), ...a.tags.map((t) => cacheTags.tag(t.tag.slug)));
  }
  expireTags([...tags, cacheTags.home, cacheTags.recent]);
}
