import "server-only";
import { db } from "@/lib/db";
import type { EditableArticle } from "@/lib/articles/editable";
import { toSlug } from "./slug";
import { cacheTags } from "./cache-tags";
import { expireTags } from "./expire-tags";

/**
 * After a desk change to an article, refresh exactly what shows it: the article (old and new
 * URL), its sections, tags and authors (before and after), the front page and the Recent and
 * Most read rails (the latter would otherwise keep a removed or renamed story until recounted).
 * Nothing is refreshed when readers could not see the article before or after.
 */
export async function revalidateArticle(before: EditableArticle, after: EditableArticle) {
  const visible = (a: EditableArticle) => a.status === "PUBLISHED" && !a.deletedAt;
  if (!visible(before) && !visible(after)) return;
  const tags = new Set<string>([
    cacheTags.home,
    cacheTags.recent,
    cacheTags.sitemaps,
    cacheTags.feeds,
    cacheTags.corrections,
    cacheTags.breaking,
    cacheTags.mostRead,
  ]);
  // A new URL leaves a recorded redirect at the old one; cached misses must be forgotten.
  if (before.fields.slug !== after.fields.slug || before.sectionSlug !== after.sectionSlug)
    tags.add(cacheTags.redirects);
  for (const a of [before, after]) {
    tags.add(cacheTags.articleBySlug(a.fields.slug));
    tags.add(cacheTags.section(a.sectionSlug));
    for (const name of a.fields.tags) tags.add(cacheTags.tag(toSlug(name)));
  }
  const authors = await db.user.findMany({
    where: { id: { in: [...before.fields.authorIds, ...after.fields.authorIds] } },
    select: { slug: true },
  });
  for (const a of authors) tags.add(cacheTags.author(a.slug));
  expireTags(tags);
}
