import "server-only";
import { revalidateTag } from "next/cache";
import { db } from "@/lib/db";
import type { EditableArticle } from "@/lib/articles/editable";
import { toSlug } from "./slug";
import { cacheTags } from "./cache-tags";

const expire = (tag: string) => revalidateTag(tag, { expire: 0 });

/**
 * After a desk change to an article, refresh exactly what shows it: the article (old and new
 * URL), its sections, tags and authors (before and after), the front page and the Recent rail.
 * Nothing is refreshed when readers could not see the article before or after.
 */
export async function revalidateArticle(before: EditableArticle, after: EditableArticle) {
  const visible = (a: EditableArticle) => a.status === "PUBLISHED" && !a.deletedAt;
  if (!visible(before) && !visible(after)) return;
  const tags = new Set<string>([cacheTags.home, cacheTags.recent, cacheTags.article(after.id)]);
  for (const a of [before, after]) {
    tags.add(cacheTags.articlePath(a.fields.slug));
    tags.add(cacheTags.section(a.sectionSlug));
    for (const name of a.fields.tags) tags.add(cacheTags.tag(toSlug(name)));
  }
  const authors = await db.user.findMany({ where: { id: { in: [...before.fields.authorIds, ...after.fields.authorIds] } }, select: { slug: true } });
  for (const a of authors) tags.add(cacheTags.author(a.slug));
  for (const tag of tags) expire(tag);
}
