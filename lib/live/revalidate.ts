import "server-only";
import { revalidateTag } from "next/cache";
import type { EditableArticle } from "@/lib/articles/editable";
import { cacheTags } from "@/lib/content/cache-tags";
import { revalidateArticle } from "@/lib/content/revalidate-article";

const expire = (tag: string) => revalidateTag(tag, { expire: 0 });

/** A new, re-marked or removed update: the page and the JSON it polls, nothing else changes. */
export function revalidateLiveUpdates(article: EditableArticle) {
  if (article.status !== "PUBLISHED" || article.deletedAt) return;
  for (const tag of [
    cacheTags.live(article.id),
    cacheTags.article(article.id),
    cacheTags.articlePath(article.fields.slug),
  ])
    expire(tag);
}

/** Coverage started or ended: the "Live" badge shows on cards everywhere the story appears. */
export async function revalidateCoverage(article: EditableArticle) {
  expire(cacheTags.live(article.id));
  await revalidateArticle(article, article);
}
