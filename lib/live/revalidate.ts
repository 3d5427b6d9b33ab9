import "server-only";
import type { EditableArticle } from "@/lib/articles/editable";
import { cacheTags } from "@/lib/content/cache-tags";
import { expireTags } from "@/lib/content/expire-tags";
import { revalidateArticle } from "@/lib/content/revalidate-article";

/** A new, re-marked or removed update: the page and the JSON it polls, nothing else changes. */
export function revalidateLiveUpdates(article: EditableArticle) {
  if (article.status !== "PUBLISHED" || article.deletedAt) return;
  expireTags([cacheTags.live(article.id), cacheTags.articleBySlug(article.fields.slug)]);
}

/** Coverage started or ended: the "Live" badge shows on cards everywhere the story appears. */
export async function revalidateCoverage(article: EditableArticle) {
  expireTags([cacheTags.live(article.id)]);
  await revalidateArticle(article, article);
}
