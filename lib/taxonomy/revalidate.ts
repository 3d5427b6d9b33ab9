import "server-only";
import { revalidatePath } from "next/cache";
import { cacheTags } from "@/lib/content/cache-tags";
import { expireTags } from "@/lib/content/expire-tags";

/** Section or tag names, slugs or order changed: they appear in every page's navigation and cards. */
export function revalidateTaxonomy() {
  expireTags([
    cacheTags.sections,
    cacheTags.home,
    cacheTags.recent,
    cacheTags.redirects,
    cacheTags.sitemaps,
    cacheTags.feeds,
  ]);
  revalidatePath("/", "layout");
}
